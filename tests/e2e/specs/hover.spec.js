// @ts-check
// Issue 14, item 11: hover styles only where a pointer can hover, so a tap does not
// leave the answer under the finger looking chosen on the next question.
const { test, expect, MIXED } = require('./tandem');

test('every hover style applies only where the pointer can hover', async ({ app, page }) => {
  await app.open('#/');
  const unguarded = await page.evaluate(() => {
    const found = [];
    const visit = (rules, guarded) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) visit(rule.cssRules, guarded || /\(hover:\s*hover\)/.test(rule.conditionText));
        else if (rule instanceof CSSStyleRule && rule.selectorText.includes(':hover') && !guarded) found.push(rule.selectorText);
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules, false);
    return found;
  });
  expect(unguarded).toEqual([]);
});

test('after a tap on an answer, the same answer of the next question does not look chosen', async ({ app }, testInfo) => {
  test.skip(!testInfo.project.use.hasTouch, 'a touch screen only');
  await app.open('#/');
  await app.start();
  const position = 2;
  await app.answer(position).tap();
  await app.expectQuestion(2);
  await app.expectSelected(0);
  const border = (p) => app.answer(p).evaluate((e) => getComputedStyle(e).borderColor);
  expect(await border(position)).toBe(await border(position === 1 ? 2 : 1));
});
