// @ts-check
// Issue 14, items 13 and 15: a shared result speaks to the person reading it, and the
// links it gives carry the result and nothing else of the page's address.
const { test, expect, Tandem, MIXED, encodeToken, patternFor } = require('./tandem');

const SECOND_PERSON = /\bYour result\b|\bYour teams are\b|\bYou are here\b|\bYour position\b|\bcarries your answers\b|\bYour average\b|\bYour next moves\b/;

test.describe('a shared result opened by someone else', () => {
  test('is worded for its reader, not as the reader\'s own result', async ({ app, newContext }, testInfo) => {
    await app.completeJourney(MIXED);
    const mine = await app.readResult();
    const main = app.byTestId('results-screen');
    await expect(main).toContainText('Your teams are');
    await expect(main).toContainText('You are here');

    const context = await newContext();
    const theirs = new Tandem(await context.newPage(), { touch: Boolean(testInfo.project.use.hasTouch) });
    await theirs.open(mine.link);
    const shared = theirs.byTestId('results-screen');
    await expect(theirs.byTestId('stage-name')).toHaveText(mine.stage ?? '');
    expect(await shared.innerText()).not.toMatch(SECOND_PERSON);
    expect(await shared.getByTestId('curve').locator('svg').textContent()).not.toMatch(SECOND_PERSON);
    await expect(shared.getByRole('heading', { level: 1 })).toContainText(`teams are ${mine.stage}`);
  });

  // Issue 30, item 12: "Their teams are Aligned…" then "Your market is neither
  // fast-moving…", and "Weakest areas first" over areas that all tie.
  test('says "Their teams are Aligned…" and then "Your market is neither fast-moving…"', async ({ app }) => {
    // Aligned in every area, in a slow market with simple sales: Aligned may be enough.
    await app.open(`#/r/${encodeToken(patternFor('aligned'), { profile: [1, 1, 1, 1] })}`);
    const shared = app.byTestId('results-screen');
    await expect(shared.getByRole('heading', { level: 1 })).toContainText('teams are Aligned');
    await expect(app.byTestId('may-stay')).toContainText('neither fast-moving nor especially complex');
    expect(await shared.innerText()).not.toMatch(/\byour market\b|\bIf you choose\b/i);
    await expect(shared.getByRole('heading', { name: 'If they choose to go on to Integrated' })).toBeVisible();
    await expect(app.byTestId('moves-order')).toHaveCount(0);
    await app.open(`#/r/${encodeToken(MIXED)}`);
    await expect(app.byTestId('moves-order')).toHaveText('Weakest areas first: start at the top.');
  });
});

test.describe('result links', () => {
  test('leave out the page\'s query string, such as tracking parameters', async ({ app, page, baseURL }) => {
    const token = encodeToken(MIXED);
    await app.open(`?utm_source=newsletter&fbclid=XYZ#/r/${token}`);
    await expect(page).toHaveURL(/\?utm_source=newsletter&fbclid=XYZ#/);
    await expect(app.byTestId('share-link')).toHaveValue(`${baseURL}#/r/${token}`);

    await app.press(app.byTestId('retake'));
    await app.press(app.byTestId('skip-profile'));
    await app.answerAll(MIXED);
    await expect(app.byTestId('share-link')).toHaveValue(`${baseURL}#/r/${token}`);
  });
});
