// What the bench compares and how: paths, the browser, the two apps, the budget.
import { resolve } from 'node:path';
import chromium from '../chromium.cjs';
import { BUDGET as SIZE_BUDGET } from '../size-budget.mjs';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const OUT = resolve(ROOT, 'target/bench');
export const PORT = Number(process.env.BENCH_PORT || 4180);

/**
 * How the server speaks: HTTP/2 over TLS by default, as static hosts serve a site
 * (GitHub Pages, Netlify, Cloudflare Pages, S3 behind CloudFront), on a certificate
 * made for the bench; `http1` is plain HTTP/1.1, the bench's protocol until 7 Dec 2026.
 * Lighthouse simulates each protocol's connections differently (one shared TLS
 * connection, or up to six plain ones each with its own handshake).
 */
export const PROTOCOL = process.env.BENCH_PROTOCOL || 'h2';
if (!['h2', 'http1'].includes(PROTOCOL)) throw new Error(`BENCH_PROTOCOL is h2 or http1, not ${PROTOCOL}`);
export const ORIGIN = `${PROTOCOL === 'h2' ? 'https' : 'http'}://127.0.0.1:${PORT}`;
/** The bench's own certificate and key (run.sh makes them with openssl). */
export const TLS = { cert: resolve(OUT, 'tls/cert.pem'), key: resolve(OUT, 'tls/key.pem') };

/**
 * How the server sends files: gzip -9 by default, as most hosts do; `identity` (the
 * files as they are) is the raw variant, which weighs on the app with more bytes.
 */
export const ENCODING = process.env.BENCH_ENCODING || 'gzip';
if (!['gzip', 'identity'].includes(ENCODING)) throw new Error(`BENCH_ENCODING is gzip or identity, not ${ENCODING}`);

/** Debian's Chromium only: no tool may fetch a browser of its own. */
export const CHROMIUM = chromium.executablePath;
// Lighthouse's launcher starts Chromium itself, so it must be told to run headless.
// The bench's certificate is its own, so the browser is told to accept it.
export const CHROMIUM_FLAGS = ['--headless=new', '--ignore-certificate-errors', ...chromium.args];

/** How many samples of each figure (overridable for a quick trial run). */
export const RUNS = {
  lighthouse: Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3),
  passes: Number(process.env.BENCH_PASSES || 6), // 6 × 23 question changes = 138 answers
  loads: Number(process.env.BENCH_LOADS || 12),
};

/**
 * The slowdown for the app-work figures: Chromium's CPU throttling, as Lighthouse's
 * mobile preset uses, so that an app's own work per answer stands out from the frame
 * it waits for.
 */
export const CPU_SLOWDOWN = 4;

/** Tandem's result token for the result-link figure. */
export const TOKEN = 'AQEyRqFQoxGGIPHz';

/**
 * The two apps, each mounted on the bench server from its own folder, with the
 * selectors the interaction timings need.
 */
export const APPS = {
  tandem: {
    name: 'Tandem',
    mount: '/tandem/',
    dir: resolve(OUT, 'tandem'), // run.sh's copy of the fresh dist/
    start: '[data-testid=start]',
    // The optional profile between the start and the questions, passed over as most
    // visitors in a hurry would.
    skip: '[data-testid=skip-profile]',
    answer: '[data-testid^=answer-]',
    heading: '[data-testid=question-heading]',
    result: '[data-testid=curve]',
    resultLink: `#/r/${TOKEN}`,
  },
  surveyjs: {
    name: 'SurveyJS',
    mount: '/surveyjs/',
    dir: resolve(OUT, 'peer'),
    start: '.sd-navigation__start-btn',
    // The label of each radiogroup item: the radio input inside it is visually hidden.
    answer: '.sd-item.sd-radio .sd-selectbase__label',
    heading: '.sd-question__title',
    result: '.sd-completedpage',
    resultLink: null, // SurveyJS keeps answers in the page: it has no link that reopens a result.
  },
};

export const urlOf = (app) => ORIGIN + app.mount;

/**
 * The budget Tandem must meet (KB = 1000 bytes, the stricter reading). An answer's
 * work, from the click to the next question in the DOM, fits in one 60 Hz frame even
 * on a CPU four times slower.
 */
export const BUDGET = {
  gzipBytes: SIZE_BUDGET.total, // the CI line of scripts/sizes.mjs
  lighthouseScore: 95,
  answerWorkMedianMs: 16,
};
