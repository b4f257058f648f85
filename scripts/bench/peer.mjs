// Writes the SurveyJS peer: Tandem's question bank (src/content/bank.toml) as an
// ordinary production SurveyJS page in target/bench/peer/. Same start screen text,
// same 24 questions in the same order, one per page, same answer texts in the same
// order, auto-advance on answer, and a simple result (the stage of the average).
// Until SurveyJS renders, the page shows a static loading screen (brand, heading,
// "Loading the assessment…"), as Tandem's index.html did before its intro was in its
// HTML: the page's first paint is not left blank.
// Usage: node scripts/bench/peer.mjs
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'smol-toml';
import { APPS, ROOT } from './config.mjs';

const MODULES = new URL('node_modules/', import.meta.url).pathname;

/** The minified UMD builds and the default theme, copied next to the page. */
const ASSETS = {
  'survey.core.min.js': 'survey-core/survey.core.min.js',
  'survey-js-ui.min.js': 'survey-js-ui/survey-js-ui.min.js',
  // The default theme without its @font-face rules: those point at a font CDN that
  // this machine cannot reach, and would stall every load.
  'survey-core.fontless.min.css': 'survey-core/survey-core.fontless.min.css',
};

/** The start screen's heading, in both apps' start screens and the peer's loading screen. */
const HEADING = 'How well do your sales and marketing teams work together?';

/** The SurveyJS model for the bank: a start page, then one radiogroup per page. */
export function surveyModel(bank) {
  const levels = bank.stage.map((s) => s.id);
  const dimension = Object.fromEntries(bank.dimension.map((d) => [d.id, d.name]));
  const names = bank.question.map((_, i) => `q${i + 1}`);
  const most = 3 * bank.question.length;
  const start = {
    name: 'start',
    elements: [
      {
        type: 'html',
        name: 'intro',
        html:
          `<h1>${HEADING}</h1>` +
          `<p>Answer ${bank.question.length} short questions about how your two teams really work day to day. ` +
          `You will see where your organisation sits on a four-stage curve, from ${bank.stage[0].title} to ${bank.stage.at(-1).title}.</p>`,
      },
    ],
  };
  const pages = bank.question.map((q, i) => ({
    name: `page${i + 1}`,
    elements: [
      {
        type: 'radiogroup',
        name: names[i],
        title: q.prompt,
        description: dimension[q.dimension],
        // An answer's value is its stage's level, 0 (first stage) to 3.
        choices: q.answers.map((a) => ({ value: levels.indexOf(a.stage), text: a.text })),
      },
    ],
  }));
  // The overall score in percent, and one result per stage (equal quarters of the scale).
  const score = `round(sum(${names.map((n) => `{${n}}`).join(', ')}) * 100 / ${most})`;
  const results = bank.stage.map((stage, level) => ({
    expression: `{score} >= ${level * 25}` + (level < 3 ? ` and {score} < ${(level + 1) * 25}` : ''),
    html: `<h2>Your teams are ${stage.title}</h2><p>Overall score: {score}%</p><p>${stage.summary}</p>`,
  }));
  return {
    title: 'Tandem',
    firstPageIsStartPage: true,
    startSurveyText: 'Start the assessment',
    autoAdvanceEnabled: true,
    showProgressBar: true,
    progressBarLocation: 'top',
    showQuestionNumbers: 'off',
    pages: [start, ...pages],
    calculatedValues: [{ name: 'score', expression: score }],
    completedHtmlOnCondition: results,
  };
}

/**
 * The page: styles first, then the two libraries and the survey, all deferred in
 * order. The loading screen has Tandem's look, with its layout rules inline.
 */
function indexHtml() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sales and marketing alignment assessment (SurveyJS)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="survey-core.fontless.min.css">
<style>
.loading { max-width: 44rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; font: 1.0625rem/1.55 system-ui, sans-serif; }
.loading h1 { font-size: clamp(1.5rem, 1.1rem + 2vw, 2.1rem); line-height: 1.25; margin: 0 0 0.75rem; }
.loading .brand { font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; font-size: 0.85rem; margin-bottom: 1.5rem; }
.loading .lead { font-size: 1.15rem; }
</style>
<script defer src="survey.core.min.js"></script>
<script defer src="survey-js-ui.min.js"></script>
<script defer src="survey.js"></script>
</head>
<body>
<div id="survey">
<main class="loading">
<p class="brand" aria-hidden="true">Tandem</p>
<h1>${HEADING}</h1>
<p class="lead" role="status">Loading the assessment…</p>
</main>
</div>
</body>
</html>
`;
}

/** The page's own script: the model, plus opt-in knobs the bench uses via the query. */
function surveyJs(model) {
  return `"use strict";
(function () {
  var query = new URLSearchParams(location.search);
  // ?delay=0 turns off SurveyJS's default pause before auto-advancing.
  if (query.has("delay")) Survey.settings.autoAdvanceDelay = Number(query.get("delay"));
  var survey = new Survey.Model(${JSON.stringify(model)});
  var root = document.getElementById("survey");
  root.replaceChildren(); // the loading screen goes once the survey renders
  survey.render(root);
})();
`;
}

export function writePeer(outDir = APPS.surveyjs.dir) {
  const bank = parse(readFileSync(resolve(ROOT, 'src/content/bank.toml'), 'utf8'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, from] of Object.entries(ASSETS)) copyFileSync(join(MODULES, from), join(outDir, name));
  writeFileSync(join(outDir, 'index.html'), indexHtml());
  writeFileSync(join(outDir, 'survey.js'), surveyJs(surveyModel(bank)));
  return { questions: bank.question.length, dir: outDir };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { questions, dir } = writePeer();
  console.log(`SurveyJS peer with ${questions} questions written to ${dir}`);
}
