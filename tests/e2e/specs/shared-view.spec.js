// @ts-check
// Issue 14, item 15: the links a result gives carry the result and nothing else of
// the page's address.
const { test, expect, MIXED, encodeToken } = require('./tandem');

test.describe('result links', () => {
  test('leave out the page\'s query string, such as tracking parameters', async ({ app, page, baseURL }) => {
    const token = encodeToken(MIXED);
    await app.open(`?utm_source=newsletter&fbclid=XYZ#/r/${token}`);
    await expect(page).toHaveURL(/\?utm_source=newsletter&fbclid=XYZ#/);
    await expect(app.byTestId('share-link')).toHaveValue(`${baseURL}#/r/${token}`);

    await app.press(app.byTestId('retake'));
    await app.answerAll(MIXED);
    await expect(app.byTestId('share-link')).toHaveValue(`${baseURL}#/r/${token}`);
  });
});
