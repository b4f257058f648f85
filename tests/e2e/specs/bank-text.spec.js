// @ts-check
// Issue 9: the questions' words and the results' (the banks' text) are a file of their
// own, text-<hash>.txt, that the assessment's page loads once a visitor starts, so a
// first visit does not download them. A question or result never shows without them:
// while they load it says so, and when they do not arrive (cut off, refused, damaged)
// it says why and asks again, at once on "Try again" and by itself on the visitor's
// next screen.
const { test, expect, MIXED, encodeToken, patternFor } = require('./tandem');
const { expectErrors } = require('./expected-errors');

const TEXT_FILE = /\/text-[0-9a-f]+\.txt$/;
const CUT_OFF = /^console error: Failed to load resource: net::ERR_CONNECTION_RESET \(.*\/text-[0-9a-f]+\.txt/;
const detail = (reason) => `The words of the questions and results did not arrive: ${reason}.`;

/** Cuts the bank text off until the returned function is called; counts the tries. */
async function cutOff(page) {
  const tries = { count: 0 };
  await page.route(TEXT_FILE, (route) => {
    tries.count += 1;
    return route.abort('connectionreset');
  });
  return { tries, restore: () => page.unroute(TEXT_FILE) };
}

test('a first visit does not download the bank text; starting does, once for the whole journey', async ({ app, page }) => {
  /** @type {string[]} */
  const fetched = [];
  page.on('request', (request) => {
    if (TEXT_FILE.test(request.url())) fetched.push(request.url());
  });
  await app.open('#/');
  await page.waitForLoadState('networkidle');
  expect(fetched, 'the intro alone').toEqual([]);

  const asked = page.waitForRequest(TEXT_FILE);
  await app.start();
  await asked;
  await app.answerAll(MIXED);
  const result = await app.readResult();
  expect(result.moves).toBeGreaterThan(0);
  await expect(app.byTestId('moves')).not.toBeEmpty();
  expect(fetched).toHaveLength(1);
});

test('a result link asks for the bank text alongside the program, and the app uses that one request', async ({ app, page }) => {
  /** @type {string[]} */
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await app.open(`#/r/${encodeToken(MIXED)}`);
  await expect(app.byTestId('results-screen')).toBeVisible();
  const loads = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((entry) => /\/text-[0-9a-f]+\.txt$/.test(entry.name)).map((entry) => /** @type {PerformanceResourceTiming} */ (entry).initiatorType),
  );
  expect(loads, 'one load, by the start-up script\'s preload').toEqual(['link']);
  await page.waitForTimeout(3500);
  expect(warnings.filter((text) => /preload/i.test(text))).toEqual([]);
});

test('a shared result whose text is cut off says why, and shows once "Try again" gets it', async ({ app, page, pageErrors }) => {
  const { restore } = await cutOff(page);
  await app.open(`#/r/${encodeToken(MIXED)}`);
  const missing = app.byTestId('text-missing');
  await expect(missing.getByRole('alert')).toHaveText('The result could not be shown');
  await expect(missing.getByTestId('notice-detail')).toHaveText(detail('the file could not be fetched; the connection may be down'));
  await expectErrors(pageErrors, [CUT_OFF]);

  await restore();
  await app.press(app.byTestId('try-again'));
  await expect(app.byTestId('results-screen')).toBeVisible();
  await expect(app.byTestId('results-screen').locator('.summary')).not.toBeEmpty();
  await expect(missing).toHaveCount(0);
});

test('text cut off on the profile screen is asked for again on the next screen, so question 1 shows without a word', async ({ app, page, pageErrors }) => {
  const { tries, restore } = await cutOff(page);
  await app.open('#/');
  await app.press(app.byTestId('start'));
  await expect(app.byTestId('profile-screen')).toBeVisible();
  await expect.poll(() => tries.count).toBe(1);
  await restore();
  await app.press(app.byTestId('skip-profile'));
  await app.expectQuestion(1);
  await expect(app.byTestId('text-missing')).toHaveCount(0);
  await expectErrors(pageErrors, [CUT_OFF]);
  await app.answerAll(patternFor('aligned'));
  await expect(app.byTestId('stage-name')).toHaveText('Aligned');
});

test('questions whose text stays cut off say so, and "Try again" goes on to the question', async ({ app, page, pageErrors }) => {
  const { tries, restore } = await cutOff(page);
  await app.open('#/');
  await app.press(app.byTestId('start'));
  await app.press(app.byTestId('skip-profile'));
  const missing = app.byTestId('text-missing');
  await expect(missing.getByRole('alert')).toHaveText('The question could not be shown');
  await expect(missing.getByTestId('notice-detail')).toHaveText(detail('the file could not be fetched; the connection may be down'));
  await restore();
  await app.press(app.byTestId('try-again'));
  await app.expectQuestion(1);
  await expectErrors(pageErrors, Array(tries.count).fill(CUT_OFF));
});

for (const [what, fulfil, reason] of /** @type {const} */ ([
  ['refused by the host', { status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' }, 'the file was refused (404)'],
  ['an error page served as the file', { status: 200, contentType: 'text/html', body: '<!doctype html><title>Sign in</title>' }, "the file that arrived is not Tandem's text"],
])) {
  test(`a bank text file ${what} says so`, async ({ app, page, pageErrors }) => {
    await page.route(TEXT_FILE, (route) => route.fulfill(fulfil));
    await app.open(`#/r/${encodeToken(MIXED)}`);
    await expect(app.byTestId('text-missing').getByTestId('notice-detail')).toHaveText(detail(reason));
    if (fulfil.status === 404) await expectErrors(pageErrors, [/^console error: Failed to load resource: the server responded with a status of 404/]);
  });
}

test('a bank text file changed on the way is refused as damaged', async ({ app, page }) => {
  await page.route(TEXT_FILE, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(' the ', ' thE ');
    await route.fulfill({ response, body });
  });
  await app.open(`#/r/${encodeToken(MIXED)}`);
  await expect(app.byTestId('text-missing').getByTestId('notice-detail')).toHaveText(detail('the file arrived damaged or cut short'));
});
