// @ts-check
// 1. The whole journey by mouse (desktop) or tap (phone), and results that follow
//    exactly from the answers given.
const { test, expect, bank, QUESTIONS, MIXED, patternFor, expectedResult } = require('./tandem');

const TOKEN_URL = /\/tools\/alignment\/#\/r\/[A-Za-z0-9_-]{16}$/;

/** Checks the results screen against the scoring rule applied to `pattern`. */
async function expectResultFor(app, pattern) {
  const expected = expectedResult(pattern);
  const result = await app.readResult();
  expect(bank.stageTitles).toContain(result.stage);
  expect(result).toMatchObject({
    stage: expected.stage,
    position: expected.position,
    scores: expected.scores,
    names: expected.names,
    moves: expected.moves,
  });
  await expect(app.page).toHaveURL(TOKEN_URL);
  expect(result.link).toBe(app.page.url());
  await expect(app.byTestId('curve-marker')).toBeVisible();
  await expect(app.byTestId('curve-caption')).toContainText(`${expected.position} out of 100`);
  await expect(app.byTestId('curve-caption')).toContainText(`in the ${expected.stage} band`);
  await expect(app.byTestId('held-back')).toHaveCount(expected.heldBack ? 1 : 0);
  await expect(app.page).toHaveTitle(`Result: ${expected.stage} · Tandem`);
  return result;
}

test.describe('whole journey by pointer', () => {
  test('start, answer every question, go back once to change an answer, see the result', async ({ app, page }) => {
    const pattern = [...MIXED];
    const revisit = 5;

    await app.open('#/');
    await expect(app.byTestId('resume')).toHaveCount(0);
    await expect(app.byTestId('start')).toHaveText('Start the assessment');
    await app.start();

    for (let number = 1; number <= QUESTIONS; number++) {
      await app.expectQuestion(number, { answered: number - 1 });
      await expect(page).toHaveURL(new RegExp(`#/q/${number}$`));
      await expect(page).toHaveTitle(`Question ${number} of ${QUESTIONS} · Tandem`);
      await expect(app.nextButton).toBeDisabled();
      await expect(app.nextButton).toHaveText(number === QUESTIONS ? 'See my result' : 'Next');

      if (number === revisit + 1) {
        // Back once: the previous question keeps its answer and the progress stays.
        await app.press(app.backButton);
        await app.expectQuestion(revisit, { answered: revisit });
        await expect(page).toHaveURL(new RegExp(`#/q/${revisit}$`));
        await app.expectSelected(pattern[revisit - 1]);
        await expect(app.nextButton).toBeEnabled();
        pattern[revisit - 1] = (pattern[revisit - 1] % 4) + 1;
        await app.answerByClick(pattern[revisit - 1]);
        await app.expectQuestion(number, { answered: number - 1 });
      }
      await app.answerByClick(pattern[number - 1]);
    }

    const result = await expectResultFor(app, pattern);
    expect(result.moves).toBeGreaterThanOrEqual(1);
    expect(result.scores).toHaveLength(bank.dimensions.length);
    await expect(app.byTestId('dimension-score')).toHaveCount(10);
    await expect(app.byTestId('strengths')).not.toBeEmpty();
    await expect(app.byTestId('retake')).toHaveText('Retake the assessment');
  });

  test('answering every question with its Undefined answer places the marker at 0', async ({ app }) => {
    const pattern = patternFor('undefined');
    await app.completeJourney(pattern);
    const result = await expectResultFor(app, pattern);
    expect(result.stage).toBe('Undefined');
    expect(result.position).toBe(0);
    expect(result.scores).toEqual(bank.dimensions.map(() => 0));
  });

  test('answering every question with its Integrated answer places the marker at 100', async ({ app }) => {
    const pattern = patternFor('integrated');
    await app.completeJourney(pattern);
    const result = await expectResultFor(app, pattern);
    expect(result.stage).toBe('Integrated');
    expect(result.position).toBe(100);
    expect(result.scores).toEqual(bank.dimensions.map(() => 100));
  });

  test('retaking from the result starts afresh at question 1 with nothing answered', async ({ app }) => {
    await app.completeJourney(patternFor('aligned'));
    await app.press(app.byTestId('retake'));
    await app.expectQuestion(1, { answered: 0 });
    await app.expectSelected(0);
  });
});
