// Turns the measurements into one table (printed) and results.json, with Tandem's
// budget checked on its lines. Nothing here fails the run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET, OUT } from './config.mjs';
import { median, quantile } from './stats.mjs';

const kB = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => (value === null ? 'n/a' : value < 100 ? value.toFixed(1) : value.toFixed(0));
const sizeCell = (f) => `${kB(f.raw)} / ${kB(f.gzip)} / ${kB(f.brotli)}`;
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' && b !== 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const check = (ok, rule) => `${rule}: ${ok ? 'PASS' : 'FAIL'}`;

/** Medians and p95 of the click samples that went `to` a question or the result. */
function clickSummary(samples, to) {
  const picked = samples.filter((s) => s.to === to);
  const of = (key) => picked.map((s) => s[key]);
  return {
    count: picked.length,
    nextFrame: { median: median(of('nextFrame')), p95: quantile(of('nextFrame'), 0.95) },
    paint: { median: median(of('paint')), p95: quantile(of('paint'), 0.95) },
    frame: { median: median(of('frame')) },
    dom: { median: median(of('dom')) },
  };
}

/** One row per file name, its sizes under the app that downloads it. */
function fileRows(tandemFiles, surveyjsFiles) {
  const names = [...new Set([...tandemFiles, ...surveyjsFiles].map((f) => f.file))];
  const cell = (files, name) => {
    const found = files.find((f) => f.file === name);
    return found ? sizeCell(found) : '';
  };
  return names.map((name) => [`  ${name}`, cell(tandemFiles, name), cell(surveyjsFiles, name), null, '']);
}

/** Every figure as a row: [figure, Tandem, SurveyJS, ratio, budget], numbers kept for JSON. */
function rows(m) {
  const t = m.sizes.tandem;
  const s = m.sizes.surveyjs;
  const lt = m.lighthouse.tandem;
  const ls = m.lighthouse.surveyjs;
  const at = m.clicks.tandem;
  const as = m.clicks.surveyjs;
  const a0 = m.clicks.surveyjsNoDelay;
  const row = (figure, tv, sv, show = ms, budget = '') => [figure, tv, sv, show, budget];
  return [
    ['first visit: each file, raw / gzip / br kB', '', '', null, ''],
    ...fileRows(t.files, s.files),
    row('first visit: files requested', t.requests, s.requests, String),
    row('first visit: raw kB', t.total.raw, s.total.raw, kB),
    row('first visit: gzip -9 kB', t.total.gzip, s.total.gzip, kB,
      check(t.total.gzip <= BUDGET.gzipBytes, `≤ ${kB(BUDGET.gzipBytes)} kB`)),
    row('first visit: brotli -q11 kB', t.total.brotli, s.total.brotli, kB),
    row('Lighthouse mobile performance score', lt.score, ls.score, String,
      check(lt.score >= BUDGET.lighthouseScore, `≥ ${BUDGET.lighthouseScore}`)),
    row('Lighthouse First Contentful Paint ms', lt.fcp, ls.fcp),
    row('Lighthouse Largest Contentful Paint ms', lt.lcp, ls.lcp),
    row('Lighthouse Total Blocking Time ms', lt.tbt, ls.tbt),
    row('Lighthouse Time to Interactive ms', lt.tti, ls.tti),
    row('answer → next frame begins (click + rAF), median ms', at.question.nextFrame.median, as.question.nextFrame.median, ms,
      check(at.question.nextFrame.median <= BUDGET.answerToPaintMedianMs, `≤ ${BUDGET.answerToPaintMedianMs} ms`)),
    row('answer → next frame begins (click + rAF), p95 ms', at.question.nextFrame.p95, as.question.nextFrame.p95),
    row('answer → its frame rendered (rAF + task), median ms', at.question.frame.median, as.question.frame.median),
    row('answer → painted for sure (double rAF), median ms', at.question.paint.median, as.question.paint.median),
    row('answer → painted for sure (double rAF), p95 ms', at.question.paint.p95, as.question.paint.p95),
    row('answer → DOM updated, median ms', at.question.dom.median, as.question.dom.median),
    row('  same, SurveyJS autoAdvanceDelay 0: click + rAF, median ms', at.question.nextFrame.median, a0.question.nextFrame.median),
    row('  same, SurveyJS autoAdvanceDelay 0: click + rAF, p95 ms', at.question.nextFrame.p95, a0.question.nextFrame.p95),
    row('  same, SurveyJS autoAdvanceDelay 0: rAF + task, median ms', at.question.frame.median, a0.question.frame.median),
    row('  same, SurveyJS autoAdvanceDelay 0: double rAF, median ms', at.question.paint.median, a0.question.paint.median),
    row('  same, SurveyJS autoAdvanceDelay 0: DOM, median ms', at.question.dom.median, a0.question.dom.median),
    row('last answer → result painted, median ms', at.result.paint.median, as.result.paint.median),
    row('result link opened → result painted, median ms', m.link.tandem.median, 'n/a: SurveyJS has no result links', ms),
  ];
}

/** The rows as an aligned Markdown table (readable in a terminal, pasteable into docs). */
function formatTable(table) {
  const header = ['figure', 'Tandem', 'SurveyJS', 'Tandem/SurveyJS', 'budget (Tandem)'];
  const cells = table.map(([figure, tv, sv, show, budget]) => [
    figure,
    show && typeof tv === 'number' ? show(tv) : String(tv),
    show && typeof sv === 'number' ? show(sv) : String(sv),
    show ? ratio(tv, sv) : '',
    budget,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((v, i) => (i ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`, ...cells.map(line)].join('\n');
}

/** Summarises raw measurements, prints the table and notes, writes results.json. */
export function report(measured) {
  const clicks = Object.fromEntries(
    Object.entries(measured.clicks).map(([key, samples]) => [
      key,
      { question: clickSummary(samples, 'question'), result: clickSummary(samples, 'result') },
    ]),
  );
  const link = { tandem: { median: median(measured.links.tandem), count: measured.links.tandem.length } };
  const m = { settings: measured.settings, sizes: measured.sizes, lighthouse: measured.lighthouse, clicks, link };
  const table = rows(m);
  const n = clicks.tandem.question.count;
  const notes = [
    `kB = 1000 bytes. Sizes are of the files a first visit requested, compressed here; the bench server sent them ${measured.settings.encoding === 'gzip' ? 'gzip -9 compressed (BENCH_ENCODING=gzip)' : 'uncompressed, and Lighthouse simulates downloading those raw bytes'}.`,
    `Lighthouse ${measured.settings.lighthouseVersion}: default mobile config, simulated throttling, median of ${measured.settings.runs.lighthouse} runs each.`,
    `Answer timings: ${n} / ${clicks.surveyjs.question.count} / ${clicks.surveyjsNoDelay.question.count} question changes (Tandem / SurveyJS / SurveyJS delay 0), ${measured.settings.runs.passes} passes by mouse at 390×844; SurveyJS waits ${measured.settings.surveyjsDelay} ms by default before auto-advancing.`,
    `Each answer is timed from the click event's timestamp. "click + rAF" (the issue's method, and the budget line) ends at the first requestAnimationFrame after the DOM change, where the frame that paints the new question begins; "rAF + task" ends once that frame is rendered; "double rAF" ends at the frame after it, so it includes up to two frame intervals (16.7 ms each at 60 Hz) of waiting.`,
    `Result link: ${measured.links.tandem.length} cold loads of #/r/<token>, from navigation start to a double rAF after the result picture is in the DOM. SurveyJS keeps answers in the page and has no link that reopens a result.`,
    `Chromium ${measured.settings.chromium}; load average at start ${measured.settings.loadAverage.map((l) => l.toFixed(2)).join(' ')} on ${measured.settings.cores} cores.`,
  ];
  console.log(`\n${formatTable(table)}\n\n${notes.map((note) => `- ${note}`).join('\n')}\n`);

  mkdirSync(OUT, { recursive: true });
  const json = {
    ...m,
    samples: { clicks: measured.clicks, links: measured.links },
    table: table.map(([figure, tandem, surveyjs, show, budget]) => ({
      figure,
      tandem,
      surveyjs,
      ratio: show ? ratio(tandem, surveyjs) : null,
      budget: budget || null,
    })),
    notes,
  };
  // A gzip-served run is the odd one out: kept apart from the default results.
  const file = join(OUT, measured.settings.encoding === 'gzip' ? 'results-gzip.json' : 'results.json');
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`written: ${file}`);
}
