// @ts-check
// 5. Result links that do not open, and addresses that lead nowhere: each explains
//    itself and offers a working way on. (Console and page errors fail any test.)
const { test, expect, MIXED, QUESTIONS, encodeToken } = require('./tandem');
const { expectErrors } = require('./expected-errors');

const good = encodeToken(MIXED);
const unanswered = [...MIXED];
unanswered[3] = 0;
const outOfRange = [...MIXED];
outOfRange[6] = 6; // 5 is "not sure"; 6 and 7 are no choice at all
/** `good` with the character at `index` replaced by another one of the alphabet. */
const changed = (index) => good.slice(0, index) + (good[index] === 'A' ? 'B' : 'A') + good.slice(index + 1);

const BROKEN = [
  { name: 'a truncated token', token: good.slice(0, -1), detail: new RegExp(`has ${good.length - 1} characters where ${good.length} were expected`) },
  { name: 'a token with one character changed', token: changed(6), detail: /altered after it was made/ },
  { name: 'a token with a character links never use', token: `${good.slice(0, 5)}*${good.slice(6)}`, detail: /contains “\*” \(character 6\)/ },
  { name: 'an empty token', token: '', detail: /ends where the result should begin/ },
  { name: 'a token with an unanswered question', token: encodeToken(unanswered), detail: /no answer for question 4/ },
  { name: 'a token whose answer is not a choice', token: encodeToken(outOfRange), detail: /answer to question 7 is not one of the choices/ },
  { name: 'a token from an unknown version', token: encodeToken(MIXED, { version: 99 }), detail: /version of Tandem that this page does not know/ },
  // Issue 26: a link of a consultancy's own bank, in a build of another bank.
  { name: "a token of another bank", token: encodeToken(MIXED, { bankId: 'northwind-sales-cs' }), detail: /made with a different set of questions from the ones on this page.*Open it on the site where it was made/ },
  // Issue 30, item 10: it was said to come from an unknown version.
  { name: 'a token of 100,000 characters', token: 'A'.repeat(100_000), detail: new RegExp(`has 100000 characters where ${good.length} were expected`) },
];

test.describe('broken result links', () => {
  for (const { name, token, detail } of BROKEN) {
    test(`${name} shows the broken-link screen with a way on`, async ({ app, page }) => {
      await app.open(`#/r/${token}`);
      const notice = app.byTestId('broken-link');
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('heading', { level: 1 })).toHaveText('This result link does not open');
      // Opened straight from the link: focus stays put until the visitor acts.
      await expect(notice.getByRole('heading', { level: 1 })).not.toBeFocused();
      await expect(app.byTestId('notice-detail')).toHaveText(detail);
      await expect(page).toHaveTitle('Result link does not open · Tandem');
      await expect(app.byTestId('results-screen')).toHaveCount(0);

      await app.press(app.byTestId('start'));
      await expect(app.byTestId('profile-screen')).toBeVisible();
      await expect(page).toHaveURL(/#\/about$/);
    });
  }

  // Issue 30, item 10: a bad invitation was titled "This result link does not open".
  test('a bad invite is titled "This result link does not open"', async ({ app, page }) => {
    await app.open(`#/invite/${good.slice(0, 12)}`);
    const notice = app.byTestId('broken-link');
    await expect(notice.getByRole('heading', { level: 1 })).toHaveText('This invitation link does not open');
    await expect(app.byTestId('notice-detail')).toHaveText(/has 12 characters where/);
    await expect(page).toHaveTitle('Invitation link does not open · Tandem');
    await app.press(app.byTestId('start'));
    await expect(app.byTestId('profile-screen')).toBeVisible();
  });

  test('with answers kept, the way on is the intro offering to continue', async ({ app }) => {
    await app.open('#/');
    await app.start();
    await app.answerByClick(MIXED[0]);
    await app.answerByClick(MIXED[1]);

    await app.open(`#/r/${changed(8)}`);
    await expect(app.byTestId('broken-link')).toBeVisible();
    await app.press(app.byTestId('start'));
    await expect(app.byTestId('resume')).toHaveText(`Continue (2 of ${QUESTIONS} answered)`);
    await expect(app.byTestId('start')).toHaveText('Start over');
  });
});

test.describe('addresses that lead nowhere', () => {
  for (const hash of ['#/nowhere', `#/q/${QUESTIONS + 1}`, '#/q/0', '#/q/x']) {
    test(`${hash} shows the not-found screen with a way on`, async ({ app, page }) => {
      await app.open(hash);
      await expect(app.byTestId('not-found')).toBeVisible();
      await expect(app.byTestId('not-found').getByRole('heading', { level: 1 })).toHaveText('There is no such page');
      await expect(app.byTestId('notice-detail')).toContainText('does not match any page');
      await expect(page).toHaveTitle('Page not found · Tandem');
      await app.press(app.byTestId('start'));
      await expect(app.byTestId('profile-screen')).toBeVisible();
    });
  }

  test('a question not yet reachable opens the first unanswered one instead', async ({ app, page }) => {
    await app.open('#/q/5');
    await app.expectQuestion(1, { answered: 0 });
    await expect(page).toHaveURL(/#\/q\/1$/);
  });
});

test.describe('links mangled on the way still open', () => {
  const MANGLED = [
    { name: 'a full stop added after the link', hash: `#/r/${good}.` },
    { name: 'a closing bracket and comma from a sentence', hash: `#/r/${good}),` },
    { name: 'a line break inside, as pasted from an email', hash: `#/r/${good.slice(0, 7)}%0A${good.slice(7)}` },
    { name: 'spaces inside', hash: `#/r/${good.slice(0, 4)}%20${good.slice(4, 9)}%20${good.slice(9)}` },
    { name: 'slashes escaped by a chat app', hash: `#%2Fr%2F${good}` },
  ];
  test('a "#" turned into "%23", on a host that serves the site\'s 404.html', async ({ app, page, pageErrors }) => {
    await page.goto(`%23/r/${good}`);
    await app.ready();
    expect((await app.readResult()).stage).toBeTruthy();
    await expect(page).toHaveURL(new RegExp(`/tools/alignment/#/r/${good}$`));
    // The host's 404 for the mangled address is expected; nothing else may be logged.
    await expectErrors(pageErrors, [/status of 404[^]*%23\/r\//]);
  });

  for (const { name, hash } of MANGLED) {
    test(`${name}`, async ({ app, page }) => {
      await app.open(hash);
      const result = await app.readResult();
      expect(result.stage).toBeTruthy();
      await expect(page).toHaveURL(new RegExp(`#/r/${good}$`));
      await expect(app.byTestId('share-link')).toHaveValue(new RegExp(`#/r/${good}$`));
    });
  }
});
