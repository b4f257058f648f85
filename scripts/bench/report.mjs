// Turns the measurements into one table (printed) and results.json, with Tandem's
// budget checked on its lines. Nothing here fails the run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, OUT } from './config.mjs';
import { median, quantile } from './stats.mjs';

const kB = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => (value < 100 ? value.toFixed(1) : value.toFixed(0));
const sizeCell = (f) => `${kB(f.raw)} / ${kB(f.gzip)} / ${kB(f.brotli)}`;
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b !== 0 ? `${(a / b).toFixed(2)}×` : '');
const check = (ok, rule) => `${rule}: ${ok ? 'PASS' : 'FAIL'}`;

/** Medians and p95 of the click samples that went `to` a question or the result. */
function clickSummary(samples, to) {
  const picked = samples.filter((s) => s.to === to);
  const of = (key) => picked.map((s) => s[key]);
  const spread = (key) => ({ median: median(of(key)), p95: quantile(of(key), 0.95) });
  return { count: picked.length, dom: spread('dom'), nextFrame: spread('nextFrame'), frame: spread('frame'), paint: spread('paint') };
}

/** One row per file name, its sizes under the app that downloads it. */
function fileRows(tandemFiles, surveyjsFiles) {
  const names = [...new Set([...tandemFiles, ...surveyjsFiles].map((f) => f.file))];
  const cell = (files, name) => {
    const found = files.find((f) => f.file === name);
    return found ? sizeCell(found) : '';
  };
  return names.map((name) => [`  ${name}`, cell(tandemFiles, name), cell(surveyjsFiles, name), null, null, '']);
}

/**
 * Every figure as a row: [figure, Tandem, SurveyJS, SurveyJS without its pause,
 * format, budget], numbers kept for JSON. The third value is null where the pause
 * changes nothing (loading).
 */
function rows(m) {
  const t = m.sizes.tandem;
  const s = m.sizes.surveyjs;
  const lt = m.lighthouse.tandem;
  const ls = m.lighthouse.surveyjs;
  const slow = `CPU ${m.settings.cpuSlowdown}× slower`;
  const slowPhone = `slow 4G applied, CPU ${m.settings.slowPhone.cpuSlowdownMultiplier}× slower`;
  const row = (figure, tv, sv, nv = null, show = ms, budget = '') => [figure, tv, sv, nv, show, budget];
  /** A timing row for the three answer variants: `pick` reads one figure of a summary. */
  const answer = (figure, clicks, to, pick, budget = '') =>
    row(figure, pick(clicks.tandem[to]), pick(clicks.surveyjs[to]), pick(clicks.surveyjsNoDelay[to]), ms, budget);
  const c = m.clicks;
  const sc = m.slowClicks;
  const work = sc.tandem.question.dom.median;
  return [
    ['first visit: each file, raw / gzip / br kB', '', '', null, null, ''],
    ...fileRows(t.files, s.files),
    row('first visit: files requested', t.requests, s.requests, null, String),
    row('first visit: raw kB', t.total.raw, s.total.raw, null, kB),
    row('first visit: gzip -9 kB', t.total.gzip, s.total.gzip, null, kB,
      check(t.total.gzip <= BUDGET.gzipBytes, `≤ ${kB(BUDGET.gzipBytes)} kB`)),
    row('first visit: brotli -q11 kB', t.total.brotli, s.total.brotli, null, kB),
    row('Lighthouse mobile performance score', lt.score, ls.score, null, String,
      check(lt.score >= BUDGET.lighthouseScore, `≥ ${BUDGET.lighthouseScore}`)),
    row('Lighthouse First Contentful Paint ms', lt.fcp, ls.fcp),
    row('Lighthouse Largest Contentful Paint ms', lt.lcp, ls.lcp),
    row('Lighthouse Total Blocking Time ms', lt.tbt, ls.tbt),
    row('Lighthouse Time to Interactive ms', lt.tti, ls.tti),
    row(`${slowPhone}: first paint, median ms`, m.start.tandem.firstPaint, m.start.surveyjs.firstPaint),
    row(`${slowPhone}: start button works, median ms`, m.start.tandem.startWorks, m.start.surveyjs.startWorks),
    answer(`answer → DOM updated (the app's work), ${slow}, median ms`, sc, 'question', (x) => x.dom.median,
      check(work <= BUDGET.answerWorkMedianMs, `≤ ${BUDGET.answerWorkMedianMs} ms`)),
    answer(`answer → DOM updated, ${slow}, p95 ms`, sc, 'question', (x) => x.dom.p95),
    answer(`answer → its frame rendered (rAF + task), ${slow}, median ms`, sc, 'question', (x) => x.frame.median),
    answer('answer → DOM updated (the app\'s work), median ms', c, 'question', (x) => x.dom.median),
    answer('answer → next frame begins (click + rAF), median ms', c, 'question', (x) => x.nextFrame.median),
    answer('answer → its frame rendered (rAF + task), median ms', c, 'question', (x) => x.frame.median),
    answer('answer → painted for sure (double rAF), median ms', c, 'question', (x) => x.paint.median),
    answer('answer → painted for sure (double rAF), p95 ms', c, 'question', (x) => x.paint.p95),
    answer('last answer → result painted (double rAF), median ms', c, 'result', (x) => x.paint.median),
    answer(`last answer → result painted (double rAF), ${slow}, median ms`, sc, 'result', (x) => x.paint.median),
    row('result link opened → result painted, median ms', m.link.tandem.median, 'n/a: no result links', 'n/a'),
  ];
}

const HEADER = ['figure', 'Tandem', 'SurveyJS', 'SurveyJS, no pause', 'Tandem/SurveyJS', 'Tandem/no pause', 'budget (Tandem)'];

/** A row's printed cells: blank where a figure does not apply, ratios where both are numbers. */
function cells([figure, tv, sv, nv, show, budget]) {
  const shown = (v) => (v === null ? '' : show && typeof v === 'number' ? show(v) : String(v));
  return [figure, shown(tv), shown(sv), shown(nv), show ? ratio(tv, sv) : '', show ? ratio(tv, nv) : '', budget];
}

/** The rows as an aligned Markdown table (readable in a terminal, pasteable into docs). */
function formatTable(table) {
  const body = table.map(cells);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...body.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((v, i) => (i ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(' | ')} |`;
  return [line(HEADER), `|${widths.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`, ...body.map(line)].join('\n');
}

/** The samples of each variant, summarised per destination (next question, result). */
const summarise = (byVariant) =>
  Object.fromEntries(
    Object.entries(byVariant).map(([key, samples]) => [
      key,
      { question: clickSummary(samples, 'question'), result: clickSummary(samples, 'result') },
    ]),
  );

/** Summarises raw measurements, prints the table and notes, writes results.json. */
export function report(measured) {
  const { settings } = measured;
  const clicks = summarise(measured.clicks);
  const slowClicks = summarise(measured.slowClicks);
  const link = { tandem: { median: median(measured.links.tandem), count: measured.links.tandem.length } };
  const start = Object.fromEntries(
    Object.entries(measured.starts).map(([key, samples]) => [
      key,
      { firstPaint: median(samples.map((s) => s.firstPaint)), startWorks: median(samples.map((s) => s.startWorks)) },
    ]),
  );
  const m = { settings, sizes: measured.sizes, lighthouse: measured.lighthouse, clicks, slowClicks, link, start };
  const table = rows(m);
  const counts = (c) => `${c.tandem.question.count} / ${c.surveyjs.question.count} / ${c.surveyjsNoDelay.question.count}`;
  const notes = [
    `kB = 1000 bytes. Sizes are of the files a first visit requested, compressed here; the bench server sent them ${settings.encoding === 'gzip' ? 'gzip -9 compressed, as most hosts would (BENCH_ENCODING=identity sends them raw)' : 'uncompressed (BENCH_ENCODING=identity), and Lighthouse simulates downloading those raw bytes'}.`,
    `Served over ${settings.protocol === 'h2' ? 'HTTP/2 with TLS, as static hosts serve a site (BENCH_PROTOCOL=http1: plain HTTP/1.1)' : 'plain HTTP/1.1 (BENCH_PROTOCOL=http1; the default is HTTP/2 with TLS)'}, from loopback.`,
    "Tandem's page holds its intro in its HTML; SurveyJS's holds a static loading screen (brand, heading, \"Loading the assessment…\") until its app renders its start page.",
    `Lighthouse ${settings.lighthouseVersion}: default mobile config, simulated throttling, median of ${settings.runs.lighthouse} runs each. The "no pause" column is blank where the pause changes nothing.`,
    `Slow 4G applied: ${measured.starts.tandem.length} cold loads of each app, alternating, with Lighthouse's mobile network (${settings.slowPhone.requestLatencyMs} ms request latency, ${settings.slowPhone.downloadThroughputKbps.toFixed(0)} Kbps down as Lighthouse counts them) and CPU slowdown applied by Chromium rather than simulated. "Start button works" is the moment the app's own start button is in the DOM.`,
    `Answer timings: ${counts(clicks)} question changes (Tandem / SurveyJS / SurveyJS no pause), ${settings.runs.passes} passes by mouse at 390×844, and as many with the CPU throttled ${settings.cpuSlowdown}× (Chromium's Emulation.setCPUThrottlingRate, from the start screen on). SurveyJS waits ${settings.surveyjsDelay} ms by default before auto-advancing; "no pause" sets autoAdvanceDelay to 0.`,
    `Each answer is timed from the click event's timestamp. "DOM updated" ends when the next question (or the result) is in the DOM: the app's own work, and the budget line with the CPU throttled. "click + rAF" ends at the first requestAnimationFrame after that, where the frame that paints it begins; at 60 Hz it lands near one frame interval for any app that finishes within a frame, so it cannot tell such apps apart. "rAF + task" ends once that frame is rendered; "double rAF" at the frame after it, so it includes up to two frame intervals (16.7 ms each) of waiting.`,
    `Result link: ${measured.links.tandem.length} cold loads of #/r/<token>, from navigation start to a double rAF after the result picture is in the DOM. SurveyJS keeps answers in the page and has no link that reopens a result.`,
    `Chromium ${settings.chromium}; load average at start ${settings.loadAverage.map((l) => l.toFixed(2)).join(' ')} on ${settings.cores} cores.`,
  ];
  console.log(`\n${formatTable(table)}\n\n${notes.map((note) => `- ${note}`).join('\n')}\n`);

  mkdirSync(OUT, { recursive: true });
  const json = {
    ...m,
    samples: { clicks: measured.clicks, slowClicks: measured.slowClicks, links: measured.links, starts: measured.starts },
    table: table.map(([figure, tandem, surveyjs, surveyjsNoPause, show, budget]) => ({
      figure,
      tandem,
      surveyjs,
      surveyjsNoPause,
      ratio: show ? ratio(tandem, surveyjs) || null : null,
      ratioNoPause: show ? ratio(tandem, surveyjsNoPause) || null : null,
      budget: budget || null,
    })),
    notes,
  };
  // The raw-served and HTTP/1.1 variants are the odd ones out: kept apart from the default results.
  const variant = [settings.encoding === 'identity' && 'raw', settings.protocol === 'http1' && 'http1'].filter(Boolean);
  const file = join(OUT, `${['results', ...variant].join('-')}.json`);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`written: ${file}`);
}
