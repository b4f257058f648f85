// @ts-check
// 2. The whole journey by keyboard alone (desktop only: the phone project has no
//    hardware keyboard), ending with the result link copied to the clipboard.
const { test, expect, QUESTIONS, NOT_SURE, MIXED, expectedResult } = require('./tandem');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The data-testid of the focused element, polled until it is `testid`. */
async function expectFocusOn(page, testid) {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName))
    .toBe(testid);
}

test.describe('whole journey by keyboard', () => {
  test('Tab and Enter to start, keys to answer, Backspace once, Enter to copy the link', async ({ app, page }) => {
    const { keyboard } = page;
    const pattern = [...MIXED];
    // "Not sure" by each way of choosing: arrows and Space (2), its digit (3), wrong digit then ArrowUp (7).
    for (const number of [2, 3, 7]) pattern[number - 1] = NOT_SURE;
    const revisit = 12;

    await app.open('#/');
    await keyboard.press('Tab');
    await expectFocusOn(page, 'start');
    await keyboard.press('Enter');

    // The profile: arrows choose within a group, Tab goes on to the next, Enter continues.
    await expect(app.byTestId('profile-screen').getByRole('heading', { level: 1 })).toBeFocused();
    await keyboard.press('Tab');
    await keyboard.press('ArrowDown');
    await expect(app.byTestId('profile-side-1')).toBeChecked();
    for (let presses = 0; presses < 10; presses++) {
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (focused === 'next') break;
      await keyboard.press('Tab');
    }
    await expectFocusOn(page, 'next');
    await keyboard.press('Enter');

    for (let number = 1; number <= QUESTIONS; number++) {
      await app.expectQuestion(number, { answered: number - 1 });
      await expectFocusOn(page, 'question-heading');
      const want = pattern[number - 1];

      if (number === revisit + 1) {
        // Backspace once: back to the previous question, its answer kept; change it.
        await keyboard.press('Backspace');
        await app.expectQuestion(revisit, { answered: revisit });
        await expectFocusOn(page, 'question-heading');
        await app.expectSelected(pattern[revisit - 1]);
        await keyboard.press('ArrowUp');
        pattern[revisit - 1] = ((pattern[revisit - 1] + 3) % 5) + 1;
        await app.expectSelected(pattern[revisit - 1]);
        await keyboard.press('Enter');
        await app.expectQuestion(number, { answered: number - 1 });
        await expectFocusOn(page, 'question-heading');
      }

      switch (number % 3) {
        case 0: {
          // A digit chooses without moving on.
          await keyboard.press(String(want));
          break;
        }
        case 1: {
          // A wrong digit first, then ArrowDown / ArrowUp walk to the answer (wrapping).
          const wrong = (want % 5) + 1;
          await keyboard.press(String(wrong));
          await app.expectSelected(wrong);
          await keyboard.press('ArrowUp');
          break;
        }
        default: {
          // Tab into the radio group: arrows move the selection and focus follows it.
          await keyboard.press('Tab');
          await expectFocusOn(page, 'answer-1');
          for (let step = 0; step < want; step++) await keyboard.press('ArrowDown');
          await expectFocusOn(page, want === NOT_SURE ? 'not-sure' : `answer-${want}`);
          await keyboard.press(' ');
        }
      }
      await app.expectSelected(want);
      // Choosing by keyboard never moves on by itself.
      await expect(app.meta).toContainText(`Question ${number} of ${QUESTIONS}`);
      await expect(app.nextButton).toBeEnabled();
      await keyboard.press('Enter');
    }

    // The result's heading takes focus, so reading and tabbing start from the top.
    await expect(app.byTestId('results-screen').getByRole('heading', { level: 1 })).toBeFocused();
    const expected = expectedResult(pattern);
    const result = await app.readResult();
    expect(result).toMatchObject({ stage: expected.stage, position: expected.position, scores: expected.scores });

    // Tab from the result heading to the copy button, then Enter.
    for (let presses = 0; presses < 30; presses++) {
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (focused === 'copy-link') break;
      await keyboard.press('Tab');
    }
    await expect(app.byTestId('copy-link')).toBeFocused();
    await keyboard.press('Enter');
    await expect(app.byTestId('copy-status')).toContainText('Link copied');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(result.link);
    expect(clipboard).toBe(page.url());
  });
});
