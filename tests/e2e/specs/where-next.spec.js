// @ts-check
// Issue 28, "what would move us": a result says which areas, raised by how many stages,
// would place the teams a stage higher (src/assessment/what_if.rs), each leading to its
// move; the explorer raises and lowers areas to show where the teams would stand, by
// pointer and by keyboard, and never touches the result, its link or its address.
const { expectNoViolations } = require('./axe');
const { test, expect, MIXED, patternFor, bank } = require('./tandem');

/** The changes the result names: [area, stage] pairs, as its words say them. */
async function namedChanges(app) {
  const changes = await app.byTestId('what-if').locator('button, strong').allTextContents();
  return changes.map((change) => {
    const [, area, stage] = /** @type {RegExpMatchArray} */ (change.match(/^(.*) to (\w+)$/));
    return [area, stage];
  });
}

/** The explorer's row of `area`. */
function row(app, area) {
  return app.byTestId('explorer-area').filter({ has: app.page.locator('.explorer-name', { hasText: new RegExp(`^${area}$`) }) });
}

/** Opens the explorer. */
async function openExplorer(app) {
  const toggle = app.byTestId('explorer-toggle');
  await app.press(toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(app.byTestId('explorer-status')).toBeVisible();
}

test.describe('where next', () => {
  test('a capped result names the one change that would lift it, and leads to its move', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    await expect(app.byTestId('stage-name')).toHaveText('Defined');
    const area = bank.dimensions[0].name;
    await expect(page.locator('#where-next-heading')).toHaveText('What would make the teams Aligned');
    await expect(app.byTestId('what-if')).toHaveText(`One change would place the teams at Aligned: ${area} to Defined.`);
    await expect(app.byTestId('what-if-cap')).toHaveText(`${area} holds the rest back: raising it by one stage would be enough on its own for Aligned.`);
    await expect(page.locator('.where-next')).not.toContainText(/answer \d|choose/i);
    await app.press(app.byTestId('what-if-change'));
    const move = page.locator(`.move[data-area="${bank.dimensions[0].id}"]`);
    await expect(move).toBeFocused();
    await expect(move).toBeInViewport();
  });

  for (const [what, pattern] of /** @type {const} */ ([['a capped result', MIXED], ['an even Defined result', patternFor('defined')], ['an even Aligned result', patternFor('aligned')]])) {
    test(`raising exactly the areas named for ${what} reaches the stage named, and the result stays`, async ({ app, page }) => {
      await app.completeJourney(pattern);
      const before = await app.readResult();
      const toward = (await page.locator('#where-next-heading').textContent())?.replace('What would make the teams ', '');
      await openExplorer(app);
      for (const [area, stage] of await namedChanges(app)) {
        const target = row(app, area);
        while (!((await target.getByTestId('explorer-stage').textContent()) ?? '').startsWith(stage)) {
          await app.press(target.getByTestId('explorer-raise'));
        }
      }
      await expect(app.byTestId('explorer-status')).toHaveText(new RegExp(`^What if: ${toward}, \\d+ of 100\\. The result stays ${before.stage}, ${before.position} of 100\\.$`));
      await expect(app.byTestId('explorer-curve').locator('circle')).toHaveCount(2);
      // The result, its link and the address are as they were.
      expect(await app.readResult()).toEqual(before);
      expect(page.url()).toBe(before.link);
      await app.press(app.byTestId('explorer-reset'));
      await expect(app.byTestId('explorer-status')).toHaveText(`Raise or lower an area to see where the teams would stand. The result: ${before.stage}, ${before.position} of 100.`);
      await expect(app.byTestId('explorer-curve').locator('circle')).toHaveCount(1);
    });
  }

  test('at the top there is nothing to reach, but the explorer still answers what if', async ({ app, page }) => {
    await app.completeJourney(patternFor('integrated'));
    await expect(page.locator('#where-next-heading')).toHaveText('What if an area changed');
    await expect(app.byTestId('what-if')).toHaveCount(0);
    await openExplorer(app);
    await app.press(app.byTestId('explorer-lower').first());
    await expect(app.byTestId('explorer-status')).toHaveText(/^What if: (Integrated|Aligned), \d+ of 100\. The result stays Integrated, 100 of 100\.$/);
  });

  test('axe finds nothing with the explorer open and an area moved', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    await openExplorer(app);
    await app.press(app.byTestId('explorer-raise').first());
    await expectNoViolations(page, 'the result with the explorer open');
  });
});
