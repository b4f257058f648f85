// @ts-check
// Full-page screenshots of each screen, per project, for review (and the exported
// picture, the printed report, also from a dark screen, and the printed comparison;
// and the sample brand with the sample bank, scripts/variants.sh's northwind):
// tests/e2e/artifacts/screenshots/<project>-<screen>.png (git-ignored). Not a test of
// the suite: playwright.screenshots.config.js runs it, and scripts/test.sh counts none
// of its passes.
const path = require('node:path');
const { test, expect, MIXED, encodeToken, fakeShareSheet, patternFor, readBank, mixedFor } = require('./tandem');

const FOLDER = path.resolve(__dirname, '../artifacts/screenshots');

test.use({ reducedMotion: 'reduce' });

test.describe('screenshots', () => {
  test('progress over time: a retake against a kept result', async ({ app, page }, testInfo) => {
    await app.completeJourney(MIXED);
    await app.press(app.byTestId('history-keep'));
    await expect(app.byTestId('history-kept')).toBeVisible();
    await app.completeJourney(patternFor('aligned'));
    await expect(app.byTestId('retake-view')).toBeVisible();
    await app.press(app.byTestId('history-list-toggle'));
    await page.locator('section.history').screenshot({ path: path.join(FOLDER, `${testInfo.project.name}-retake.png`), animations: 'disabled' });
  });

  test('intro, question, results and broken link', async ({ app, page }, testInfo) => {
    const shoot = (screen) =>
      page.screenshot({ path: path.join(FOLDER, `${testInfo.project.name}-${screen}.png`), fullPage: true, animations: 'disabled' });
    await fakeShareSheet(page); // as a phone's browser has one

    await app.open('#/');
    await expect(app.byTestId('intro-screen')).toBeVisible();
    await shoot('intro');

    await app.start();
    await app.answerByClick(MIXED[0]);
    await app.press(app.backButton);
    await app.expectQuestion(1, { answered: 1 });
    await app.expectSelected(MIXED[0]);
    await shoot('question');

    await app.press(app.nextButton);
    await app.answerAll(MIXED, { from: 2 });
    await app.readResult();
    await shoot('results');
    // Where next: the change named, and the explorer with that area raised.
    await app.press(app.byTestId('explorer-toggle'));
    await app.press(app.byTestId('explorer-raise').first());
    await page.locator('.where-next').screenshot({ path: path.join(FOLDER, `${testInfo.project.name}-where-next.png`), animations: 'disabled' });
    await app.press(app.byTestId('explorer-reset'));
    await app.press(app.byTestId('explorer-toggle'));
    // The plan, opened under where next.
    await app.press(app.byTestId('plan-toggle'));
    await expect(app.byTestId('plan-step').first()).toBeVisible();
    await page.locator('.where-next').screenshot({ path: path.join(FOLDER, `${testInfo.project.name}-plan.png`), animations: 'disabled' });
    await app.press(app.byTestId('plan-toggle'));
    // The exports: the QR code unfolded, the picture as downloaded (light and dark),
    // and the printed report (PDF, to render with pdftoppm).
    await app.press(app.byTestId('qr-toggle'));
    await expect(app.byTestId('qr-image')).toBeVisible();
    await app.byTestId('exports').screenshot({ path: path.join(FOLDER, `${testInfo.project.name}-results-exports.png`) });
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      const [picture] = await Promise.all([page.waitForEvent('download'), app.press(app.byTestId('download-png'))]);
      await picture.saveAs(path.join(FOLDER, `${testInfo.project.name}-picture-${scheme}.png`));
    }
    await page.pdf({ path: path.join(FOLDER, `${testInfo.project.name}-report-dark-screen.pdf`), format: 'A4', printBackground: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.pdf({ path: path.join(FOLDER, `${testInfo.project.name}-report.pdf`), format: 'A4', printBackground: true });

    await app.open(`#/invite/${encodeToken(MIXED, { profile: [1, 0, 0, 0] })}`);
    await expect(app.byTestId('invited')).toBeVisible();
    await shoot('invitation');

    await app.open(`#/compare/1/${encodeToken(MIXED, { profile: [1, 0, 0, 0] })}/${encodeToken(patternFor('aligned'), { profile: [2, 0, 0, 0] })}`);
    await expect(app.byTestId('compare-screen')).toBeVisible();
    await shoot('comparison');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot('comparison-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    const group = ['undefined', 'defined', 'aligned', 'integrated'].map((stage, i) => encodeToken(patternFor(stage), { profile: [(i % 3) + 1, 0, 0, 0] }));
    await app.open(`#/compare/1/${group.join('/')}/${group[1].slice(0, 10)}`);
    await expect(app.byTestId('average-key')).toBeVisible();
    await shoot('comparison-group');
    await page.pdf({ path: path.join(FOLDER, `${testInfo.project.name}-comparison.pdf`), format: 'A4', printBackground: true });

    await app.open(`#/r/${encodeToken(MIXED).slice(0, -2)}`);
    await expect(app.byTestId('broken-link')).toBeVisible();
    await shoot('broken-link');
  });

  test('the sample brand and bank: intro, result, picture and printed page', async ({ app, page, baseURL }, testInfo) => {
    const sample = readBank(path.resolve(__dirname, '../../../examples/banks/sales-success/bank.toml'));
    const branded = app.asking(sample);
    const name = (what) => path.join(FOLDER, `${testInfo.project.name}-northwind-${what}`);
    await page.goto(new URL('/variants/northwind/#/', baseURL).href);
    await branded.ready();
    await page.screenshot({ path: name('intro.png'), fullPage: true, animations: 'disabled' });
    await branded.start();
    await branded.answerAll(mixedFor(sample));
    await branded.readResult();
    await page.screenshot({ path: name('results.png'), fullPage: true, animations: 'disabled' });
    const [picture] = await Promise.all([page.waitForEvent('download'), branded.press(branded.byTestId('download-png'))]);
    await picture.saveAs(name('picture.png'));
    await page.pdf({ path: name('report.pdf'), format: 'A4', printBackground: true });
  });
});
