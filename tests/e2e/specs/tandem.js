// @ts-check
// Page objects, fixtures and a small independent model of Tandem's rules for the
// end-to-end specs.
//
// - `test` / `expect`: Playwright's, with a shared fixture that fails any test on a
//   page error or console error in any page or frame of any context it opened.
// - `Tandem`: named helpers over one screen root (a page, or a frame inside a host page).
// - `bank`, `pattern*`, `expectedResult`, `encodeToken`: read src/content/bank.toml
//   and apply the documented scoring rule and link format, so expectations are derived
//   from the content instead of being hard-coded.

const fs = require('node:fs');
const path = require('node:path');
const base = require('@playwright/test');

const { expect } = base;

// ---------------------------------------------------------------------------
// The question bank, read straight from the TOML source (no TOML parser needed).

const STAGE_IDS = ['undefined', 'defined', 'aligned', 'integrated'];
const BANK_FILE = path.resolve(__dirname, '../../../src/content/bank.toml');

/** The `[[name]]` tables of a TOML text, each as its own text, in file order. */
function tables(text, name) {
  const header = new RegExp(`^\\[\\[${name}\\]\\][ \\t]*$`, 'm');
  return text
    .split(header)
    .slice(1)
    .map((block) => block.split(/^\[\[/m)[0]);
}

/** A `key = "value"` string field of one table. */
function field(block, key) {
  const match = block.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`, 'm'));
  if (!match) throw new Error(`bank.toml: no ${key} in:\n${block}`);
  return match[1];
}

function readBank() {
  const text = fs.readFileSync(BANK_FILE, 'utf8');
  const version = Number(text.match(/^version\s*=\s*(\d+)/m)?.[1]);
  const stages = tables(text, 'stage').map((block) => ({ id: field(block, 'id'), title: field(block, 'title') }));
  const dimensions = tables(text, 'dimension').map((block) => ({ id: field(block, 'id'), name: field(block, 'name') }));
  const questions = tables(text, 'question').map((block) => {
    const answers = block.match(/^answers\s*=\s*\[([\s\S]*?)^\]/m);
    if (!answers) throw new Error(`bank.toml: no answers in:\n${block}`);
    const dimension = dimensions.findIndex((d) => d.id === field(block, 'dimension'));
    return {
      prompt: field(block, 'prompt'),
      dimension,
      /** Stage level (0 = Undefined … 3 = Integrated) of each answer, in screen order. */
      levels: [...answers[1].matchAll(/stage\s*=\s*"(\w+)"/g)].map((m) => STAGE_IDS.indexOf(m[1])),
    };
  });
  const problems = [];
  if (!Number.isInteger(version)) problems.push('no version');
  if (stages.map((s) => s.id).join() !== STAGE_IDS.join()) problems.push('stages out of order');
  questions.forEach((q, i) => {
    if (q.dimension < 0) problems.push(`question ${i + 1}: unknown dimension`);
    if ([...q.levels].sort().join() !== '0,1,2,3') problems.push(`question ${i + 1}: answers are not one per stage`);
  });
  if (problems.length) throw new Error(`bank.toml could not be read: ${problems.join('; ')}`);
  return { version, stages, dimensions, questions, stageTitles: stages.map((s) => s.title) };
}

const bank = readBank();
const QUESTIONS = bank.questions.length;

/** Answer positions (1–4, one per question) that all choose the answer of `stageId`. */
function patternFor(stageId) {
  const level = STAGE_IDS.indexOf(stageId);
  return bank.questions.map((q) => q.levels.indexOf(level) + 1);
}

/** A fixed mixed pattern (positions 2, 1, 4, 3, …): a result held back by its weakest areas. */
const MIXED = bank.questions.map((_, i) => ((i * 3 + 1) % 4) + 1);

// ---------------------------------------------------------------------------
// The scoring rule (see the bank's scoring_rule and src/assessment/placement.rs),
// redone here in exact integer fractions as an independent oracle.

/** a/b compared with c/d. */
const cmp = ([a, b], [c, d]) => a * d - c * b;
const percent = ([p, q]) => Math.floor((p * 100) / q);
const stageOf = ([p, q]) => Math.min(3, Math.floor((p * 4) / q));

/**
 * What the results screen must show for `pattern` (answer positions 1–4).
 * @param {number[]} pattern
 */
function expectedResult(pattern) {
  if (pattern.length !== QUESTIONS) throw new Error(`pattern needs ${QUESTIONS} answers`);
  const points = bank.dimensions.map(() => 0);
  const most = bank.dimensions.map(() => 0);
  pattern.forEach((position, q) => {
    const question = bank.questions[q];
    points[question.dimension] += question.levels[position - 1];
    most[question.dimension] += 3;
  });
  const shares = points.map((p, d) => /** @type {[number, number]} */ ([p, most[d]]));
  const average = /** @type {[number, number]} */ ([points.reduce((a, b) => a + b), most.reduce((a, b) => a + b)]);
  const weakest = shares.reduce((w, s) => (cmp(s, w) < 0 ? s : w));
  const lifted = /** @type {[number, number]} */ ([weakest[0] * 4 + weakest[1], weakest[1] * 4]);
  const ceiling = cmp(lifted, [1, 1]) > 0 ? /** @type {[number, number]} */ ([1, 1]) : lifted;
  const heldBack = cmp(average, ceiling) > 0;
  const position = heldBack ? ceiling : average;
  const stage = stageOf(position);
  return {
    stage: bank.stageTitles[stage],
    position: percent(position),
    scores: shares.map(percent),
    names: bank.dimensions.map((d) => d.name),
    moves: shares.filter((s) => stageOf(s) <= stage).length,
    heldBack,
  };
}

// ---------------------------------------------------------------------------
// The result link format (src/assessment/link.rs): [format 1, bank version,
// 3-bit slots (0 = unanswered, else position), CRC-16/CCITT-FALSE big-endian],
// unpadded base64url.

function crc16(bytes) {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/**
 * The token for `pattern`; a 0 in the pattern leaves that question unanswered.
 * @param {number[]} pattern
 * @param {{ format?: number, version?: number }} [options]
 */
function encodeToken(pattern, { format = 1, version = bank.version } = {}) {
  const bits = pattern.flatMap((slot) => [4, 2, 1].map((b) => (slot & b ? 1 : 0)));
  while (bits.length % 8) bits.push(0);
  const packed = [];
  for (let i = 0; i < bits.length; i += 8) packed.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  const body = [format, version, ...packed];
  const crc = crc16(body);
  return Buffer.from([...body, crc >> 8, crc & 0xff]).toString('base64url');
}

// ---------------------------------------------------------------------------
// Fixtures: every test fails on page errors and console errors.

/**
 * Records page errors and console errors of `context` (all its pages and frames).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string[]} errors
 */
function watchForErrors(context, errors) {
  context.on('weberror', (webError) => errors.push(`page error: ${webError.error().stack || webError.error()}`));
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
}

/** The context options of the running project, for contexts a test makes itself. */
function projectContextOptions(testInfo) {
  const use = testInfo.project.use;
  const keys = ['baseURL', 'viewport', 'isMobile', 'hasTouch', 'deviceScaleFactor', 'colorScheme', 'reducedMotion', 'locale'];
  return Object.fromEntries(keys.filter((k) => use[k] !== undefined).map((k) => [k, use[k]]));
}

const test = base.test.extend({
  /** Page and console errors seen so far; asserted empty after the test. */
  pageErrors: [
    async ({ context }, use) => {
      /** @type {string[]} */
      const errors = [];
      watchForErrors(context, errors);
      await use(errors);
      expect(errors, 'page errors or console errors during the test').toEqual([]);
    },
    { auto: true },
  ],

  /** Opens another context like the project's (fresh storage), watched for errors too. */
  newContext: async ({ browser, pageErrors }, use, testInfo) => {
    const made = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ ...projectContextOptions(testInfo), ...options });
      watchForErrors(context, pageErrors);
      made.push(context);
      return context;
    });
    for (const context of made) await context.close();
  },

  /** Tandem on the test's page, tapping on touch projects and clicking elsewhere. */
  app: async ({ page }, use, testInfo) => {
    await use(new Tandem(page, { touch: Boolean(testInfo.project.use.hasTouch) }));
  },
});

// ---------------------------------------------------------------------------
// The page object.

const SCREENS = ['intro-screen', 'question-screen', 'results-screen', 'broken-link', 'not-found', 'panic'];

class Tandem {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {{ touch?: boolean, root?: import('@playwright/test').Page | import('@playwright/test').FrameLocator }} [options]
   */
  constructor(page, { touch = false, root = page } = {}) {
    this.page = page;
    this.root = root;
    this.touch = touch;
  }

  /** The same helpers, but for an app inside the page's first iframe. */
  inFrame(selector = 'iframe') {
    return new Tandem(this.page, { touch: this.touch, root: this.page.frameLocator(selector) });
  }

  byTestId(id) {
    return this.root.getByTestId(id);
  }

  get screen() {
    return this.root.locator(SCREENS.map((id) => `main[data-testid="${id}"]`).join(', '));
  }
  get heading() {
    return this.byTestId('question-heading');
  }
  get meta() {
    return this.byTestId('question-meta');
  }
  get progress() {
    return this.byTestId('progress').getByRole('progressbar');
  }
  get nextButton() {
    return this.byTestId('next');
  }
  get backButton() {
    return this.byTestId('back');
  }
  answer(position) {
    return this.byTestId(`answer-${position}`);
  }

  /**
   * Goes to `hash` (e.g. '#/q/1') or a full URL and waits until the app has drawn a
   * screen. On a page already showing the app this is a same-document fragment change
   * (the app follows it like an edited address); use page.reload() for a fresh load.
   */
  async open(hash = '#/') {
    await this.page.goto(hash.startsWith('http') ? hash : `./${hash}`);
    await this.ready();
  }

  async ready() {
    await expect(this.screen).toBeVisible();
  }

  /**
   * A click on desktop, a tap on touch projects: a real pointer activation.
   * Taps alternate between the two ends of the target: a person reads each question
   * first, but a script taps within the double-tap interval, and two taps on one
   * spot would count as a double tap (event.detail 2), which the app ignores.
   */
  async press(locator) {
    if (!this.touch) return locator.click();
    const box = await locator.boundingBox();
    this.tapSide = !this.tapSide;
    const x = this.tapSide ? 8 : Math.max(8, box.width - 8);
    return locator.tap({ position: { x, y: Math.min(12, box.height / 2) } });
  }

  /** From the intro: "Start the assessment" (or "Start over"), then question 1. */
  async start() {
    await this.press(this.byTestId('start'));
    await this.expectQuestion(1);
  }

  /** Waits for question `number` (1-based), its meta line and, when given, its progress. */
  async expectQuestion(number, { answered } = {}) {
    await expect(this.meta).toContainText(`Question ${number} of ${QUESTIONS}`);
    await expect(this.meta).toContainText(bank.dimensions[bank.questions[number - 1].dimension].name);
    if (answered !== undefined) {
      await expect(this.progress).toHaveAttribute('aria-valuenow', String(answered));
      await expect(this.progress).toHaveAttribute('aria-valuemax', String(QUESTIONS));
    }
  }

  /** Exactly answer `position` (1–4) is checked; 0 means none is. */
  async expectSelected(position) {
    for (let p = 1; p <= 4; p++) {
      await expect(this.answer(p)).toHaveAttribute('aria-checked', String(p === position));
    }
  }

  /** Clicks (or taps) answer `position` on the current question; that also moves on. */
  async answerByClick(position) {
    const meta = await this.meta.textContent();
    const number = Number(meta?.match(/Question (\d+) of/)?.[1]);
    await this.press(this.answer(position));
    if (number < QUESTIONS) await this.expectQuestion(number + 1);
    else await expect(this.byTestId('results-screen')).toBeVisible();
  }

  /**
   * Answers by pointer from the current question to the end of `pattern`.
   * @param {number[]} pattern answer positions 1–4, one per question
   */
  async answerAll(pattern, { from = 1, checkProgress = false } = {}) {
    for (let number = from; number <= pattern.length; number++) {
      await this.expectQuestion(number, checkProgress ? { answered: number - 1 } : {});
      await this.answerByClick(pattern[number - 1]);
    }
  }

  /** Opens the intro, starts and answers everything: the results screen. */
  async completeJourney(pattern) {
    await this.open('#/');
    await this.start();
    await this.answerAll(pattern);
    await expect(this.byTestId('results-screen')).toBeVisible();
  }

  /** Everything the results screen says about the result. */
  async readResult() {
    const results = this.byTestId('results-screen');
    await expect(results).toBeVisible();
    const rows = this.byTestId('dimension-score');
    return {
      stage: (await this.byTestId('stage-name').textContent())?.trim(),
      position: Number(await this.byTestId('curve-marker').getAttribute('data-position')),
      scores: (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-score')))).map(Number),
      names: await rows.locator('.bar-name').allTextContents(),
      moves: await this.byTestId('move').count(),
      link: await this.byTestId('share-link').inputValue(),
    };
  }
}

/**
 * Gives the page a share sheet, as phones and most desktop browsers have (headless
 * Chromium on Linux has none): it records what it is handed in window.__shared and
 * answers `outcome`, 'shared' or the name of the DOMException it rejects with.
 * @param {import('@playwright/test').Page} page
 */
function fakeShareSheet(page, outcome = 'shared') {
  return page.addInitScript((outcome) => {
    /** @type {any} */ (window).__shared = [];
    Navigator.prototype.share = function (data) {
      /** @type {any} */ (window).__shared.push(data);
      return outcome === 'shared' ? Promise.resolve() : Promise.reject(new DOMException('fake', outcome));
    };
  }, outcome);
}

/**
 * What reading `window[name]` (e.g. 'localStorage') gives in a page or frame: its
 * type, or the name of the error it throws.
 * @param {import('@playwright/test').Page | import('@playwright/test').Frame} target
 * @param {string} name
 */
function storageAccess(target, name) {
  return target.evaluate((name) => {
    try {
      return typeof (/** @type {any} */ (window)[name]);
    } catch (error) {
      return /** @type {Error} */ (error).name;
    }
  }, name);
}

module.exports = {
  test,
  storageAccess,
  fakeShareSheet,
  expect,
  Tandem,
  bank,
  QUESTIONS,
  STAGE_IDS,
  MIXED,
  patternFor,
  expectedResult,
  encodeToken,
  projectContextOptions,
};
