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
// The question banks, read straight from the TOML sources (no TOML parser needed).

const STAGE_IDS = ['undefined', 'defined', 'aligned', 'integrated'];
const CONTENT = path.resolve(__dirname, '../../../src/content');

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
  if (!match) throw new Error(`bank: no ${key} in:\n${block}`);
  return match[1];
}

/** A bank: a file name in src/content, or any bank file's path. */
function readBank(file) {
  const text = fs.readFileSync(path.resolve(CONTENT, file), 'utf8');
  const id = text.match(/^id\s*=\s*"([a-z0-9-]+)"/m)?.[1] ?? 'tandem';
  const version = Number(text.match(/^version\s*=\s*(\d+)/m)?.[1]);
  const scoring = text.match(/^scoring\s*=\s*"([\w-]+)"/m)?.[1];
  const notSure = text.match(/^not_sure\s*=\s*"((?:[^"\\]|\\.)*)"/m)?.[1];
  const profile = tables(text, 'profile').map((block) => ({
    id: field(block, 'id'),
    options: [...block.matchAll(/label\s*=\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]),
  }));
  const stages = tables(text, 'stage').map((block) => ({ id: field(block, 'id'), title: field(block, 'title') }));
  const dimensions = tables(text, 'dimension').map((block) => ({ id: field(block, 'id'), name: field(block, 'name') }));
  const questions = tables(text, 'question').map((block) => {
    const answers = block.match(/^answers\s*=\s*\[([\s\S]*?)\][ \t]*$/m);
    if (!answers) throw new Error(`${file}: no answers in:\n${block}`);
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
  if (!['equal-quarters', 'centred'].includes(scoring || '')) problems.push('no scoring rule');
  if (stages.map((s) => s.id).join() !== STAGE_IDS.join()) problems.push('stages out of order');
  questions.forEach((q, i) => {
    if (q.dimension < 0) problems.push(`question ${i + 1}: unknown dimension`);
    if ([...q.levels].sort().join() !== '0,1,2,3') problems.push(`question ${i + 1}: answers are not one per stage`);
  });
  if (problems.length) throw new Error(`${file} could not be read: ${problems.join('; ')}`);
  return { id, version, scoring, notSure, profile, stages, dimensions, questions, stageTitles: stages.map((s) => s.title) };
}

const bank = readBank('bank.toml');
const bankV1 = readBank('bank-v1.toml');
const QUESTIONS = bank.questions.length;
/** The answer position of "not sure" in patterns: after the four answers. */
const NOT_SURE = 5;

/** Answer positions (1–4, one per question) that all choose the answer of `stageId`. */
function patternFor(stageId, from = bank) {
  const level = STAGE_IDS.indexOf(stageId);
  return from.questions.map((q) => q.levels.indexOf(level) + 1);
}

/** Answer positions for stage levels (4 = not sure), one per question. */
function patternOfLevels(levels, from = bank) {
  return from.questions.map((q, i) => (levels[i] === 4 ? NOT_SURE : q.levels.indexOf(levels[i]) + 1));
}

/**
 * A fixed mixed pattern held back by its weakest area, with more moves than are shown
 * unfolded: the first area all Undefined, the next three mostly Defined, the rest
 * Integrated.
 */
function mixedFor(from) {
  const seen = from.dimensions.map(() => 0);
  const levels = from.questions.map((q) => {
    const nth = seen[q.dimension]++;
    if (q.dimension === 0) return 0;
    if (q.dimension <= 3) return [1, 1, 2][nth % 3];
    return 3;
  });
  return patternOfLevels(levels, from);
}
const MIXED = mixedFor(bank);

// ---------------------------------------------------------------------------
// The scoring rules (see the bank's scoring_rule and src/assessment/scoring.rs),
// redone here in exact integer fractions as an independent oracle.

const gcd = (a, b) => (b ? gcd(b, a % b) : a);
const reduce = ([p, q]) => {
  const g = gcd(p, q) || 1;
  return /** @type {[number, number]} */ ([p / g, q / g]);
};
/** a/b compared with c/d. */
const cmp = ([a, b], [c, d]) => a * d - c * b;
/** Whole percent, a half rounded up. */
const percent = ([p, q]) => Math.floor((p * 200 + q) / (2 * q));
const CENTRED_STARTS = [18, 51, 84];
const RULES = {
  'equal-quarters': {
    stageOf: ([p, q]) => Math.min(3, Math.floor((p * 4) / q)),
    ceiling: (weakest) => {
      const lifted = /** @type {[number, number]} */ ([weakest[0] * 4 + weakest[1], weakest[1] * 4]);
      return cmp(lifted, [1, 1]) > 0 ? /** @type {[number, number]} */ ([1, 1]) : lifted;
    },
    position: (average) => average,
    needed: (questions) => questions,
  },
  centred: {
    stageOf: (share) => CENTRED_STARTS.filter((start) => percent(share) >= start).length,
    ceiling: (weakest) => {
      const beyond = RULES.centred.stageOf(weakest) + 2;
      return /** @type {[number, number]} */ (beyond > 3 ? [1, 1] : [CENTRED_STARTS[beyond - 1] - 1, 100]);
    },
    position: (average) => /** @type {[number, number]} */ ([percent(average), 100]),
    needed: (questions) => Math.min(2, questions),
  },
};

/**
 * What the results screen must show for `pattern` (answer positions 1–4, 5 = not sure).
 * @param {number[]} pattern
 */
function expectedResult(pattern, from = bank) {
  if (pattern.length !== from.questions.length) throw new Error(`pattern needs ${from.questions.length} answers`);
  const rule = RULES[from.scoring];
  const points = from.dimensions.map(() => 0);
  const real = from.dimensions.map(() => 0);
  const count = from.dimensions.map(() => 0);
  pattern.forEach((position, q) => {
    const question = from.questions[q];
    count[question.dimension] += 1;
    if (position === NOT_SURE) return;
    points[question.dimension] += question.levels[position - 1];
    real[question.dimension] += 1;
  });
  const shares = points.map((p, d) =>
    real[d] > 0 && real[d] >= rule.needed(count[d]) ? /** @type {[number, number]} */ ([p, real[d] * 3]) : null,
  );
  const scored = /** @type {[number, number][]} */ (shares.filter(Boolean));
  const names = from.dimensions.map((d) => d.name);
  const scores = shares.map((s) => (s ? percent(s) : null));
  if (scored.length < Math.max(1, Math.ceil(from.dimensions.length / 2))) {
    return { stage: null, position: null, scores, names, moves: 0, heldBack: false };
  }
  const sum = scored.reduce((a, s) => reduce([a[0] * s[1] + s[0] * a[1], a[1] * s[1]]), /** @type {[number, number]} */ ([0, 1]));
  const average = rule.position(reduce([sum[0], sum[1] * scored.length]));
  const weakest = scored.reduce((w, s) => (cmp(s, w) < 0 ? s : w));
  const ceiling = rule.ceiling(weakest);
  const heldBack = cmp(average, ceiling) > 0;
  const position = heldBack ? ceiling : average;
  const stage = rule.stageOf(position);
  return {
    stage: from.stageTitles[stage],
    position: percent(position),
    scores,
    names,
    moves: scored.filter((s) => rule.stageOf(s) <= stage).length,
    heldBack,
  };
}

// ---------------------------------------------------------------------------
// The result link format (src/assessment/link.rs): [format, bank version, (format 3:
// the bank id's 3-byte tag), 3-bit slots (formats 2 and 3: one per profile question
// first, 0 = not given, else option; then one per question: 0 = unanswered, 1–4 =
// position, 5 = not sure), (format 3: the company's name as UTF-8),
// CRC-16/CCITT-FALSE big-endian], unpadded base64url.

/** The top 24 bits of FNV-1a-64 of a bank's id: how a format-3 token names its bank. */
function bankTag(id) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(id, 'utf8')) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return [Number((hash >> 56n) & 0xffn), Number((hash >> 48n) & 0xffn), Number((hash >> 40n) & 0xffn)];
}

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
 * @param {{ from?: any, format?: number, version?: number, profile?: number[], bankId?: string, company?: string }} [options]
 *   `profile`: option numbers from 1 (0 = not given), one per profile question;
 *   `bankId` or `company` make a format-3 token.
 */
function encodeToken(pattern, { from = bank, format, version = from.version, profile, bankId, company } = {}) {
  const profileSlots = profile || from.profile.map(() => 0);
  const slots = from.profile.length ? [...profileSlots, ...pattern] : pattern;
  const bits = slots.flatMap((slot) => [4, 2, 1].map((b) => (slot & b ? 1 : 0)));
  while (bits.length % 8) bits.push(0);
  const packed = [];
  for (let i = 0; i < bits.length; i += 8) packed.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  const named = bankId !== undefined || company !== undefined;
  const header = named ? [3, version, ...bankTag(bankId ?? 'tandem')] : [format ?? (from.profile.length ? 2 : 1), version];
  const body = [...header, ...packed, ...Buffer.from(company ?? '', 'utf8')];
  const crc = crc16(body);
  return Buffer.from([...body, crc >> 8, crc & 0xff]).toString('base64url');
}

// ---------------------------------------------------------------------------
// Fixtures: every test fails on page errors and console errors.

/**
 * Records page errors, console errors and Content-Security-Policy violations of
 * `context` (all its pages and frames).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string[]} errors
 */
function watchForErrors(context, errors) {
  context.on('weberror', (webError) => errors.push(`page error: ${webError.error().stack || webError.error()}`));
  // The app's files are served under a strict Content-Security-Policy (serve.mjs): any
  // violation is an error, whether or not the browser also logs it.
  context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} in ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    // Chromium's own intervention, with no script behind it, when a test's tap lands
    // while a host page is still scrolling the frame into view (seen once in a run of
    // 348; the app registers no touch listener that could cancel anything).
    if (!url && message.text().startsWith('Ignored attempt to cancel a touchstart event with cancelable=false')) return;
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

const SCREENS = ['intro-screen', 'profile-screen', 'question-screen', 'results-screen', 'compare-screen', 'paste-screen', 'broken-link', 'not-found', 'text-missing', 'panic'];

class Tandem {
  /**
   * @param {import('@playwright/test').Page} page
   * @param {{ touch?: boolean, root?: import('@playwright/test').Page | import('@playwright/test').FrameLocator, bank?: any }} [options]
   *   `bank`: the questions the app asks (readBank), Tandem's own unless given
   */
  constructor(page, { touch = false, root = page, bank: asked = bank } = {}) {
    this.page = page;
    this.root = root;
    this.touch = touch;
    this.bank = asked;
  }

  /** The same helpers, but for an app inside the page's first iframe. */
  inFrame(selector = 'iframe') {
    return new Tandem(this.page, { touch: this.touch, root: this.page.frameLocator(selector), bank: this.bank });
  }

  /** The same helpers, for a build that asks the questions of `asked` (readBank). */
  asking(asked) {
    return new Tandem(this.page, { touch: this.touch, root: this.root, bank: asked });
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
  /** Answer `position` (1–4), or "not sure" for 5. */
  answer(position) {
    return this.byTestId(position === NOT_SURE ? 'not-sure' : `answer-${position}`);
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

  /** From the intro: "Start the assessment" (or "Start over"), skip the profile, then question 1. */
  async start() {
    await this.press(this.byTestId('start'));
    await expect(this.byTestId('profile-screen')).toBeVisible();
    await this.press(this.byTestId('skip-profile'));
    await this.expectQuestion(1);
  }

  /**
   * From the intro: start, answer the profile and continue to question 1.
   * @param {Record<string, number>} choices option number (from 1) per profile question id
   */
  async startWithProfile(choices) {
    await this.press(this.byTestId('start'));
    await expect(this.byTestId('profile-screen')).toBeVisible();
    for (const [id, option] of Object.entries(choices)) {
      await this.press(this.byTestId(`profile-${id}-${option}`));
      await expect(this.byTestId(`profile-${id}-${option}`)).toBeChecked();
    }
    await this.press(this.byTestId('next'));
    await this.expectQuestion(1);
  }

  /** Waits for question `number` (1-based), its meta line and, when given, its progress. */
  async expectQuestion(number, { answered } = {}) {
    const questions = this.bank.questions;
    await expect(this.meta).toContainText(`Question ${number} of ${questions.length}`);
    await expect(this.meta).toContainText(this.bank.dimensions[questions[number - 1].dimension].name);
    if (answered !== undefined) {
      await expect(this.progress).toHaveAttribute('aria-valuenow', String(answered));
      await expect(this.progress).toHaveAttribute('aria-valuemax', String(questions.length));
    }
  }

  /** Exactly answer `position` (1–4, 5 = not sure) is checked; 0 means none is. */
  async expectSelected(position) {
    for (let p = 1; p <= NOT_SURE; p++) {
      await expect(this.answer(p)).toHaveAttribute('aria-checked', String(p === position));
    }
  }

  /** Clicks (or taps) answer `position` on the current question; that also moves on. */
  async answerByClick(position) {
    const meta = await this.meta.textContent();
    const number = Number(meta?.match(/Question (\d+) of/)?.[1]);
    await this.press(this.answer(position));
    if (number < this.bank.questions.length) await this.expectQuestion(number + 1);
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
    const placed = (await this.byTestId('not-placed').count()) === 0;
    return {
      stage: placed ? (await this.byTestId('stage-name').textContent())?.trim() : null,
      position: placed ? Number(await this.byTestId('curve-marker').getAttribute('data-position')) : null,
      scores: (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-score')))).map((s) => (s ? Number(s) : null)),
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

/** Sets the browser's default font size, as its text-size setting does. */
async function setDefaultFont(page, size) {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: Math.round(size * 0.8) } });
}

module.exports = {
  setDefaultFont,
  test,
  storageAccess,
  fakeShareSheet,
  expect,
  Tandem,
  bank,
  bankV1,
  readBank,
  mixedFor,
  QUESTIONS,
  NOT_SURE,
  STAGE_IDS,
  MIXED,
  patternFor,
  patternOfLevels,
  expectedResult,
  encodeToken,
  projectContextOptions,
};
