// @ts-check
// When the app itself cannot start, the loading screen says why instead of showing
// "Loading the assessment…" forever: a file that did not arrive (with a retry that
// works once it does), a browser without WebAssembly, a copy opened from disk.
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { AxeBuilder } = require('@axe-core/playwright');
const { test, expect } = require('./tandem');
const { expectErrors } = require('./expected-errors');

const DIST_INDEX = path.resolve(__dirname, '../../../dist/index.html');

/** The loading screen's failure message, once shown. */
const failure = (page) => page.getByTestId('startup-failed');

/** The errors a file cut off in transit causes: the failed request, and for the
 *  program the loader's rejected fetch. */
const CUT_OFF = {
  program: [/^console error: Failed to load resource: net::ERR_CONNECTION_RESET \(.*\.wasm:/, /^page error: TypeError: Failed to fetch/],
  script: [/^console error: Failed to load resource: net::ERR_CONNECTION_RESET \(.*\.js:/],
};

// The program's scripts: Trunk's loader (start-*.js) and wasm-bindgen's glue. The
// start-up script (boot-*.js), which says what failed, is the next test's.
const PROGRAM_SCRIPTS = /\/(start|tandem)-[0-9a-f]+\.js$/;

for (const [file, pattern] of /** @type {const} */ ([['program', /\.wasm$/], ['script', PROGRAM_SCRIPTS]])) {
  test(`a ${file} file that does not arrive gets a message and a retry that works`, async ({ page, pageErrors }) => {
    await page.route(pattern, (route) => route.abort('connectionreset'));
    await page.goto('./');
    await expect(failure(page)).toContainText('couldn’t load all of its files');
    await expect(failure(page).getByRole('status')).toContainText('Check your connection');
    await expectErrors(pageErrors, CUT_OFF[file]);
    // The file is asked for twice (preloaded, then loaded), and Chromium sometimes logs
    // the second reset a moment later: once settled, take out any further one of this
    // file, so that every other error still fails the test.
    await page.waitForTimeout(500);
    const again = CUT_OFF[file][0];
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !again.test(e)));

    await page.unroute(pattern);
    await failure(page).getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('intro-screen')).toBeVisible();
  });
}

test('when the start-up script itself does not arrive, a way to reload appears after a while', async ({ page, pageErrors }) => {
  // No start-up script to say what failed, and the program cut off too.
  const boot = /\/boot-[0-9a-f]+\.js$/;
  await page.route(boot, (route) => route.abort('connectionreset'));
  await page.route(/\.wasm$/, (route) => route.abort('connectionreset'));
  await page.goto('./');
  await expectErrors(pageErrors, [...CUT_OFF.script, ...CUT_OFF.program]);
  const stalled = page.getByTestId('stalled');
  await expect(stalled).toBeHidden();
  await expect(stalled).toBeVisible({ timeout: 15_000 });
  await page.unroute(boot);
  await page.unroute(/\.wasm$/);
  await stalled.getByRole('link', { name: 'Reload the page' }).click();
  await expect(page.getByTestId('intro-screen')).toBeVisible();
  await expect(stalled).toHaveCount(0);
});

test('the failure message passes axe-core', async ({ page, pageErrors }) => {
  await page.route(/\.wasm$/, (route) => route.abort('connectionreset'));
  await page.goto('./');
  await expect(failure(page).getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectErrors(pageErrors, CUT_OFF.program);
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a browser without WebAssembly is told what it needs', async ({ page, pageErrors }) => {
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await page.goto('./');
  await expect(failure(page)).toContainText('needs WebAssembly');
  await expect(failure(page).getByRole('button')).toHaveCount(0);
  await expectErrors(pageErrors, [/^page error: ReferenceError: WebAssembly is not defined/]);
});

test('a copy opened from disk says how to serve it', async ({ page, pageErrors }) => {
  await page.goto(pathToFileURL(DIST_INDEX).href);
  await expect(failure(page)).toContainText('can’t start from a file opened on this computer');
  await expect(failure(page)).toContainText('run the serve command from the README');
  // file:// refuses the module script and the preloaded program, but how many of those
  // refusals Chromium reports, and which, varies from run to run: once the page has
  // settled, take out every one (at least one), so that any other error still fails.
  const refusal = /^console error: (Access to (script|link element resource) at 'file:.*' from origin 'null' has been blocked by CORS policy|Failed to load resource: net::ERR_FAILED \(file:)/;
  await expect.poll(() => pageErrors.filter((e) => refusal.test(e)).length).toBeGreaterThan(0);
  await page.waitForTimeout(1000);
  const others = pageErrors.filter((e) => !refusal.test(e));
  pageErrors.splice(0, pageErrors.length, ...others);
});

test('a normal start leaves no failure message behind', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('intro-screen')).toBeVisible();
  await expect(failure(page)).toHaveCount(0);
});
