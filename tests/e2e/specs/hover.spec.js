// @ts-check
// Issue 14, item 11: hover styles only where a pointer can hover, so a tap does not
// leave the answer under the finger looking chosen on the next question.
const { test, expect } = require('./tandem');

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
