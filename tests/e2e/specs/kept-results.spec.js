// @ts-check
// Issue 28, "progress over time": nothing is kept unless the visitor asks; once a result
// is kept, a retake in the same browser shows where the teams were and where they are
// (both markers, each area, a stage crossed); kept results can be deleted, saved as a
// list file and added back from one; blocked storage is said, not hidden. The history's
// program loads only for a visitor who keeps results.
const { expectNoViolations } = require('./axe');
const { download } = require('./files');
const { test, expect, MIXED, patternFor, encodeToken, Tandem, bank, bankV1 } = require('./tandem');

/** Today as the page says it: "8 December 2026". */
function today() {
  const now = new Date();
  return `${now.getDate()} ${now.toLocaleString('en-GB', { month: 'long' })} ${now.getFullYear()}`;
}

/** What this browser keeps, parsed; null when nothing is. */
async function stored(page) {
  const value = await page.evaluate(() => localStorage.getItem('tandem.history'));
  return value && JSON.parse(value);
}

/** Keeps the result on screen and waits for the history to say so. */
async function keep(app) {
  await app.press(app.byTestId('history-keep'));
  await expect(app.byTestId('history-status')).toHaveText('Kept. Take the assessment again later, in this browser, to see what moved.');
  await expect(app.byTestId('history-kept')).toHaveText(`Kept in this browser on ${today()}.`);
}

test.describe('progress over time', () => {
  test('nothing is kept, and the history program not loaded, until the visitor asks', async ({ app, page }) => {
    const loaded = [];
    page.on('request', (request) => loaded.push(request.url()));
    await app.completeJourney(MIXED);
    await expect(app.byTestId('history-keep')).toHaveText('Keep this result in this browser to see your progress next time');
    await expect(app.byTestId('download-png')).toBeVisible();
    expect(await stored(page)).toBeNull();
    expect(loaded.filter((url) => /\/history-[0-9a-f]+/.test(url))).toEqual([]);
    await keep(app);
    expect(loaded.filter((url) => /\/history-[0-9a-f]+_bg\.wasm$/.test(url))).toHaveLength(1);
    const { link } = await app.readResult();
    const list = await stored(page);
    expect(list).toMatchObject({ format: 'tandem-results', version: 1, kind: 'history' });
    expect(list.results).toHaveLength(1);
    expect(link.endsWith(`#/r/${list.results[0].token}`)).toBe(true);
    await expect(page.locator('#history-heading')).toBeFocused();
  });

  test('a retake in the same browser shows where the teams were and where they are', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    const before = await app.readResult();
    await keep(app);
    await app.completeJourney(patternFor('aligned'));
    const after = await app.readResult();
    expect(after.stage).toBe('Aligned');
    const retake = app.byTestId('retake-view');
    await expect(retake.locator('h3')).toHaveText(`Since your result of ${today()}`);
    const moved = after.position - before.position;
    await expect(app.byTestId('retake-summary')).toHaveText(
      `Then: ${before.stage}, ${before.position} of 100. Now: Aligned, ${after.position} of 100, up ${moved} points.`,
    );
    await expect(app.byTestId('retake-crossing')).toHaveText(`The teams moved up from ${before.stage} to Aligned.`);
    const markers = retake.locator('circle');
    await expect(markers).toHaveCount(2);
    expect(await markers.evaluateAll((circles) => circles.map((c) => Number(c.getAttribute('data-position'))))).toEqual([before.position, after.position]);
    const lines = await app.byTestId('retake-areas').locator('li').allTextContents();
    expect(lines).toHaveLength(after.names.length);
    lines.forEach((line, i) => {
      const [then, now] = [before.scores[i], after.scores[i]];
      const change = now > then ? `, up ${now - then} point${now - then === 1 ? '' : 's'}` : now < then ? `, down ${then - now} point${then - now === 1 ? '' : 's'}` : ', unchanged';
      expect(line).toBe(`${after.names[i]}: ${then ?? 'too few answers'} then, ${now ?? 'too few answers'} now${then === null || now === null ? '' : change}`);
    });
    // Not kept until asked, this one too; the earlier stays the only one.
    expect((await stored(page)).results).toHaveLength(1);
    await expectNoViolations(page, 'a retake');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, 'a retake, dark');
  });

  test('kept results are listed, deleted, saved as a file and added back from it', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    await keep(app);
    await app.completeJourney(patternFor('aligned'));
    await app.press(app.byTestId('history-keep'));
    await expect(app.byTestId('history-kept')).toBeVisible();
    await app.press(app.byTestId('history-list-toggle'));
    await expect(app.byTestId('history-entry')).toHaveCount(2);
    await expect(app.byTestId('history-entry').nth(1)).toContainText(`${today()}: Aligned,`);
    await expect(app.byTestId('history-entry').nth(1)).toContainText('(this result)');
    const { name, bytes } = await download(app, 'history-export');
    expect(name).toMatch(/^tandem-results-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(bytes.toString('utf8'));
    expect(file.results.map((r) => r.token)).toEqual((await stored(page)).results.map((r) => r.token));

    await app.press(app.byTestId('history-delete').first());
    await expect(app.byTestId('history-status')).toHaveText('Deleted.');
    expect((await stored(page)).results).toHaveLength(1);
    await app.press(app.byTestId('history-list-toggle'));
    await app.press(app.byTestId('history-delete-all'));
    await expect(app.byTestId('history-status')).toHaveText('Every kept result is deleted from this browser.');
    expect(await stored(page)).toBeNull();
    await expect(app.byTestId('history-keep')).toBeVisible();

    // Back from the file: both results, in their order.
    await app.byTestId('history-import').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
    await expect(app.byTestId('history-status')).toHaveText('2 added from the file.');
    expect((await stored(page)).results.map((r) => r.token)).toEqual(file.results.map((r) => r.token));
  });

  test('a file that is not a list is refused with a sentence and the kept list stays', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    await keep(app);
    await app.byTestId('history-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
    await expect(app.byTestId('history-status')).toHaveText(/^This file is not a list of .+ results\.$/);
    expect((await stored(page)).results).toHaveLength(1);
  });

  test('two results given as links show the same view, without a history, and its link reopens it elsewhere', async ({ app, page, newContext }, testInfo) => {
    await app.completeJourney(MIXED);
    const before = await app.readResult();
    await app.completeJourney(patternFor('aligned'));
    const after = await app.readResult();
    await app.byTestId('history-since').fill(`  ${before.link} `);
    await app.press(app.byTestId('history-since-show'));
    await expect(app.byTestId('retake-view').locator('h3')).toHaveText('Since the earlier result given');
    await expect(app.byTestId('retake-crossing')).toHaveText(`The teams moved up from ${before.stage} to Aligned.`);
    expect(await stored(page)).toBeNull();
    const link = await app.byTestId('retake-link').getAttribute('href');
    const token = (/** @type {string} */ (before.link)).split('#/r/')[1];
    expect(link).toBe(after.link.replace('#', `?since=${token}#`));

    const context = await newContext();
    const theirs = new Tandem(await context.newPage(), { touch: Boolean(testInfo.project.use.hasTouch) });
    await theirs.open(/** @type {string} */ (link));
    await expect(theirs.byTestId('retake-summary')).toHaveText(
      `Then: ${before.stage}, ${before.position} of 100. Now: Aligned, ${after.position} of 100, up ${after.position - before.position} points.`,
    );
    expect(await theirs.readResult()).toMatchObject({ stage: 'Aligned', position: after.position });
  });

  test('an earlier result of the questions\' first version is compared where both versions ask, and says so', async ({ app }) => {
    const v1 = encodeToken(patternFor('defined', bankV1), { from: bankV1 });
    await app.completeJourney(patternFor('aligned'));
    const { link } = await app.readResult();
    await app.open(link.replace('#', `?since=${v1}#`));
    await expect(app.byTestId('retake-view')).toBeVisible();
    const note = app.byTestId('retake-view').locator('.hint').last();
    await expect(note).toHaveText(/^The questions changed between the two \(version 1, then version 2\): areas are compared where both versions ask about them\. Not compared: .+\.$/);
    const compared = await app.byTestId('retake-areas').locator('li').count();
    expect(compared).toBeGreaterThan(0);
    expect(compared).toBeLessThan(bank.dimensions.length);
  });

  test('an earlier link that does not open says why, and the same result twice is refused', async ({ app }) => {
    await app.completeJourney(MIXED);
    const { link } = await app.readResult();
    await app.byTestId('history-since').fill(link.slice(0, -3));
    await app.press(app.byTestId('history-since-show'));
    await expect(app.byTestId('history-status')).toHaveText(/\.$/);
    await expect(app.byTestId('retake-view')).toHaveCount(0);
    await app.open(link.replace('#', `?since=${link.split('#/r/')[1]}#`));
    await expect(app.byTestId('history-status')).toHaveText('These are the same result twice: give an earlier and a later one.');
  });

  test('blocked storage is said, and the result stays whole', async ({ app, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await app.completeJourney(MIXED);
    await expect(app.byTestId('history-status')).toHaveText(/^This browser does not let the assessment keep anything .+ The result link above still reopens this result\.$/);
    await expect(app.byTestId('history-keep')).toHaveCount(0);
    await expect(app.byTestId('download-png')).toBeVisible();
    await expect(app.byTestId('history-since')).toBeVisible();
  });
});

test('a kept history opens from the one-file build too', async ({ app, page }) => {
  const path = require('node:path');
  const { pathToFileURL } = require('node:url');
  const single = pathToFileURL(path.resolve(__dirname, '../../../dist/tandem.html')).href;
  const token = encodeToken(MIXED);
  await page.goto(`${single}#/r/${token}`);
  await app.ready();
  await keep(app);
  expect((await stored(page)).results[0].token).toBe(token);
});
