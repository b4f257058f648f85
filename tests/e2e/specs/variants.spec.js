// @ts-check
// Issue 26: a build with a question bank of its own (`scripts/build.sh --bank`; here
// Tandem's questions under the id "e2e-other-bank", built once by scripts/variants.sh
// into dist-variants/other-bank/). Its result links name its bank (format 3) and open
// wherever that bank is built; a link of another bank, in either direction, shows a
// clear screen rather than a result read against the wrong questions.
const { test, expect, MIXED, encodeToken, expectedResult } = require('./tandem');

const port = Number(process.env.PORT || 4390);
const ORIGIN = `http://127.0.0.1:${port}`;
const VARIANT = `${ORIGIN}/variants/other-bank/`;
const DEFAULT = `${ORIGIN}/tools/alignment/`;

/** Expects the broken-link screen, saying the link was made with other questions. */
async function expectOtherQuestions(app) {
  await expect(app.byTestId('broken-link').getByRole('heading', { level: 1 })).toHaveText('This result link does not open');
  await expect(app.byTestId('notice-detail')).toHaveText(/different set of questions from the ones on this page.*site where it was made/);
  await expect(app.byTestId('results-screen')).toHaveCount(0);
}

test.describe('a build with a bank of its own', () => {
  test.use({ baseURL: VARIANT });

  test('its result links name its bank and reopen in a fresh browser', async ({ app, newContext }) => {
    await app.completeJourney(MIXED);
    const { link, stage } = await app.readResult();
    const token = encodeToken(MIXED, { bankId: 'e2e-other-bank' });
    expect(token).toHaveLength(24);
    expect(link).toBe(`${VARIANT}#/r/${token}`);
    expect(stage).toBe(expectedResult(MIXED).stage);
    await expect(app.byTestId('share-link')).toHaveValue(link);
    const elsewhere = await (await newContext()).newPage();
    await elsewhere.goto(link);
    await expect(elsewhere.getByTestId('stage-name')).toHaveText(stage ?? '');
  });

  test('its pages, manifest and embed.js name its own teams', async ({ app, page, request }) => {
    await app.open('#/');
    await expect(app.byTestId('intro-screen').getByRole('heading', { level: 1 })).toHaveText('How well do your sales and service teams work together?');
    await expect(page).toHaveTitle('Tandem · Sales and service alignment assessment');
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /place your sales and service teams/);
    const manifest = await (await request.get(`${VARIANT}manifest.webmanifest`)).json();
    expect(manifest.name).toBe('Tandem · Sales and service alignment assessment');
    expect(await (await request.get(`${VARIANT}embed.js`)).text()).toContain('Sales and service alignment assessment');
    const compare = await (await request.get(`${VARIANT}compare.html`)).text();
    expect(compare).toContain('Sales and service alignment results side by side');
    expect(`${await page.content()}${compare}`.toLowerCase()).not.toContain('sales and marketing');
  });

  test("a link of Tandem's own bank says it was made with other questions", async ({ app }) => {
    await app.open(`#/r/${encodeToken(MIXED)}`);
    await expectOtherQuestions(app);
  });

  test("its links say the same in a build of Tandem's bank", async ({ app }) => {
    await app.open(`${DEFAULT}#/r/${encodeToken(MIXED, { bankId: 'e2e-other-bank' })}`);
    await expectOtherQuestions(app);
  });
});
