// @ts-check
// Issue 12: Tandem embedded by the README's embed.js snippet in a blog post on another
// origin (serve.mjs, /blog/embedded): the frame's height follows its content, the
// page keeps the frame's top in view on a phone, the host hears Tandem's events and
// nothing forged, the host's theme applies and hostile options change nothing.
const path = require('node:path');
const { AxeBuilder } = require('@axe-core/playwright');
const { test, expect, MIXED, expectedResult, encodeToken, QUESTIONS } = require('./tandem');
const { openPost, appFrame, heights, expectFrameFitsContent } = require('./blog');

const FOLDER = path.resolve(__dirname, '../artifacts/screenshots');

/**
 * A screenshot for review: the window with the frame's top 120 px below its top, so
 * the post's text above shows too. (A full-page shot leaves a cross-origin frame blank
 * outside the window, which Chromium does not render.)
 */
async function shot(page, testInfo, name) {
  await page.locator('[data-tandem] iframe').evaluate((f) => scrollTo(0, f.getBoundingClientRect().top + scrollY - 120));
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(FOLDER, `${testInfo.project.name}-embed-script-${name}.png`) });
}

/** The tandem:* events the host page has heard, of `type` if given. */
function heard(page, type) {
  return page.evaluate((t) => window.__tandemEvents.filter((e) => !t || e.type === t), type);
}

test.describe('embedded with embed.js', () => {
  test('the frame\'s height follows the content through a whole journey, and shrinks back', async ({ app, page, baseURL }, testInfo) => {
    await openPost(page, baseURL);
    const framed = app.inFrame();
    await expect(framed.byTestId('intro-screen')).toBeVisible();
    const intro = await expectFrameFitsContent(page);
    await shot(page, testInfo, 'intro');

    await framed.start();
    const question = await expectFrameFitsContent(page);
    expect(question).not.toBe(intro);
    for (const [index, position] of MIXED.entries()) {
      await framed.answerByClick(position);
      if (index % 6 === 5 || index === MIXED.length - 1) await expectFrameFitsContent(page);
      if (index === 11) await shot(page, testInfo, 'question');
    }
    const results = await expectFrameFitsContent(page);
    expect(results).toBeGreaterThan(question * 2);
    const expected = expectedResult(MIXED);
    expect(await framed.readResult()).toMatchObject({ stage: expected.stage, scores: expected.scores });
    await shot(page, testInfo, 'results');

    // A folded section opened makes the frame taller; closed, exactly as before.
    const scoring = framed.byTestId('scoring-rule').locator('summary');
    await framed.press(scoring);
    const opened = await expectFrameFitsContent(page);
    expect(opened).toBeGreaterThan(results);
    await framed.press(scoring);
    await expect.poll(() => expectFrameFitsContent(page)).toBe(results);

    // A narrower window reflows the text: the frame follows, both ways.
    const viewport = page.viewportSize();
    if (viewport && viewport.width > 700) {
      await page.setViewportSize({ width: 700, height: viewport.height });
      expect(await expectFrameFitsContent(page)).toBeGreaterThan(results);
      await page.setViewportSize(viewport);
      await expect.poll(() => expectFrameFitsContent(page)).toBe(results);
    }
  });

  test('the host hears ready, started, progress, completed and resized, with the result it asked for', async ({ app, page, baseURL }) => {
    await openPost(page, baseURL, { results: '1' });
    const framed = app.inFrame();
    await expect(framed.byTestId('intro-screen')).toBeVisible();
    await expect.poll(() => heard(page, 'ready')).toEqual([{ tandem: 1, type: 'ready' }]);
    await framed.start();
    await framed.answerAll(MIXED);
    const result = await framed.readResult();

    await expect.poll(async () => (await heard(page, 'completed')).length).toBe(1);
    expect(await heard(page, 'started')).toEqual([{ tandem: 1, type: 'started' }]);
    const progress = await heard(page, 'progress');
    expect(progress.map((e) => e.question)).toEqual(Array.from({ length: QUESTIONS }, (_, i) => i + 1));
    expect(progress.every((e) => e.total === QUESTIONS && e.tandem === 1)).toBe(true);
    const [completed] = await heard(page, 'completed');
    expect(completed).toMatchObject({ tandem: 1, type: 'completed', stage: result.stage, position: result.position, link: result.link });
    expect(completed.token).toBe(encodeToken(MIXED));
    expect(completed.areas.map((a) => a.score)).toEqual(result.scores);
    expect(completed.areas.map((a) => a.name)).toEqual(result.names);
    const resized = await heard(page, 'resized');
    expect(resized.length).toBeGreaterThan(2);
    expect(resized.every((e) => Number.isInteger(e.height) && e.height > 0)).toBe(true);
    // The events' order: ready first, the result last of the steps.
    const steps = (await heard(page)).filter((e) => e.type !== 'resized').map((e) => e.type);
    expect(steps[0]).toBe('ready');
    expect(steps.at(-1)).toBe('completed');
  });

  test('without data-results, completed carries no result', async ({ app, page, baseURL }) => {
    await openPost(page, baseURL);
    const framed = app.inFrame();
    await framed.ready();
    await framed.start();
    await framed.answerAll(MIXED);
    await expect.poll(() => heard(page, 'completed')).toEqual([{ tandem: 1, type: 'completed' }]);
  });

  test('messages forged by another frame or by the page itself are ignored', async ({ app, page, baseURL }) => {
    await openPost(page, baseURL);
    const framed = app.inFrame();
    await expect(framed.byTestId('intro-screen')).toBeVisible();
    const before = await expectFrameFitsContent(page);
    const count = (await heard(page)).length;
    // Another frame on the page (same origin as Tandem, even) and the host page itself.
    await page.evaluate((appOrigin) => {
      const forger = document.createElement('iframe');
      forger.src = `${appOrigin}/tools/alignment/embed.js`;
      forger.id = 'forger';
      document.body.appendChild(forger);
      return new Promise((done) => { forger.onload = done; });
    }, new URL(appFrame(page).url()).origin);
    const forger = page.frames().find((f) => f.url().endsWith('/embed.js'));
    await forger?.evaluate(() => {
      parent.postMessage({ tandem: 1, type: 'resized', height: 5 }, '*');
      parent.postMessage({ tandem: 1, type: 'completed', stage: 'Integrated' }, '*');
    });
    await page.evaluate(() => postMessage({ tandem: 1, type: 'resized', height: 7 }, '*'));
    await page.waitForTimeout(300);
    expect((await heard(page)).length).toBe(count);
    expect((await heights(page)).frameHeight).toBe(before);
  });

  test('on each step the page scrolls back to the frame\'s top when it is out of view above', async ({ app, page, baseURL }) => {
    await openPost(page, baseURL);
    const framed = app.inFrame();
    await expect(framed.byTestId('intro-screen')).toBeVisible();
    const frameTop = () => page.locator('[data-tandem] iframe').evaluate((f) => Math.round(f.getBoundingClientRect().top));
    await framed.start();
    for (const position of MIXED.slice(0, 4)) {
      // The reader scrolled down to the answers, the frame's top now above the window.
      await framed.answer(position).scrollIntoViewIfNeeded();
      await page.evaluate(() => scrollBy(0, 200));
      expect(await frameTop()).toBeLessThan(0);
      await framed.answerByClick(position);
      await expect.poll(async () => Math.abs(await frameTop())).toBeLessThanOrEqual(1);
    }
  });

  test('data-scroll="off" leaves the page where the reader scrolled it', async ({ app, page, baseURL }) => {
    await openPost(page, baseURL, { scroll: 'off' });
    const framed = app.inFrame();
    await framed.ready();
    await framed.start();
    await framed.answer(MIXED[0]).scrollIntoViewIfNeeded();
    await page.evaluate(() => scrollBy(0, 200));
    const scrolled = await page.evaluate(() => scrollY);
    await framed.answerByClick(MIXED[0]);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  });
});

/** The computed style of `selector` in Tandem's frame. */
function styleOf(page, selector, property) {
  return appFrame(page).evaluate(([s, p]) => getComputedStyle(/** @type {Element} */ (document.querySelector(s))).getPropertyValue(p), [selector, property]);
}

/** WCAG contrast of two computed rgb() colours. */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = (css.match(/[\d.]+/g) || []).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [x, y] = [luminance(a) + 0.05, luminance(b) + 0.05];
  return Math.max(x, y) / Math.min(x, y);
}

test.describe('theming through embed options', () => {
  test('dark theme, accent, radius and font apply, and the accent stays legible', async ({ app, page, baseURL }) => {
    await openPost(page, baseURL, { theme: 'dark', accent: '#1a237e', radius: '4', font: 'serif' });
    const framed = app.inFrame();
    await expect(framed.byTestId('intro-screen')).toBeVisible();
    expect(await styleOf(page, 'body', 'background-color')).toBe('rgb(18, 22, 24)');
    expect(await styleOf(page, 'body', 'font-family')).toContain('Charter');
    const start = '[data-testid=start]';
    const accent = await styleOf(page, start, 'background-color');
    // The host's dark navy, lightened until it reads on the dark page.
    expect(accent).not.toBe('rgb(26, 35, 126)');
    expect(contrast(accent, 'rgb(27, 33, 36)')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(accent, await styleOf(page, start, 'color'))).toBeGreaterThanOrEqual(4.5);
    await framed.start();
    expect(await styleOf(page, '[data-testid=answer-1]', 'border-top-left-radius')).toBe('4px');
  });

  test.describe('on a system set to dark', () => {
    test.use({ colorScheme: 'dark' });

    test('data-theme="light" keeps the light theme, and a light accent is darkened to read on it', async ({ app, page, baseURL }) => {
      await openPost(page, baseURL, { theme: 'light', accent: '#ffd54f' });
      await expect(app.inFrame().byTestId('intro-screen')).toBeVisible();
      expect(await styleOf(page, 'body', 'background-color')).toBe('rgb(247, 247, 244)');
      const accent = await styleOf(page, '[data-testid=start]', 'background-color');
      expect(contrast(accent, 'rgb(247, 247, 244)')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(accent, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);
    });
  });

  test('hostile values are refused with a warning, the defaults kept, and the app works', async ({ app, page, baseURL }) => {
    const warnings = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await openPost(page, baseURL, {
      accent: 'red;}body{display:none',
      radius: 'url(javascript:alert(1))',
      font: '</style><script>alert(1)</script>',
      theme: `dark${'x'.repeat(10_000)}`,
      transparent: '1;background:url(x)',
      'cta-label': 'Click me',
      cta: 'javascript:alert(document.domain)',
    });
    const framed = app.inFrame();
    await expect(framed.byTestId('intro-screen')).toBeVisible();
    expect(await styleOf(page, 'body', 'display')).toBe('flow-root');
    expect(await styleOf(page, 'body', 'background-color')).toBe('rgb(247, 247, 244)');
    expect(await styleOf(page, '[data-testid=start]', 'background-color')).toBe('rgb(11, 110, 105)');
    // Nothing injected: no style element or inline script, and only the app's own files.
    expect(await appFrame(page).evaluate(() => document.querySelectorAll('style, script:not([src])').length)).toBe(0);
    const sources = await appFrame(page).evaluate(() => [...document.scripts].map((s) => new URL(s.src).pathname));
    for (const source of sources) expect(source).toMatch(/^\/tools\/alignment\/(boot|start)-[0-9a-f]+\.js$/);
    for (const name of ['accent', 'radius', 'font', 'theme', 'transparent', 'the call to action']) {
      expect(warnings.some((w) => w.startsWith(`Tandem ignores ${name}`)), `a warning for ${name}: ${warnings.join(' | ')}`).toBe(true);
    }
    await framed.start();
    expect(await styleOf(page, '[data-testid=answer-1]', 'border-top-left-radius')).toBe('12px');
    await framed.answerAll(MIXED);
    await expect(framed.byTestId('results-screen')).toBeVisible();
    await expect(framed.byTestId('cta')).toHaveCount(0);
  });

  // Issue 30, item 11: these were ignored without the warning the README promises, and
  // data-results="true" gave the host no result.
  test('embed options that are wrong are ignored without the warning the README promises', async ({ app, page, baseURL }) => {
    const warnings = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await openPost(page, baseURL, { results: 'yes', scroll: 'nope', height: 'abc' });
    await expect(app.inFrame().byTestId('intro-screen')).toBeVisible();
    for (const name of ['results', 'scroll', 'height']) {
      await expect.poll(() => warnings.filter((w) => w.startsWith(`Tandem ignores ${name}`)).length, `a warning for ${name}: ${warnings.join(' | ')}`).toBe(1);
    }
    warnings.length = 0;
    await openPost(page, baseURL, { results: 'true', scroll: 'on', height: '500px' });
    await app.inFrame().start();
    await app.inFrame().answerAll(MIXED);
    await expect.poll(async () => (await heard(page, 'completed')).length).toBe(1);
    const [completed] = await heard(page, 'completed');
    expect(completed.token).toBe(encodeToken(MIXED));
    expect(warnings.filter((w) => w.startsWith('Tandem ignores'))).toEqual([]);
  });

  test('a call to action leads on from the result, filled in, in a new tab', async ({ app, page, baseURL }) => {
    await openPost(page, baseURL, { 'cta-label': 'Talk it through with us', cta: 'https://example.com/next?stage={stage}&at={position}&r={link}' });
    const framed = app.inFrame();
    await framed.ready();
    await framed.start();
    await framed.answerAll(MIXED);
    const result = await framed.readResult();
    const cta = framed.byTestId('cta');
    await expect(cta).toHaveText('Talk it through with us');
    await expect(cta).toHaveAttribute('target', '_blank');
    await expect(cta).toHaveAttribute('rel', 'noopener');
    const href = new URL(/** @type {string} */ (await cta.getAttribute('href')));
    expect(href.origin + href.pathname).toBe('https://example.com/next');
    expect(Object.fromEntries(href.searchParams)).toEqual({ stage: result.stage, at: String(result.position), r: result.link });
  });
});

test.describe('accessibility of a host page with the frame open', () => {
  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    test.describe(`${colorScheme} theme`, () => {
      test.use({ colorScheme });

      test(`axe finds no WCAG 2.2 AA violations on the intro and a question (${colorScheme})`, async ({ app, page, baseURL }) => {
        await openPost(page, baseURL, { theme: colorScheme });
        const framed = app.inFrame();
        await expect(framed.byTestId('intro-screen')).toBeVisible();
        const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect((await axe()).violations.map((v) => v.id)).toEqual([]);
        await framed.start();
        expect((await axe()).violations.map((v) => v.id)).toEqual([]);
      });
    });
  }
});
