// @ts-check
// Issue 28, "a plan to take away": under where next, "Make it a plan" turns the moves a
// result shows first into a 90-day plan with an owner and check-ins, and hands it over
// as Markdown, CSV and a calendar file that a real iCalendar reader (ical.js, Mozilla's)
// takes in. The plan's words come from the bank text file, which the exports program
// fetches on the first opening: a failed fetch says so and the next opening retries.
const ICAL = require('ical.js');
const { expectNoViolations } = require('./axe');
const { expectErrors } = require('./expected-errors');
const { download } = require('./files');
const { test, expect, MIXED } = require('./tandem');

/** The moves the result shows unfolded, by title. */
async function firstMoves(page) {
  return page.getByTestId('moves').locator('.move h3').allTextContents();
}

/** Opens the plan. */
async function openPlan(app) {
  const toggle = app.byTestId('plan-toggle');
  await app.press(toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveText('Hide the plan');
}

/** Opens the plan and waits for its words to arrive. */
async function openedPlan(app) {
  await openPlan(app);
  await expect(app.byTestId('plan-step').first()).toBeVisible();
}

test.describe('make it a plan', () => {
  test('the moves shown first become a plan with owners and Friday check-ins', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    const shown = await firstMoves(page);
    await expect(app.byTestId('plan-toggle')).toHaveText('Make it a plan');
    await openPlan(app);
    await expect(app.byTestId('plan-title')).toHaveText('A 90-day plan toward Aligned');
    await expect(app.byTestId('plan-step').locator('h4')).toHaveText(shown);
    const lines = await app.byTestId('plan-check-in').allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(shown.length);
    for (const line of lines) {
      expect(line).toMatch(/^Week (2|6|12), Friday \d{1,2} \w+ \d{4}: .+\?$/);
    }
    await expectNoViolations(page, 'the plan');
  });

  test('the calendar file holds an event per check-in with the move and the result link', async ({ app, page }) => {
    await app.completeJourney(MIXED);
    const { link } = await app.readResult();
    await openedPlan(app);
    const titles = await app.byTestId('plan-step').locator('h4').allTextContents();
    const lines = await app.byTestId('plan-check-in').allTextContents();
    const { name, bytes } = await download(app, 'plan-ics');
    expect(name).toMatch(/^tandem-plan-\d{4}-\d\d-\d\d\.ics$/);
    await expect(app.byTestId('plan-status')).toHaveText(`Saved as ${name}. Look in your downloads.`);
    const calendar = new ICAL.Component(ICAL.parse(bytes.toString('utf8')));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events).toHaveLength(lines.length);
    for (const event of events) {
      const title = event.summary.replace(/^Check-in: /, '');
      expect(titles).toContain(title);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.dayOfWeek()).toBe(ICAL.Time.FRIDAY);
      const day = event.startDate.toJSDate();
      const words = `${day.getDate()} ${day.toLocaleString('en-GB', { month: 'long' })} ${day.getFullYear()}`;
      expect(lines.some((line) => line.includes(`Friday ${words}`))).toBe(true);
      expect(event.description).toContain(title);
      expect(event.description).toContain(`Result: ${link}`);
      expect(event.component.getFirstPropertyValue('url')).toBe(link);
    }
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  test('the Markdown and CSV files hold the same plan', async ({ app }) => {
    await app.completeJourney(MIXED);
    const { link } = await app.readResult();
    await openedPlan(app);
    const titles = await app.byTestId('plan-step').locator('h4').allTextContents();
    const markdown = (await download(app, 'plan-md')).bytes.toString('utf8');
    expect(markdown.startsWith('# A 90-day plan toward Aligned\n')).toBe(true);
    expect(markdown).toContain(`<${link}>`);
    titles.forEach((title, index) => expect(markdown).toContain(`## ${index + 1}. ${title}\n`));
    const csv = await download(app, 'plan-csv');
    expect(csv.name).toMatch(/^tandem-plan-\d{4}-\d\d-\d\d\.csv$/);
    const rows = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(rows[0]).toBe('Step,Move,Owner,Area,Stage now,Effort,First check-in,Second check-in,What to do');
    expect(rows.slice(1, -1).map((row) => row.split(',')[1])).toEqual(titles);
    expect(rows.at(-1)).toBe('');
  });

  test('a plan whose words do not arrive says so, and the next opening makes it', async ({ app, page, pageErrors }) => {
    await app.completeJourney(MIXED);
    await page.route(/text-[0-9a-f]+\.txt$/, (route) => route.abort());
    await page.evaluate(() => caches && caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name)))));
    await openPlan(app);
    await expect(page.locator('#plan-panel')).toHaveText(/^The plan's words could not load: .+\. Close this and make it again to retry\.$/);
    await expectErrors(pageErrors, [/^console error: Failed to load resource: net::ERR_FAILED .*text-[0-9a-f]+\.txt/]);
    await page.unroute(/text-[0-9a-f]+\.txt$/);
    await app.press(app.byTestId('plan-toggle'));
    await openPlan(app);
    await expect(app.byTestId('plan-step').first()).toBeVisible();
  });
});
