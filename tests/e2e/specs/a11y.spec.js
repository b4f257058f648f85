// @ts-check
// 10. axe-core finds no WCAG 2.2 AA violations on any screen, in light and dark themes.
const { expectNoViolations } = require('./axe');
const { test, expect, MIXED, NOT_SURE, encodeToken, fakeShareSheet, patternFor } = require('./tandem');

/** Opens the result for MIXED (held back, with folded moves) and unfolds everything. */
async function openResultUnfolded(app) {
  await app.open(`#/r/${encodeToken(MIXED)}`);
  await app.readResult();
  const scoring = app.byTestId('scoring-rule');
  await app.press(scoring.locator('summary'));
  await expect(scoring).toHaveAttribute('open', '');
  const more = app.root.locator('details.more-moves');
  await app.press(more.locator('summary'));
  await expect(more).toHaveAttribute('open', '');
  await expect(app.byTestId('move').last()).toBeVisible();
}

for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
  test.describe(`accessibility (${colorScheme} theme)`, () => {
    test.use({ colorScheme, reducedMotion: 'reduce' });

    test('intro', async ({ app, page }) => {
      await app.open('#/');
      await expect(app.byTestId('intro-screen')).toBeVisible();
      await expectNoViolations(page, 'the intro');
    });

    test('intro with an invitation to compare', async ({ app, page }) => {
      await app.open(`#/invite/${encodeToken(MIXED, { profile: [1, 0, 0, 0] })}`);
      await expect(app.byTestId('invited')).toBeVisible();
      await expectNoViolations(page, 'the intro with an invitation');
    });

    test('profile, untouched and filled in', async ({ app, page }) => {
      await app.open('#/about');
      await expect(app.byTestId('profile-screen')).toBeVisible();
      await expectNoViolations(page, 'the profile');
      await app.press(app.byTestId('profile-side-2'));
      await app.press(app.byTestId('profile-complexity-3'));
      await expectNoViolations(page, 'the profile filled in');
    });

    test('question with "not sure" chosen', async ({ app, page }) => {
      await app.open('#/');
      await app.start();
      await app.answerByClick(NOT_SURE);
      await app.press(app.backButton);
      await app.expectSelected(NOT_SURE);
      await expectNoViolations(page, 'a question answered "not sure"');
    });

    test('results of a version-1 link, and a result with too many "not sure"', async ({ app, page }) => {
      await app.open('#/r/AQEyRqFQoxGGIPHz');
      await expect(app.byTestId('outdated')).toBeVisible();
      await expectNoViolations(page, 'a version-1 result');
      await app.open('#/r/AgIAC222222222220Cp1');
      await expect(app.byTestId('not-placed')).toBeVisible();
      await expectNoViolations(page, 'a result that could not be placed');
    });

    test('question, without and with a selection', async ({ app, page }) => {
      await app.open('#/');
      await app.start();
      await expectNoViolations(page, 'a question with nothing chosen');
      await app.answerByClick(MIXED[0]);
      await app.press(app.backButton);
      await app.expectSelected(MIXED[0]);
      await expectNoViolations(page, 'a question with an answer chosen');
    });

    test('results, with the scoring rule and the further moves unfolded', async ({ app, page }) => {
      await fakeShareSheet(page); // so the "Share…" button is checked too
      await openResultUnfolded(app);
      await expect(app.byTestId('share-sheet')).toBeVisible();
      await expectNoViolations(page, 'the results');
    });

    test('comparison of three with a broken part, unfolded, and the paste form', async ({ app, page }) => {
      await fakeShareSheet(page);
      const parts = [
        encodeToken(MIXED, { profile: [1, 0, 0, 0] }),
        encodeToken(patternFor('aligned'), { profile: [2, 0, 0, 0] }),
        encodeToken(patternFor('integrated')).slice(0, 12),
        encodeToken(patternFor('defined'), { profile: [3, 0, 0, 0] }),
      ];
      await app.open(`#/compare/1/${parts.join('/')}`);
      await expect(app.byTestId('compare-problem')).toBeVisible();
      await expect(app.byTestId('average-key')).toBeVisible();
      await app.press(app.root.locator('details.paste-again summary'));
      await expect(app.byTestId('paste-links')).toBeVisible();
      await expectNoViolations(page, 'a comparison');
      await app.open('#/compare');
      await expect(app.byTestId('paste-screen')).toBeVisible();
      await expectNoViolations(page, 'the paste form');
    });

    test('an answered invitation\'s comparison, offering to send it back', async ({ app, page }) => {
      await fakeShareSheet(page);
      const invite = encodeToken(patternFor('integrated'), { profile: [1, 0, 0, 0] });
      const own = encodeToken(MIXED, { profile: [2, 0, 0, 0] });
      await app.open(`#/compare/1/${invite}/${own}`);
      await expect(app.byTestId('compare-screen')).toBeVisible();
      // What the assessment keeps once an invited visitor has answered: their result and
      // the invitation's token.
      await page.evaluate((stored) => localStorage.setItem('tandem.progress', stored), `${own}/${invite}`);
      await page.reload();
      await expect(app.byTestId('send-back')).toBeVisible();
      await app.press(app.byTestId('copy-send-back'));
      await expect(app.byTestId('send-back-status')).not.toBeEmpty();
      await expectNoViolations(page, 'the offer to send a comparison back');
    });

    test('broken link and not found', async ({ app, page }) => {
      await app.open(`#/r/${encodeToken(MIXED).slice(0, 12)}`);
      await expect(app.byTestId('broken-link')).toBeVisible();
      await expectNoViolations(page, 'the broken-link screen');
      await app.open('#/nowhere');
      await expect(app.byTestId('not-found')).toBeVisible();
      await expectNoViolations(page, 'the not-found screen');
    });
  });
}
