// @ts-check
// Issue 30, item 17: the printed report and the picture say whom they are for. The name
// typed before printing heads both; it reaches the result link (format 3, docs/formats.md)
// only when the visitor keeps it there, and such a link reopens with the name anywhere.
const { download, pdfPages, madeOn } = require('./files');
const { test, expect, MIXED, encodeToken } = require('./tandem');

const NAME = 'Northwind Advisory';

/** The texts of an SVG document, as a reader of the file would get them. */
function svgTexts(page, bytes) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent);
  }, bytes.toString('utf8'));
}

test.describe('the company a result is for', () => {
  test('a name typed before printing heads the page and the picture, and stays out of the link', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    const { link } = await app.readResult();
    await expect(app.byTestId('company-line')).toBeHidden();
    const toggle = app.byTestId('company-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(app.byTestId('company-name')).toBeHidden();
    await app.press(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await app.byTestId('company-name').fill(NAME);
    await expect(app.byTestId('company-line')).toHaveText(`For ${NAME}`);
    await expect(app.byTestId('company-in-link')).not.toBeChecked();
    await expect(app.byTestId('company-note')).toHaveText(/only in the link if you keep it there/);
    await app.byTestId('company-name').press('Tab');
    expect(page.url()).toBe(link);
    await expect(app.byTestId('share-link')).toHaveValue(link);

    const { bytes } = await download(app, 'download-svg');
    expect(await svgTexts(page, bytes)).toContain(`${NAME} · Sales and marketing alignment`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { pages, text } = await pdfPages(pdf);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain(`For ${NAME}`);
    expect(text).toContain(madeOn());
    expect(text, 'no form on paper').not.toContain('Keep the name in the result link');
  });

  test('kept in the link, the name reopens with the result in a fresh browser', async ({ app, page, newContext }) => {
    await app.completeJourney(MIXED);
    const { link, stage } = await app.readResult();
    await app.press(app.byTestId('company-toggle'));
    await app.byTestId('company-name').fill(NAME);
    await app.press(app.byTestId('company-in-link'));
    const named = `${link.split('#')[0]}#/r/${encodeToken(MIXED, { company: NAME })}`;
    await expect(page).toHaveURL(named);
    await expect(app.byTestId('share-link')).toHaveValue(named);
    await expect(app.byTestId('company-in-link')).toBeChecked();
    await expect(app.byTestId('company-in-link')).toBeFocused();
    // Still the visitor's own result, not someone else's.
    await expect(app.byTestId('results-screen').getByRole('heading', { level: 1 })).toContainText('Your teams are');

    const other = await newContext();
    const elsewhere = await other.newPage();
    await elsewhere.goto(named);
    await expect(elsewhere.getByTestId('company-line')).toHaveText(`For ${NAME}`);
    await expect(elsewhere.getByTestId('stage-name')).toHaveText(stage ?? '');
    await expect(elsewhere.getByTestId('company-toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect(elsewhere.getByTestId('company-name')).toHaveValue(NAME);
    await expect(elsewhere.getByTestId('company-in-link')).toBeChecked();

    // Unticked: the link without the name again; the name stays for the printed page.
    await app.press(app.byTestId('company-in-link'));
    await expect(page).toHaveURL(link);
    await expect(app.byTestId('company-name')).toHaveValue(NAME);
    await expect(app.byTestId('company-line')).toHaveText(`For ${NAME}`);
    await expect(app.byTestId('company-in-link')).not.toBeChecked();
  });

  test('a name changed while kept changes the link when the field is left', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    const { link } = await app.readResult();
    await app.press(app.byTestId('company-toggle'));
    await app.byTestId('company-name').fill('Acme');
    await app.press(app.byTestId('company-in-link'));
    await expect(page).toHaveURL(/#\/r\/Aw/);
    await app.byTestId('company-name').fill('Acme Europe');
    await app.byTestId('company-name').press('Enter');
    await expect(page).toHaveURL(`${link.split('#')[0]}#/r/${encodeToken(MIXED, { company: 'Acme Europe' })}`);
    await app.byTestId('company-name').fill('');
    await app.byTestId('company-name').press('Enter');
    await expect(page).toHaveURL(link);
    await expect(app.byTestId('company-line')).toBeHidden();
    await expect(app.byTestId('company-toggle')).toHaveAttribute('aria-expanded', 'false');
  });
});
