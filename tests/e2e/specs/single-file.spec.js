// @ts-check
// Issue 13, item 3: the one-file build (dist/tandem.html), opened straight from disk
// (file://) as when sent by email: the whole quiz, its own result link, and a
// comparison, which the same file opens at its address.
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { test, expect, MIXED, expectedResult, encodeToken, patternFor } = require('./tandem');

const SINGLE = pathToFileURL(path.resolve(__dirname, '../../../dist/tandem.html')).href;

test('opened from disk, it completes a quiz and opens its own result link', async ({ app, page, newContext }) => {
  await page.goto(SINGLE);
  await app.ready();
  await expect(app.byTestId('intro-screen')).toBeVisible();
  await app.start();
  await app.answerAll(MIXED);
  const result = await app.readResult();
  const expected = expectedResult(MIXED);
  expect(result).toMatchObject({ stage: expected.stage, scores: expected.scores });
  expect(result.link).toBe(`${SINGLE}#/r/${encodeToken(MIXED)}`);

  // Progress is kept on disk too: a reload stays on the result.
  await page.reload();
  await expect(app.byTestId('results-screen')).toBeVisible();

  // The link, in a browser of its own.
  const reader = await (await newContext()).newPage();
  await reader.goto(result.link);
  await expect(reader.getByTestId('stage-name')).toHaveText(expected.stage ?? '');
});

test('a comparison opens in the same file, and its way back to the assessment too', async ({ app, page }) => {
  const other = encodeToken(patternFor('integrated'));
  await page.goto(`${SINGLE}#/compare/1/${encodeToken(MIXED)}/${other}`);
  await app.ready();
  await expect(app.byTestId('compare-screen')).toBeVisible();
  await page.getByTestId('member-result').first().click();
  await expect(app.byTestId('results-screen')).toBeVisible();
  expect(page.url()).toBe(`${SINGLE}#/r/${encodeToken(MIXED)}`);
  await page.goto(`${SINGLE}#/`);
  await expect(app.byTestId('intro-screen')).toBeVisible();
  await page.getByTestId('compare-others').click();
  await expect(app.byTestId('paste-screen')).toBeVisible();
  expect(page.url()).toBe(`${SINGLE}#/compare`);
});

test('the exports program travels in the file: the QR code and the data download work from disk', async ({ app, page }) => {
  const token = encodeToken(MIXED);
  await page.goto(`${SINGLE}#/r/${token}`);
  await app.ready();
  await app.press(app.byTestId('qr-toggle'));
  await expect(app.byTestId('qr-image')).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), app.press(app.byTestId('download-json'))]);
  const data = JSON.parse(require('node:fs').readFileSync(await file.path(), 'utf8'));
  expect(data.token).toBe(token);
  expect(data.link).toBe(`${SINGLE}#/r/${token}`);
});

test('a plan is made from disk: its words come from the file, and its calendar links back to it', async ({ app, page }) => {
  const token = encodeToken(MIXED);
  await page.goto(`${SINGLE}#/r/${token}`);
  await app.ready();
  await app.press(app.byTestId('plan-toggle'));
  await expect(app.byTestId('plan-step').first().locator('h4')).toHaveText(/\w/);
  const [file] = await Promise.all([page.waitForEvent('download'), app.press(app.byTestId('plan-ics'))]);
  const calendar = require('node:fs').readFileSync(await file.path(), 'utf8');
  expect(calendar.replace(/\r\n /g, '')).toContain(`URL:${SINGLE}#/r/${token}\r\n`);
});

test('the comparison\'s files program travels in the file too: its table downloads from disk', async ({ app, page }) => {
  const tokens = [encodeToken(MIXED), encodeToken(patternFor('integrated'))];
  await page.goto(`${SINGLE}#/compare/1/${tokens.join('/')}`);
  await expect(app.byTestId('compare-screen')).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), app.press(app.byTestId('comparison-json'))]);
  expect(file.suggestedFilename()).toMatch(/^tandem-comparison-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(require('node:fs').readFileSync(await file.path(), 'utf8'));
  expect(data.members.map((/** @type {{token: string}} */ m) => m.token)).toEqual(tokens);
  expect(data.link).toBe(`${SINGLE}#/compare/1/${tokens.join('/')}`);
});

/** Issue 30, item 13: in the one-file build, "Open result A on its own" and "Take the
 * assessment" pointed at `./#/…`, the folder: opened in a new tab or copied, they missed
 * the file. Every link between the pages names the file itself. */
test('links between the pages name the file, for a new tab or a copy too', async ({ app, page }) => {
  const other = encodeToken(patternFor('integrated'));
  const resolved = (testId) => page.getByTestId(testId).first().evaluate((link) => link.href);
  await page.goto(`${SINGLE}#/compare/1/${encodeToken(MIXED)}/${other}`);
  await app.ready();
  await expect(app.byTestId('compare-screen')).toBeVisible();
  expect(await resolved('member-result')).toBe(`${SINGLE}#/r/${encodeToken(MIXED)}`);
  expect(await resolved('start')).toBe(SINGLE);
  // A load of its own: the file at another page's address reloads itself.
  await page.goto('about:blank');
  await page.goto(`${SINGLE}#/`);
  await expect(app.byTestId('intro-screen')).toBeVisible();
  expect(await resolved('compare-others')).toBe(`${SINGLE}#/compare`);
});

/** Issue 30, item 7: opened from disk at an invitation, the last answer threw an uncaught
 * "RuntimeError: unreachable" as the comparison opened: the file's move to the other
 * page fired a history event at once, whose listener found the page's state borrowed. */
test('an invitation answered in the file opens the comparison without an error', async ({ app, page }) => {
  await page.goto(`${SINGLE}#/invite/${encodeToken(patternFor('integrated'), { profile: [1, 0, 0, 0] })}`);
  await app.ready();
  await expect(app.byTestId('invited')).toBeVisible();
  await app.start();
  await app.answerAll(MIXED.slice(0, -1));
  await app.expectQuestion(MIXED.length);
  await app.press(app.answer(MIXED[MIXED.length - 1]));
  await expect(app.byTestId('compare-screen')).toBeVisible();
  await expect(page.getByTestId('member-result')).toHaveCount(2);
});
