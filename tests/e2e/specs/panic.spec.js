// @ts-check
// A panic anywhere shows a fallback with a way to restart, and no answer given before
// it is lost. The fault is injected from outside: the browser's setAttribute throws
// (as a broken extension might), which Yew treats as impossible and panics on.
const { test, expect, MIXED } = require('./tandem');
const { expectErrors } = require('./expected-errors');

test('a panic shows the fallback, and reloading resumes with the answers kept', async ({ app, page, pageErrors }) => {
  await page.addInitScript(() => {
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (name, value) {
      if (window.__breakRendering && name === 'aria-checked' && value === 'true') throw new Error('injected fault');
      return setAttribute.call(this, name, value);
    };
  });
  await app.open('#/');
  await app.start();
  for (const position of MIXED.slice(0, 3)) await app.answerByClick(position);
  await app.expectQuestion(4, { answered: 3 });

  await page.evaluate(() => { window.__breakRendering = true; });
  await page.keyboard.press(String(MIXED[3]));
  const fallback = page.getByTestId('panic');
  await expect(fallback).toBeVisible();
  await expect(fallback.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
  await expect(fallback).toContainText('Your answers so far are saved');
  // The release build aborts at once on a panic (scripts/build.sh): the page reports the
  // trap that stopped the app, without the panic's message.
  await expectErrors(pageErrors, [/^page error: RuntimeError: unreachable/]);

  // Reloading clears the injected fault (it lives on the page) and resumes.
  await fallback.getByRole('button', { name: 'Reload and continue' }).click();
  await app.expectQuestion(4, { answered: 3 });
  await app.press(app.backButton);
  await app.expectSelected(MIXED[2]);
});
