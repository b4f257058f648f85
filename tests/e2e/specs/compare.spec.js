// @ts-check
// 11. Comparing results: Sales invites Marketing, Marketing's last answer opens both
//     side by side, and the comparison link reopens it anywhere; a broken part is named
//     while the rest show; four pasted links make a group with an average and spreads;
//     the comparison by keyboard alone. (axe-core on the comparison: a11y.spec.js.)
const { test, expect, Tandem, bank, encodeToken, expectedResult, patternFor, MIXED, setDefaultFont } = require('./tandem');

/** Side option numbers (from 1) as the profile lists them. */
const SALES = 1;
const MARKETING = 2;

/** Answers every question of `pattern` from question 1 and waits for the comparison. */
async function answerToComparison(app, pattern) {
  for (let number = 1; number < pattern.length; number++) {
    await app.expectQuestion(number);
    await app.answerByClick(pattern[number - 1]);
  }
  await app.expectQuestion(pattern.length);
  await app.press(app.answer(pattern[pattern.length - 1]));
  await expect(app.byTestId('compare-screen')).toBeVisible();
}

/** `count` different results (distinct answers), none with a side. */
function distinctTokens(count) {
  return Array.from({ length: count }, (_, i) => encodeToken(patternFor('aligned').map((answer, q) => (q < 4 ? ((i >> q) & 1) + 1 : answer))));
}

/** The gaps as the screen ranks them: area names, largest difference first. */
function rankedGaps(results) {
  const names = bank.dimensions.map((d) => d.name);
  const gaps = names
    .map((name, i) => {
      const scores = results.map((r) => r.scores[i]);
      if (scores.some((s) => s === null)) return null;
      return { name, spread: Math.max(...scores) - Math.min(...scores), index: i };
    })
    .filter((g) => g && g.spread > 15);
  gaps.sort((a, b) => b.spread - a.spread || a.index - b.index);
  return gaps.map((g) => g.name);
}

/** What a comparison screen shows, for comparing two openings of it. */
async function readComparison(app) {
  await expect(app.byTestId('compare-screen')).toBeVisible();
  return {
    labels: await app.byTestId('member-label').evaluateAll((inputs) => inputs.map((i) => /** @type {HTMLInputElement} */ (i).value)),
    stages: await app.byTestId('member-stage').allTextContents(),
    caption: await app.byTestId('compare-curve-caption').textContent(),
    gaps: await app.byTestId('gap').locator('h3').allTextContents(),
    areas: await app.byTestId('area-scores').allTextContents(),
    agreement: await app.byTestId('agreement').textContent(),
    link: await app.byTestId('compare-link').inputValue(),
  };
}

test.describe('comparison', () => {
  test('Sales invites Marketing; the last answer opens both; the link reopens it elsewhere', async ({ app, page, newContext }, testInfo) => {
    const touch = Boolean(testInfo.project.use.hasTouch);
    const salesPattern = patternFor('integrated');
    const marketingPattern = MIXED;
    const sales = expectedResult(salesPattern);
    const marketing = expectedResult(marketingPattern);

    await app.open('#/');
    await app.startWithProfile({ side: SALES });
    await app.answerAll(salesPattern);
    const salesResult = await app.readResult();
    const invite = await app.byTestId('invite-link').inputValue();
    const salesToken = encodeToken(salesPattern, { profile: [SALES, 0, 0, 0] });
    expect(invite).toBe(new URL(`#/invite/${salesToken}`, page.url()).href);
    expect(salesResult.link).toContain(salesToken);

    // The colleague, in a browser of their own.
    const theirs = new Tandem(await (await newContext()).newPage(), { touch });
    await theirs.open(invite);
    await expect(theirs.byTestId('intro-screen')).toBeVisible();
    await expect(theirs.byTestId('invited')).toContainText('Sales');
    await expect(theirs.page).toHaveURL(/#\/$/);
    // A reload keeps the invitation (it is stored with the progress).
    await theirs.page.reload();
    await expect(theirs.byTestId('invited')).toContainText('Sales');
    await theirs.startWithProfile({ side: MARKETING });
    await answerToComparison(theirs, marketingPattern);

    const shown = await readComparison(theirs);
    expect(shown.labels).toEqual(['Sales', 'Marketing']);
    const curve = theirs.byTestId('compare-curve');
    await expect(curve.locator('.key')).toHaveCount(2);
    await expect(curve.locator('.key text')).toHaveText(['A', 'B']);
    expect(shown.caption).toContain(`A Sales: ${sales.position} out of 100, ${sales.stage}.`);
    expect(shown.caption).toContain(`B Marketing: ${marketing.position} out of 100, ${marketing.stage}.`);
    const gaps = rankedGaps([sales, marketing]);
    expect(shown.gaps).toEqual(gaps);
    const biggest = bank.dimensions.findIndex((d) => d.name === gaps[0]);
    await expect(theirs.byTestId('gap').first().getByTestId('gap-scores')).toHaveText(
      `Sales at ${sales.scores[biggest]}, Marketing at ${marketing.scores[biggest]}: ${Math.abs(sales.scores[biggest] - marketing.scores[biggest])} points apart.`,
    );
    await expect(theirs.byTestId('gap').first()).toContainText('To discuss together:');
    await expect(theirs.page).toHaveURL(shown.link);

    // The comparison link opens the same comparison in a third, fresh browser.
    const third = new Tandem(await (await newContext()).newPage(), { touch });
    await third.open(shown.link);
    expect(await readComparison(third)).toEqual(shown);
    expect(await third.page.evaluate(() => localStorage.length), 'viewing stores nothing').toBe(0);

    // A new label rewrites the link, and the new link keeps it.
    await third.byTestId('member-label').first().fill('Field sales');
    await third.byTestId('member-label').first().press('Enter');
    await expect(third.byTestId('compare-curve-caption')).toContainText('A Field sales:');
    const relabelled = await third.byTestId('compare-link').inputValue();
    expect(relabelled).not.toBe(shown.link);
    await expect(third.page).toHaveURL(relabelled);
    await page.goto(relabelled);
    expect((await readComparison(app)).labels).toEqual(['Field sales', 'Marketing']);
  });

  test('a comparison link with one broken part names it and shows the others', async ({ app }) => {
    const first = encodeToken(patternFor('defined'), { profile: [SALES, 0, 0, 0] });
    const second = encodeToken(patternFor('aligned'), { profile: [MARKETING, 0, 0, 0] });
    const third = encodeToken(patternFor('integrated'), { profile: [3, 0, 0, 0] });
    await app.open(`#/compare/1/${first}/${second.slice(0, 12)}/${third}`);
    await expect(app.byTestId('compare-problem')).toHaveCount(1);
    await expect(app.byTestId('compare-problem')).toContainText('The second link is cut short');
    expect((await readComparison(app)).labels).toEqual(['Sales', 'Leadership over both']);
    // The address stays as it was given; the link to copy holds the results that open.
    await expect(app.page).toHaveURL(new RegExp(`${second.slice(0, 12)}/`));
    expect(await app.byTestId('compare-link').inputValue()).toMatch(new RegExp(`#/compare/1/${first}/${third}$`));
  });

  test('four pasted links make a group with its average and each area\'s spread', async ({ app }) => {
    const stages = ['undefined', 'defined', 'aligned', 'integrated'];
    const tokens = stages.map((stage, i) => encodeToken(patternFor(stage), { profile: [(i % 3) + 1, 0, 0, 0] }));
    await app.open('#/');
    await app.press(app.byTestId('compare-others'));
    await expect(app.byTestId('paste-screen')).toBeVisible();
    const base = new URL('./', app.page.url()).href;
    const lines = [`${base}#/r/${tokens[0]}`, '', `  ${tokens[1]}  `, `${base}#/r/${tokens[2]})`, `${base}#/r/${tokens[3]}`];
    await app.byTestId('paste-links').fill(lines.join('\n'));
    await app.press(app.byTestId('compare-pasted'));
    const shown = await readComparison(app);
    expect(shown.labels).toEqual(['Sales 1', 'Marketing', 'Leadership over both', 'Sales 2']);
    await expect(app.byTestId('compare-curve').locator('.key')).toHaveCount(4);
    await expect(app.byTestId('group-marker')).toHaveCount(1);
    await expect(app.byTestId('average-key')).toBeVisible();
    // Positions 0, 33, 67 and 100: the average is 50.
    expect(shown.caption).toContain('Group average: 50 out of 100, Defined.');
    expect(shown.areas[0]).toBe('Sales 1 at 0, Marketing at 33, Leadership over both at 67, Sales 2 at 100. Spread: 0–100.');
    await expect(app.byTestId('gap').first().getByTestId('gap-scores')).toHaveText('From 0 (Sales 1) to 100 (Sales 2): 100 points apart.');
    await expect(app.page).toHaveURL(shown.link);
  });

  test('more than twelve results: the first twelve show and the rest are named', async ({ app }) => {
    const tokens = distinctTokens(14);
    await app.open(`#/compare/1/${tokens.join('/')}`);
    await expect(app.byTestId('member')).toHaveCount(12);
    await expect(app.byTestId('left-out')).toHaveText('A comparison shows at most 12 results, so the last 2 given are left out.');
  });

  test('a comparison link of an unknown format says so', async ({ app }) => {
    await app.open(`#/compare/9/${encodeToken(patternFor('aligned'))}`);
    await expect(app.byTestId('broken-link')).toContainText('This comparison link does not open');
  });

  // Issue 30, item 1: a paste that showed notices left the address at #/compare, so a
  // reload (or a relabel, then a reload) showed an empty form.
  test('a pasted comparison is lost on reload whenever a notice shows', async ({ app, page }) => {
    const tokens = distinctTokens(13);
    await app.open('compare.html#/compare');
    await expect(app.byTestId('paste-screen')).toBeVisible();
    await app.byTestId('paste-links').fill(tokens.join('\n'));
    await app.press(app.byTestId('compare-pasted'));
    await expect(app.byTestId('left-out')).toHaveText('A comparison shows at most 12 results, so the last one given is left out.');
    await expect(page).toHaveURL(new RegExp(`#/compare/1/${tokens[0]}/`));
    await app.byTestId('member-label').first().fill('Field sales');
    await app.byTestId('member-label').first().press('Enter');
    await expect(page).toHaveURL(/#\/compare\/1\/[^/]+\.RmllbGQgc2FsZXM\//);
    await page.reload();
    await expect(app.byTestId('member')).toHaveCount(12);
    await expect(app.byTestId('member-label').first()).toHaveValue('Field sales');
  });

  // Issue 30, item 4: links on one line were cut to the last one without a word, and a
  // paste that did not make a comparison cleared what the visitor typed.
  test('several links on one line are cut to one silently', async ({ app, page }) => {
    const [first, second, third] = distinctTokens(3);
    await app.open('compare.html#/compare');
    const address = (token) => new URL(`#/r/${token}`, page.url()).href;
    const failing = `${address(first)}, ${first.slice(0, 12)}`;
    await app.byTestId('paste-links').fill(failing);
    await app.press(app.byTestId('compare-pasted'));
    await expect(app.byTestId('too-few')).toBeVisible();
    await expect(app.byTestId('compare-problem')).toHaveText(['The second link is cut short, so it is left out.']);
    await expect(app.byTestId('paste-links')).toHaveValue(failing);
    await app.byTestId('paste-links').fill(`${address(first)}, ${address(second)} ${first}`);
    await app.press(app.byTestId('compare-pasted'));
    await expect(app.byTestId('member')).toHaveCount(2);
    await expect(app.byTestId('compare-problem')).toHaveText(['The third link is the same result as the first, so it is left out.']);
    // The form under the comparison adds to it.
    await app.press(app.root.locator('details.paste-again summary'));
    await app.byTestId('paste-links').fill(third);
    await app.press(app.byTestId('compare-pasted'));
    await expect(app.byTestId('member')).toHaveCount(3);
    await expect(page).toHaveURL(new RegExp(`#/compare/1/${first}/${second}/${third}$`));
  });
});

/** Issue 30, item 3: the invitation's card led with "Take it without comparing" while
 * the action it is about sat far below; and with a finished result kept, "See my last
 * result" opened the comparison without saying so. */
test.describe('an invitation leads with comparing', () => {
  const invitation = () => `#/invite/${encodeToken(MIXED, { profile: [SALES, 0, 0, 0] })}`;

  test('its first button, the primary one, starts the assessment; declining comes after, quietly', async ({ app }) => {
    await app.open(invitation());
    const buttons = app.byTestId('intro-screen').locator('button');
    await expect(buttons.first()).toHaveText('Start the assessment');
    await expect(buttons.first()).toHaveClass(/primary/);
    await expect(app.byTestId('decline-invite')).not.toHaveClass(/primary/);
    const order = await buttons.evaluateAll((all) => all.map((button) => button.dataset.testid));
    expect(order.indexOf('start')).toBeLessThan(order.indexOf('decline-invite'));
    await app.press(buttons.first());
    await expect(app.byTestId('profile-screen')).toBeVisible();
  });

  test('with a finished result kept, the button says it compares with it, and does', async ({ app }) => {
    await app.completeJourney(patternFor('aligned'));
    await app.open(invitation());
    await expect(app.byTestId('resume')).toHaveText('Compare with my last result');
    await app.press(app.byTestId('resume'));
    await expect(app.byTestId('compare-screen')).toBeVisible();
    await expect(app.byTestId('send-back')).toBeVisible();
  });

  /** Issue 30, item 15: the inviter never saw the comparison unless the colleague
   * thought of sending it back. The colleague's comparison now offers to, and says
   * that nothing was sent yet; nobody else is offered it. */
  test('the colleague\'s comparison offers to send it back, says nothing was sent, and only to them', async ({ app, newContext }, testInfo) => {
    await app.open(invitation());
    await app.startWithProfile({ side: MARKETING });
    await answerToComparison(app, patternFor('integrated'));
    const offer = app.byTestId('send-back');
    await expect(offer).toBeVisible();
    await expect(offer).toContainText('nothing has been sent anywhere yet');
    const link = await app.byTestId('compare-link').inputValue();
    await expect(app.byTestId('send-back-link')).toHaveValue(link);
    const mail = await app.byTestId('mail-send-back').getAttribute('href');
    expect(mail).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(String(mail).split('&body=')[1])).toContain(link);
    await app.press(app.byTestId('copy-send-back'));
    await expect(app.byTestId('send-back-status')).not.toBeEmpty();
    // A reload of the colleague's tab keeps the offer; a new label keeps it too.
    await app.page.reload();
    await expect(app.byTestId('send-back')).toBeVisible();
    await app.byTestId('member-label').first().fill('Inside sales');
    await app.byTestId('member-label').first().press('Enter');
    await expect(app.byTestId('send-back-link')).toHaveValue(/\.SW5zaWRlIHNhbGVz\//);
    // Whoever receives the link sees the comparison without the offer.
    const inviter = new Tandem(await (await newContext()).newPage(), { touch: Boolean(testInfo.project.use.hasTouch) });
    await inviter.open(link);
    await expect(inviter.byTestId('compare-screen')).toBeVisible();
    await expect(inviter.byTestId('send-back')).toHaveCount(0);
  });
});

/** Twelve different results across all four stages, many sharing a score. */
function twelveAcrossTheCurve() {
  const stages = ['undefined', 'defined', 'aligned', 'integrated'];
  return Array.from({ length: 12 }, (_, i) =>
    encodeToken(patternFor(stages[i % 4]).map((answer, q) => (q < 2 && (i >> (2 + q)) & 1 ? (answer % 4) + 1 : answer))),
  );
}

/** What the comparison's pictures break: keys that overlap or leave the window, tracks
 *  short of their column, an average line above the bands. */
function pictureFaults(page) {
  return page.evaluate(() => {
    const faults = [];
    const width = document.documentElement.clientWidth;
    for (const svg of document.querySelectorAll('[data-testid=compare-curve] svg, svg.track')) {
      const rings = [...svg.querySelectorAll('.key > circle')].map((c) => c.getBoundingClientRect());
      rings.forEach((a, i) => {
        if (a.left < 0 || a.right > width) faults.push(`a key leaves the window: ${Math.round(a.left)}–${Math.round(a.right)}`);
        for (const b of rings.slice(i + 1)) {
          const apart = Math.hypot(a.x + a.width / 2 - b.x - b.width / 2, a.y + a.height / 2 - b.y - b.height / 2);
          if (apart < (a.width + b.width) / 2 - 0.5) faults.push(`two keys overlap, ${apart.toFixed(1)} px apart`);
        }
      });
    }
    for (const row of document.querySelectorAll('[data-testid=area-row]')) {
      const track = /** @type {Element} */ (row.querySelector('svg.track')).getBoundingClientRect();
      if (track.width < row.getBoundingClientRect().width - 30) faults.push(`a track ${Math.round(track.width)} px wide in a ${Math.round(row.getBoundingClientRect().width)} px column`);
    }
    const average = /** @type {Element} */ (document.querySelector('[data-testid=group-marker]')).getBoundingClientRect();
    const bands = /** @type {Element} */ (document.querySelector('[data-testid=compare-curve] .band')).getBoundingClientRect();
    if (average.top < bands.top - 1 || average.bottom > bands.bottom + 1) faults.push(`the average's line runs ${Math.round(bands.top - average.top)} px above the bands`);
    return faults;
  });
}

test.describe('twelve results in the pictures (issue 30, item 9)', () => {
  test('the tracks span the column, keys never overlap and the average stays within the bands (a phone at 320 px with a 24 px font)', async ({ app, page }, testInfo) => {
    if (testInfo.project.name === 'phone') {
      await page.setViewportSize({ width: 320, height: 800 });
      await setDefaultFont(page, 24);
    }
    await app.open(`#/compare/1/${twelveAcrossTheCurve().join('/')}`);
    await expect(app.byTestId('member')).toHaveCount(12);
    await expect(app.byTestId('compare-problems')).toHaveCount(0);
    expect(await pictureFaults(page)).toEqual([]);
    // A key risen to clear others is pinned to its place by a stem.
    expect(await app.byTestId('compare-curve').locator('.key-stem').count()).toBeGreaterThan(0);
  });
});
