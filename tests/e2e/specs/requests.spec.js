// @ts-check
// Issue 13, item 4: no request leaves the app's origin, ever. Every request of a whole
// journey is recorded (the quiz, the result, an invitation answered into a comparison,
// a comparison link, the paste form, a broken link, a missing page) and each must go
// to the origin the app is served from. (The strict Content-Security-Policy the whole
// suite runs under is in serve.mjs, and the fixture fails on any violation.)
const { test, expect, MIXED, encodeToken, patternFor } = require('./tandem');
const { expectErrors } = require('./expected-errors');

test('a whole journey requests nothing from any other origin', async ({ app, page, context, baseURL, pageErrors }) => {
  /** @type {string[]} */
  const requested = [];
  context.on('request', (request) => requested.push(request.url()));
  const origin = new URL(/** @type {string} */ (baseURL)).origin;

  await app.completeJourney(MIXED);
  const invite = await app.byTestId('invite-link').inputValue();

  // The invitation answered in the same browser ends in the comparison page.
  await app.open(invite);
  await expect(app.byTestId('invited')).toBeVisible();
  await app.start();
  const other = patternFor('aligned');
  await app.answerAll(other.slice(0, -1));
  await app.press(app.answer(other[other.length - 1]));
  await expect(app.byTestId('compare-screen')).toBeVisible();

  await app.open(`#/compare/1/${encodeToken(MIXED)}/${encodeToken(other)}`);
  await expect(app.byTestId('compare-screen')).toBeVisible();
  await page.goto('compare.html#/compare');
  await expect(app.byTestId('paste-screen')).toBeVisible();
  await app.open('#/r/not-a-token');
  await expect(app.byTestId('broken-link')).toBeVisible();
  // A missing page: the host's 404.html, which looks for the app's folder upwards.
  await page.goto('no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const missing = /^console error: Failed to load resource: the server responded with a status of 404/;
  await expectErrors(pageErrors, [missing, missing, missing]);

  const pages = requested.filter((url) => url.endsWith('.html') || url.endsWith('/'));
  expect(pages.length).toBeGreaterThan(2);
  expect(requested.filter((url) => url.endsWith('.wasm')).length).toBeGreaterThanOrEqual(2);
  const elsewhere = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(elsewhere, `requests to other origins:\n${elsewhere.join('\n')}`).toEqual([]);
});
