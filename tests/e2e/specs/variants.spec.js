// @ts-check
// Issue 26: a consultancy's own deployment, built once by scripts/variants.sh into
// dist-variants/northwind/: the sample brand examples/brands/northwind (`--brand`) and
// the sample bank about sales and customer success, examples/banks/sales-success
// (`--bank`). Its pages and files name the brand, never Tandem; it asks that bank's
// questions and scores them by its stages; its result links name its bank (format 3)
// and open wherever that bank is built, in a result or a comparison; a link of another
// bank, in either direction, shows a clear screen rather than a result read against
// the wrong questions.
const { expectNoViolations } = require('./axe');
const { PNG } = require('pngjs');
const { download, pdfPages, madeOn } = require('./files');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { openPost } = require('./blog');
const { test: tandemTest, expect, MIXED, encodeToken, expectedResult, patternFor, readBank, mixedFor } = require('./tandem');

const port = Number(process.env.PORT || 4390);
const ORIGIN = `http://127.0.0.1:${port}`;
const VARIANT = `${ORIGIN}/variants/northwind/`;
const DEFAULT = `${ORIGIN}/tools/alignment/`;
const BRAND = 'Northwind Advisory';
const SAMPLE = readBank(path.resolve(__dirname, '../../../examples/banks/sales-success/bank.toml'));
/** Answers across the sample bank's stages, held back by its first area. */
const ANSWERS = mixedFor(SAMPLE);
/** The sample bank's result link token for answer positions `pattern`. */
const sampleToken = (pattern = ANSWERS) => encodeToken(pattern, { from: SAMPLE, bankId: SAMPLE.id });
const TITLE = 'Sales and customer success alignment';
/** The journey's helpers, asking the sample bank's questions. */
const test = tandemTest.extend({ app: async ({ app }, use) => use(app.asking(SAMPLE)) });
const ONE_FILE = pathToFileURL(path.resolve(__dirname, '../../../dist-variants/northwind/tandem.html')).href;

/** Expects the broken-link screen, saying the link was made with other questions. */
async function expectOtherQuestions(app) {
  await expect(app.byTestId('broken-link').getByRole('heading', { level: 1 })).toHaveText('This result link does not open');
  await expect(app.byTestId('notice-detail')).toHaveText(/different set of questions from the ones on this page.*site where it was made/);
  await expect(app.byTestId('results-screen')).toHaveCount(0);
}

/** What a visitor can read on the page: its text, title and the images' descriptions. */
function visibleWords(page) {
  return page.evaluate(() => [document.title, document.body.innerText, ...[...document.querySelectorAll('[alt]')].map((e) => e.getAttribute('alt'))].join('\n'));
}

test.describe('a deployment with a brand and a bank of its own', () => {
  test.use({ baseURL: VARIANT });

  test('its result links name its bank and reopen in a fresh browser', async ({ app, newContext }) => {
    await app.completeJourney(ANSWERS);
    const { link, stage, names, scores } = await app.readResult();
    const token = sampleToken();
    expect(token).toHaveLength(24);
    expect(link).toBe(`${VARIANT}#/r/${token}`);
    // Scored by its own areas and stages.
    expect(names).toEqual(SAMPLE.dimensions.map((d) => d.name));
    expect({ stage, scores }).toEqual({ stage: expectedResult(ANSWERS, SAMPLE).stage, scores: expectedResult(ANSWERS, SAMPLE).scores });
    await expect(app.byTestId('share-link')).toHaveValue(link);
    const elsewhere = await (await newContext()).newPage();
    await elsewhere.goto(link);
    await expect(elsewhere.getByTestId('stage-name')).toHaveText(stage ?? '');
  });

  test('its pages, manifest and embed.js name its brand and teams, and never Tandem', async ({ app, page, request }) => {
    await app.open('#/');
    await expect(app.byTestId('intro-screen').getByRole('heading', { level: 1 })).toHaveText('How well do your sales and customer success teams work together?');
    await expect(page.locator('.brand')).toHaveText(BRAND);
    const logo = page.locator('.brand img.brand-logo');
    await expect(logo).toHaveAttribute('src', /^brand-logo-[0-9a-f]{8}\.svg$/);
    expect(await logo.evaluate((img) => img.complete && img.naturalWidth > 0), 'the logo loaded').toBe(true);
    await expect(page.locator('link[rel=icon]')).toHaveAttribute('href', /^data:image\/svg\+xml,/);
    await expect(page).toHaveTitle(`${BRAND} · Sales and customer success alignment assessment`);
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /place your sales and customer success teams/);
    const manifest = await (await request.get(`${VARIANT}manifest.webmanifest`)).json();
    expect([manifest.name, manifest.short_name]).toEqual([`${BRAND} · Sales and customer success alignment assessment`, 'Northwind']);
    expect(manifest.icons).toEqual([{ src: await logo.getAttribute('src'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }]);
    expect((await request.get(`${VARIANT}${manifest.icons[0].src}`)).headers()['content-type']).toBe('image/svg+xml');
    expect(await (await request.get(`${VARIANT}embed.js`)).text(), "the frame's name, in ASCII").toContain('Northwind Advisory \\u00b7 Sales and customer success alignment assessment');
    const compare = await (await request.get(`${VARIANT}compare.html`)).text();
    expect(compare, "the logo on the comparison's placeholder").toMatch(/<p [^>]*\bclass="?brand"?[^>]*><img [^>]*\bsrc="?brand-logo-[0-9a-f]{8}\.svg/);
    expect(compare).toContain('Sales and customer success alignment results side by side');
    expect(compare).toContain(`<title>Comparison · ${BRAND}</title>`);
    const notFound = await (await request.get(`${VARIANT}404.html`)).text();
    expect(notFound).toContain(`<title>Page not found · ${BRAND}</title>`);
    const words = await visibleWords(page);
    expect(words.toLowerCase()).not.toContain('sales and marketing');
    expect(words).not.toContain('Tandem');
  });

  test('its result, picture and printed page carry the brand, and no "Made with Tandem"', async ({ app, page }) => {
    await app.completeJourney(ANSWERS);
    await expect(page).toHaveTitle(new RegExp(`^Result: .* · ${BRAND}$`));
    // The brand's call to action and its links at the foot of the page.
    const cta = app.byTestId('cta');
    await expect(cta).toHaveText('Book a free alignment workshop');
    await expect(cta).toHaveAttribute('href', new RegExp(`^https://northwind\\.example/workshop\\?stage=${expectedResult(ANSWERS, SAMPLE).stage}$`));
    const links = app.byTestId('brand-links').getByRole('link');
    await expect(links).toHaveText(['Privacy', 'Imprint']);
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(['https://northwind.example/privacy', 'https://northwind.example/imprint']);
    await expect(app.byTestId('qr-toggle')).toBeVisible();
    expect(await visibleWords(page)).not.toContain('Tandem');
    const { name, bytes } = await download(app, 'download-svg');
    expect(name).toMatch(/^northwind-(undefined|defined|aligned|integrated)-\d{4}-\d{2}-\d{2}\.svg$/);
    const texts = await page.evaluate((svg) => [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent), bytes.toString('utf8'));
    // Too long for one line beside the area chart: whose, then what about.
    expect(texts.slice(0, 2)).toEqual([BRAND, TITLE]);
    expect(bytes.toString('utf8'), 'the logo, inside the picture').toMatch(/<image [^>]*href="data:image\/svg\+xml,/);
    expect(texts.join(' ')).not.toContain('Tandem');
    // The PNG is drawn from the same picture: the logo's plum square at its top left
    // (x 64–100, y 58–94 in the picture's pixels, twice that in the PNG).
    const png = PNG.sync.read((await download(app, 'download-png')).bytes);
    const at = (4 * (png.width * 2 * 70 + 2 * 70));
    expect([...png.data.subarray(at, at + 3)], 'the logo, drawn into the PNG').toEqual([122, 31, 92]);
    const { text } = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    expect(text).toContain(madeOn().replace('Made with Tandem on', 'Made on'));
    expect(text).not.toContain('Tandem');
    expect(text, 'the brand on paper').toContain(BRAND.toUpperCase());
  });

  test("its comparison lines up its results by its own areas, and leaves out a link of Tandem's bank", async ({ app }) => {
    const top = sampleToken(patternFor('integrated', SAMPLE));
    await app.open(`compare.html#/compare/1/${sampleToken()}/${top}/${encodeToken(MIXED)}`);
    await expect(app.byTestId('compare-screen')).toBeVisible();
    await expect(app.byTestId('member')).toHaveCount(2);
    await expect(app.byTestId('member-stage').nth(1)).toContainText('Integrated');
    expect(await app.byTestId('area-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area'))))
      .toEqual(SAMPLE.dimensions.map((d) => d.id));
    await expect(app.byTestId('compare-problem')).toHaveCount(1);
    await expect(app.byTestId('compare-problem')).toContainText('different set of questions');
    expect(await visibleWords(app.page)).not.toContain('Tandem');
  });

  test("a link of Tandem's own bank says it was made with other questions", async ({ app }) => {
    await app.open(`#/r/${encodeToken(MIXED)}`);
    await expectOtherQuestions(app);
  });

  test("its links say the same in a build of Tandem's bank", async ({ app }) => {
    await app.open(`${DEFAULT}#/r/${sampleToken()}`);
    await expectOtherQuestions(app);
  });
});

test.describe('the deployment embedded, and as one file', () => {
  test('embedded by its embed.js, the frame is named after the brand and the journey never says Tandem', async ({ app, page }) => {
    await openPost(page, VARIANT, { results: '1' }, '/variants/northwind/');
    const frame = page.locator('[data-tandem] iframe');
    await expect(frame).toHaveAttribute('title', `${BRAND} · Sales and customer success alignment assessment`);
    const framed = app.inFrame('[data-tandem] iframe');
    await expect(framed.byTestId('intro-screen').getByRole('heading', { level: 1 })).toHaveText('How well do your sales and customer success teams work together?');
    // The host page has its own header and footer: the frame shows neither the brand's line nor its links.
    await expect(framed.root.locator('.brand')).toBeHidden();
    await expect(framed.byTestId('start')).toHaveCSS('background-color', ACCENT.light);
    await framed.start();
    await framed.answerAll(ANSWERS);
    await expect(framed.byTestId('brand-links')).toBeHidden();
    await expect(framed.byTestId('cta')).toHaveText('Book a free alignment workshop');
    const inside = page.frames().find((f) => f.url().includes('/variants/northwind/'));
    expect(inside, 'the frame of the deployment').toBeTruthy();
    expect(await visibleWords(/** @type {any} */ (inside))).not.toContain('Tandem');
    await expect.poll(() => page.evaluate(() => window.__tandemEvents.filter((e) => e.type === 'completed').map((e) => e.token)))
      .toEqual([sampleToken()]);
  });

  test('its one file, opened from disk, shows the logo it carries inside and never says Tandem', async ({ app, page }) => {
    const logos = page.locator('.brand img.brand-logo');
    /** Every logo on the page is the file's own data: address, and has loaded. */
    const expectLogosInside = async () => {
      await expect(logos.first()).toBeAttached();
      expect(await logos.evaluateAll((all) => all.map((img) => img.getAttribute('src')?.startsWith('data:image/svg+xml,') && img.complete && img.naturalWidth > 0)))
        .toEqual(Array(await logos.count()).fill(true));
    };
    await page.goto(ONE_FILE);
    await expectLogosInside();
    await app.ready();
    await expectLogosInside();
    await expect(page.locator('.brand')).toHaveText(BRAND);
    await app.start();
    await app.answerAll(ANSWERS);
    const { link } = await app.readResult();
    expect(link).toBe(`${ONE_FILE}#/r/${sampleToken()}`);
    await expectLogosInside();
    expect(await visibleWords(page)).not.toContain('Tandem');
    // The comparison, which the same file opens at its address, shows it too.
    await page.goto(`${ONE_FILE}#/compare/1/${sampleToken()}/${sampleToken(patternFor('integrated', SAMPLE))}`);
    await app.ready();
    await expect(app.byTestId('compare-screen')).toBeVisible();
    await expectLogosInside();
    expect(await visibleWords(page)).not.toContain('Tandem');
  });
});

/** The brand's accent per theme: as given in the light theme, where it is legible, and
 * lightened for the dark one (src/content/brand.rs; the build warns naming `accent`). */
const ACCENT = { light: 'rgb(122, 31, 92)', dark: 'rgb(175, 121, 157)' };

for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
  test.describe(`the brand's colours (${colorScheme} theme)`, () => {
    test.use({ baseURL: VARIANT, colorScheme, reducedMotion: 'reduce' });

    test('are on the buttons, and axe finds nothing on the intro and the result', async ({ app, page }) => {
      await app.open('#/');
      await expect(app.byTestId('start')).toHaveCSS('background-color', ACCENT[colorScheme]);
      await expectNoViolations(page, 'the intro');
      await app.completeJourney(ANSWERS);
      await expect(app.byTestId('qr-toggle')).toBeVisible();
      await expectNoViolations(page, 'the result');
    });
  });
}
