// @ts-check
// 11. A comparison by keyboard alone: from the intro's link to the paste form, the
//     links typed in, a label changed, and the comparison link copied.
const { test, expect, encodeToken, patternFor } = require('./tandem');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Presses Tab until the element with `testid` has focus (at most `limit` times). */
async function tabTo(page, testid, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testid) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testid} never took focus`);
}

test('compare by keyboard: paste, relabel, copy the link', async ({ app, page }) => {
  const { keyboard } = page;
  const tokens = [
    encodeToken(patternFor('defined'), { profile: [1, 0, 0, 0] }),
    encodeToken(patternFor('integrated'), { profile: [2, 0, 0, 0] }),
  ];
  await app.open('#/');
  await tabTo(page, 'compare-others');
  await keyboard.press('Enter');
  // The comparison is a page of its own: a new page, so focus starts at its top.
  await expect(app.byTestId('paste-screen')).toBeVisible();
  await expect(page).toHaveTitle('Compare results · Tandem');
  await tabTo(page, 'paste-links');
  await keyboard.type(tokens[0]);
  await keyboard.press('Enter');
  await keyboard.type(tokens[1]);
  await tabTo(page, 'compare-pasted');
  await keyboard.press('Enter');

  await expect(app.byTestId('compare-screen').getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, 'member-label');
  await keyboard.press('ControlOrMeta+a');
  await keyboard.type('Inside sales');
  await keyboard.press('Tab');
  await expect(app.byTestId('compare-curve-caption')).toContainText('A Inside sales:');
  await tabTo(page, 'copy-compare');
  await keyboard.press('Enter');
  await expect(app.byTestId('compare-status')).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await app.byTestId('compare-link').inputValue());
  expect(copied).toContain(`#/compare/1/${tokens[0]}.`);
});
