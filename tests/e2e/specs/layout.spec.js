// @ts-check
// WCAG reflow and semantics: no horizontal scrolling at 320 px or at 200% zoom, no
// motion when the visitor asks for less, and the accessibility tree Chromium exposes
// has the roles and names a screen reader needs.
const { test, expect, bank, MIXED, encodeToken, fakeShareSheet, setDefaultFont } = require('./tandem');

const SCREENS = [
  ['intro', '#/'],
  ['question', '#/q/1'],
  ['results', `#/r/${encodeToken(MIXED)}`],
  ['broken link', '#/r/nope'],
];

/** True when the page is wider than its viewport, i.e. needs horizontal scrolling. */
const overflows = (page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test.describe('reflow', () => {
  for (const [name, hash] of SCREENS) {
    test(`${name} fits a 320 px wide screen`, async ({ app, page }) => {
      await fakeShareSheet(page); // a phone's browser shows "Share…" beside "Copy"
      await page.setViewportSize({ width: 320, height: 640 });
      await app.open(hash);
      expect(await overflows(page)).toBe(false);
    });

    test(`${name} fits at 200% zoom on a 1280 px window, even with text doubled`, async ({ app, page }) => {
      // Browser zoom to 200% on a 1280 px window leaves a 640 px CSS viewport; doubling
      // the browser's default font size on top (as a visitor's text-size setting does,
      // media queries included) checks text resizing (WCAG 1.4.4) at the same time.
      await page.setViewportSize({ width: 640, height: 400 });
      const devtools = await page.context().newCDPSession(page);
      await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await app.open(hash);
      expect(await overflows(page)).toBe(false);
    });
  }
});

test('the comparison and its link-buttons fit a 320 px screen with text doubled', async ({ app, page }) => {
  await fakeShareSheet(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  const tokens = [1, 2, 3].map((side) => encodeToken(MIXED, { profile: [side, 0, 0, 0] }));
  await app.open(`#/compare/1/${tokens.join('/')}`);
  await expect(app.byTestId('compare-screen')).toBeVisible();
  expect(await overflows(page), 'the comparison').toBe(false);
  // A link styled as a button is as tall a target as a button.
  const start = await app.byTestId('start').boundingBox();
  expect(start?.height).toBeGreaterThanOrEqual(48);
  await app.open(`#/r/${tokens[0]}`);
  await expect(app.byTestId('answer-and-compare')).toBeVisible();
  expect(await overflows(page), 'a shared result').toBe(false);
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('turns off transitions', async ({ app, page }) => {
    await app.open('#/');
    await app.start();
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('.answer, .progress-fill')].map((e) => getComputedStyle(e).transitionDuration));
    expect(durations.length).toBeGreaterThan(0);
    for (const duration of durations) expect(duration).toMatch(/^0s(, 0s)*$/);
  });
});

test.describe('accessibility tree', () => {
  test('the question screen is a heading and a named radio group', async ({ app, page }) => {
    await app.open('#/');
    await app.start();
    await app.answerByClick(MIXED[0]);
    await app.press(app.backButton);
    await expect(page.getByRole('main')).toMatchAriaSnapshot(`
      - progressbar "Answered"
      - heading /Question 1 of 24 , .+/ [level=1]
      - radiogroup:
        - radio
        - radio
        - radio
        - radio
        - radio /Not sure/
      - paragraph
      - navigation "Questions":
        - button "Back"
        - button "Next"
    `);
    const group = page.getByRole('radiogroup');
    await expect(group).toHaveAccessibleName(/.+\?$/);
    await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('the results screen names its stage, picture, sections and link', async ({ app, page }) => {
    await app.open(`#/r/${encodeToken(MIXED)}`);
    await app.readResult();
    const main = page.getByRole('main');
    // Opened from a link, with no answers of one's own: worded for its reader.
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(/^A shared result · stage \d of 4, Their teams are (Undefined|Defined|Aligned|Integrated)$/);
    // The picture is hidden from the tree; its caption says what it shows.
    await expect(main.getByRole('img')).toHaveCount(0);
    await expect(main.getByTestId('curve-caption')).toHaveText(/^Their position: \d+ out of 100 along the curve, in the \w+ band/);
    for (const name of ['Area by area', /Their next moves toward|Staying Integrated/, 'Why it matters', 'Compare with your own view', 'Keep or share this result', 'Take it with you']) {
      await expect(main.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(main.getByRole('textbox', { name: 'Result link' })).toHaveValue(/#\/r\/[A-Za-z0-9_-]{20}$/);
    await expect(main.getByRole('button', { name: 'Copy result link' })).toBeVisible();
    // Someone else's result: the way to answer and compare with it, not an invitation.
    await expect(main.getByRole('link', { name: 'Answer and compare' })).toHaveAttribute('href', /^#\/invite\/[A-Za-z0-9_-]{20}$/);
    await expect(main.getByRole('textbox', { name: 'Invitation link' })).toHaveCount(0);
    // The copy button's, the downloads' and the kept results' outcomes.
    await expect(main.getByRole('status')).toHaveCount(3);
    await expect(main.getByRole('button', { name: 'Download image (PNG)' })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Show the QR code of the link' })).toHaveAttribute('aria-expanded', 'false');
    await expect(main.getByRole('list').first().getByRole('listitem')).toHaveCount(bank.dimensions.length);
  });
});

test('the key hint shows only where there is a keyboard to use it', async ({ app }, testInfo) => {
  await app.open('#/q/1');
  const hint = app.root.locator('#answer-hint');
  await expect(hint).toContainText('Choose the answer closest to what usually happens.');
  const keys = hint.locator('.key-hint');
  if (testInfo.project.use.hasTouch) await expect(keys).toBeHidden();
  else await expect(keys).toHaveText(/Keys: 1–5 choose, Enter goes on, Backspace goes back\./);
});

test.describe('wide screens', () => {
  test('a 1280 × 800 window shows the stage beside the curve and the areas beside the first moves', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open(`#/r/${encodeToken(MIXED)}`);
    const box = async (locator) => /** @type {{x: number, y: number, width: number, height: number}} */ (await locator.boundingBox());
    const hero = await box(page.locator('.result-hero'));
    const curve = await box(app.byTestId('curve'));
    const chart = await box(app.byTestId('dimension-chart'));
    const firstMove = await box(app.byTestId('move').first());
    expect(curve.x, 'the curve to the right of the stage').toBeGreaterThanOrEqual(hero.x + hero.width);
    expect(curve.y).toBeLessThan(hero.y + hero.height);
    expect(firstMove.x, 'the moves to the right of the areas').toBeGreaterThanOrEqual(chart.x + chart.width);
    // Stage, curve, the weakest areas and the first move within about a screen and a half.
    expect(firstMove.y + firstMove.height).toBeLessThan(1.5 * 800);
    expect(chart.y).toBeLessThan(1.5 * 800);
    // Clearly shorter than the single column just below the two columns' width (3,424 px
    // wide with "where next"; 3,150 against 3,800 before it).
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const wide = await height();
    await page.setViewportSize({ width: 990, height: 800 });
    await expect(page.locator('.screen.results')).toHaveCSS('display', 'block');
    expect(wide, 'shorter than the single column').toBeLessThan(0.9 * (await height()));
  });

  test('a phone keeps one column', async ({ app, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await app.open(`#/r/${encodeToken(MIXED)}`);
    const hero = await page.locator('.result-hero').boundingBox();
    const curve = await app.byTestId('curve').boundingBox();
    expect(curve && hero && curve.y).toBeGreaterThanOrEqual((hero?.y ?? 0) + (hero?.height ?? 0));
  });
});

/** Issue 30, item 6: a new screen's heading took focus scrolled to the very top of the
 * window, so on a phone question 1 opened with its progress bar hidden above, and the
 * result with its card's top cut off. A new screen opens at its top. */
test.describe('a new screen opens at its top', () => {
  /** How far above the window's top `locator` starts, in px (0 when in view). */
  const hiddenAbove = (locator) => locator.evaluate((element) => Math.max(0, -element.getBoundingClientRect().top));

  test('question 1, after the profile scrolled to its end, shows its progress bar', async ({ app }) => {
    await app.open('#/');
    await app.press(app.byTestId('start'));
    await expect(app.byTestId('profile-screen')).toBeVisible();
    await app.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await app.press(app.byTestId('skip-profile'));
    await app.expectQuestion(1);
    expect(await hiddenAbove(app.byTestId('progress'))).toBe(0);
    expect(await app.page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('the result, after the last answer, shows its card whole', async ({ app }) => {
    await app.open('#/');
    await app.start();
    await app.answerAll(MIXED.slice(0, -1));
    await app.expectQuestion(MIXED.length);
    await app.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await app.answerByClick(MIXED[MIXED.length - 1]);
    await expect(app.byTestId('results-screen')).toBeVisible();
    expect(await hiddenAbove(app.page.locator('.result-hero'))).toBe(0);
    expect(await app.page.evaluate(() => window.scrollY)).toBe(0);
  });
});

/** Issue 30, item 8: the stages' names under the curve were drawn as equal quarters
 * while the bands are 0–17, 18–50, 51–83 and 84–100 ("Integrated" began about 45 px
 * left of its band), and with large text they wrapped into a grid that matched no band,
 * breaking words. Where they fit, each name stands exactly under its band; where they
 * do not, they are a key, each name whole beside a swatch of its band's colour. */
test.describe('the stages\' names under the curve', () => {
  /** Each name's box and its band's, in px. */
  const boxes = (app) =>
    app.byTestId('curve').evaluate((curve) =>
      [...curve.querySelectorAll('.band-labels li')].map((label, band) => {
        const name = label.getBoundingClientRect();
        const rect = curve.querySelector(`rect.band[data-band="${band}"]`).getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(label);
        return { left: name.left, right: name.right, bandLeft: rect.left, bandRight: rect.right, lines: text.getClientRects().length, textRight: text.getBoundingClientRect().right };
      }));

  test('stand exactly under their bands on a wide screen', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open(`#/r/${encodeToken(MIXED)}`);
    await app.readResult();
    const names = await boxes(app);
    expect(names).toHaveLength(4);
    for (const [band, name] of names.entries()) {
      expect(Math.abs(name.left - name.bandLeft), `band ${band}'s left edge`).toBeLessThan(1.5);
      expect(Math.abs(name.right - name.bandRight), `band ${band}'s right edge`).toBeLessThan(1.5);
      expect(name.lines, `band ${band}'s name on one line`).toBe(1);
    }
  });

  test('are a key of whole words at 320 px with 24 px text', async ({ app, page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await setDefaultFont(page, 24);
    await app.open(`#/r/${encodeToken(MIXED)}`);
    await app.readResult();
    for (const [band, name] of (await boxes(app)).entries()) {
      expect(name.lines, `band ${band}'s name is not broken`).toBe(1);
      expect(name.textRight, `band ${band}'s name fits the screen`).toBeLessThanOrEqual(320);
    }
    const swatches = await app.byTestId('curve').evaluate((curve) =>
      [...curve.querySelectorAll('.band-labels li')].map((label) => getComputedStyle(label, '::before').backgroundColor));
    const bands = await app.byTestId('curve').evaluate((curve) =>
      [...curve.querySelectorAll('rect.band')].map((rect) => getComputedStyle(rect).fill));
    expect(swatches, 'each name beside its band\'s colour').toEqual(bands);
  });
});
