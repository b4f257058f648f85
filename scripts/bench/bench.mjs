// Measures Tandem (target/bench/tandem/, a copy of dist/) and the SurveyJS peer
// (target/bench/peer/) in one run and reports. scripts/bench/run.sh installs,
// builds and generates the peer first.
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { launchBrowser, newPhoneContext } from './browser.mjs';
import { APPS, CPU_SLOWDOWN, ENCODING, PROTOCOL, RUNS, urlOf } from './config.mjs';
import { answerTimings, linkTimings, SLOW_PHONE, startTiming } from './interaction.mjs';
import { lighthouseMedians } from './lighthouse.mjs';
import { report } from './report.mjs';
import { firstVisitSizes } from './sizes.mjs';
import { startServer } from './serve.mjs';

const step = (what) => console.log(`[bench] ${what}`);

/** SurveyJS's pause before auto-advancing, as the page itself has it. */
async function surveyjsDelay(browser) {
  const context = await newPhoneContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(urlOf(APPS.surveyjs));
    return await page.evaluate(() => window.Survey.settings.autoAdvanceDelay);
  } finally {
    await context.close();
  }
}

async function main() {
  const settings = {
    runs: RUNS,
    encoding: ENCODING,
    protocol: PROTOCOL,
    slowPhone: SLOW_PHONE,
    cpuSlowdown: CPU_SLOWDOWN,
    lighthouseVersion: JSON.parse(readFileSync(new URL('node_modules/lighthouse/package.json', import.meta.url))).version,
    loadAverage: loadavg(),
    cores: cpus().length,
  };
  const server = await startServer();
  try {
    const browser = await launchBrowser();
    const measured = { settings, sizes: {}, clicks: {}, slowClicks: {}, links: {}, starts: {} };
    try {
      settings.chromium = browser.version();
      settings.surveyjsDelay = await surveyjsDelay(browser);
      step('first-visit sizes');
      for (const [key, app] of Object.entries(APPS)) measured.sizes[key] = await firstVisitSizes(browser, app);
      const variants = {
        tandem: { app: APPS.tandem },
        surveyjs: { app: APPS.surveyjs },
        surveyjsNoDelay: { app: APPS.surveyjs, query: '?delay=0' },
      };
      step(`answer-to-paint: ${RUNS.passes} passes of each app`);
      measured.clicks = await answerTimings(browser, variants, RUNS.passes);
      step(`answer-to-paint, CPU ${CPU_SLOWDOWN}× slower: ${RUNS.passes} passes of each app`);
      measured.slowClicks = await answerTimings(browser, variants, RUNS.passes, CPU_SLOWDOWN);
      step(`first visit on a throttled phone: ${RUNS.loads} loads of each app`);
      measured.starts = Object.fromEntries(Object.keys(APPS).map((key) => [key, []]));
      // Loads alternate between the apps, so a busy neighbour slows each alike.
      for (let load = 0; load < RUNS.loads; load++) {
        for (const [key, app] of Object.entries(APPS)) measured.starts[key].push(await startTiming(browser, app));
      }
      step(`result link: ${RUNS.loads} loads`);
      measured.links.tandem = await linkTimings(browser, APPS.tandem, RUNS.loads);
    } finally {
      // Closed before Lighthouse, so no idle browser shares the CPU with it.
      await browser.close();
    }
    step(`Lighthouse: ${RUNS.lighthouse} runs of each app`);
    measured.lighthouse = await lighthouseMedians({ tandem: urlOf(APPS.tandem), surveyjs: urlOf(APPS.surveyjs) }, RUNS.lighthouse);
    report(measured);
  } finally {
    server.close();
  }
}

await main();
