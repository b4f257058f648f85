// @ts-check
// Issue 14, item 11, on a touch screen (this file runs in the phone project only): a
// tap does not leave the answer under the finger looking chosen on the next question.
const { test, expect } = require('./tandem');

test('after a tap on an answer, the same answer of the next question does not look chosen', async ({ app }) => {
  await app.open('#/');
  await app.start();
  const position = 2;
  await app.answer(position).tap();
  await app.expectQuestion(2);
  await app.expectSelected(0);
  const border = (p) => app.answer(p).evaluate((e) => getComputedStyle(e).borderColor);
  expect(await border(position)).toBe(await border(position === 1 ? 2 : 1));
});
