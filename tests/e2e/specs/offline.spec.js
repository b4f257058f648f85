// @ts-check
// Issue 13, item 1: offline after one visit, through the service worker (static/sw.js);
// and a new deployment while a tab is open: the tab keeps working on its own version,
// is offered a reload, and every later visit runs the new one, never a mix of the two.
const path = require('node:path');
const { AxeBuilder } = require('@axe-core/playwright');
const { test, expect, MIXED, encodeToken, patternFor } = require('./tandem');

const FOLDER = path.resolve(__dirname, '../artifacts/screenshots');

test.use({ serviceWorkers: 'allow' });

/** Waits until the page's service worker is active, its files cached. */
async function offlineReady(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
}

/** The program, style and script files the page loaded, by name. */
function loadedFiles(page) {
  return page.evaluate(() =>
    performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop())
      .filter((name) => /^(tandem|app|boot|start)-/.test(name ?? '')));
}

test('after one visit, the whole quiz, a result link and a comparison link work with no network', async ({ app, page, context }) => {
  await app.open('#/');
  await offlineReady(page);
  await context.setOffline(true);
  await page.reload();
  await expect(app.byTestId('intro-screen')).toBeVisible();
  await app.start();
  await app.answerAll(MIXED);
  await expect(app.byTestId('results-screen')).toBeVisible();

  const other = encodeToken(patternFor('integrated'));
  await page.goto(`./#/r/${other}`);
  await expect(app.byTestId('stage-name')).toHaveText('Integrated');
  await page.goto(`./compare.html#/compare/1/${encodeToken(MIXED)}/${other}`);
  await expect(app.byTestId('compare-screen')).toBeVisible();
  // The host's embed options in the query do not keep a page from its cached copy.
  await page.goto('./?utm_source=newsletter#/');
  await expect(app.byTestId('intro-screen')).toBeVisible();
});

test('a new deployment: the open tab keeps working, offers a reload, and then runs the new version only', async ({ app, page, context }, testInfo) => {
  const site = `/deploy/${testInfo.project.name}-${Date.now()}/`;
  await page.goto(site);
  await offlineReady(page);
  await page.reload();
  await expect(app.byTestId('intro-screen')).toBeVisible();
  const first = await loadedFiles(page);
  expect(first.length).toBeGreaterThanOrEqual(4);
  await app.start();
  await app.answerAll(MIXED.slice(0, 3));

  // The next build goes live; the tab hears of it when it checks (as on a return to it).
  await page.request.get(`${site}__next`);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await expect(app.byTestId('update-offer')).toBeVisible();
  await expect(app.byTestId('update-offer')).toContainText('A new version of the assessment is ready');
  await page.screenshot({ path: path.join(FOLDER, `${testInfo.project.name}-update-offer.png`) });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Until the visitor accepts, the tab goes on with the version it runs.
  await app.answerByClick(MIXED[3]);
  await app.expectQuestion(5);
  expect(await loadedFiles(page)).toEqual(first);

  // Accepted: the page reloads on the new version, at the same question.
  await app.byTestId('update-offer').getByRole('button', { name: 'Reload now' }).click();
  await expect(async () => {
    const now = await loadedFiles(page);
    expect(now.length).toBe(first.length);
    expect(now.filter((file) => first.includes(file))).toEqual([]);
  }).toPass();
  await app.expectQuestion(5);
  await expect(app.byTestId('update-offer')).toHaveCount(0);

  // A later visit, in another tab, runs the new version too: never a mix.
  const later = await context.newPage();
  await later.goto(site);
  await expect(later.getByTestId('intro-screen')).toBeVisible();
  const files = await loadedFiles(later);
  expect(files.filter((file) => first.includes(file))).toEqual([]);
  expect(new Set(files.map((file) => file.replace(/-[0-9a-f]+.*$/, '')))).toEqual(new Set(['app', 'boot', 'start', 'tandem']));
});

test('installable as an app: a manifest with its icons, a worker, and the address bar in the theme colour', async ({ app, page }) => {
  await app.open('#/');
  await offlineReady(page);
  const browser = await page.context().newCDPSession(page);
  const manifest = await browser.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ short_name: 'Tandem', display: 'standalone', start_url: './' });
  // Playwright's contexts are off the record, where Chromium installs nothing: that one
  // reason aside, every check of installability must pass.
  const { installabilityErrors } = await browser.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  for (const icon of ['icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png', 'icons/icon.svg']) {
    const response = await page.request.get(icon);
    expect(response.ok(), icon).toBe(true);
  }
  await expect(page.locator('meta[name=theme-color]').first()).toHaveAttribute('content', '#0b6e69');
});
