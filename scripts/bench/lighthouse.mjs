// Lighthouse's default mobile run (simulated throttling), performance only, in
// Debian's Chromium started by chrome-launcher with a fresh profile each run.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './config.mjs';
import { median } from './stats.mjs';

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  tti: 'interactive',
};

/** One Lighthouse run of `url`: the score (0–100) and the metrics in ms. */
async function lighthouseOnce(url) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const run = { score: Math.round(lhr.categories.performance.score * 100), warnings: lhr.runWarnings };
    for (const [key, id] of Object.entries(METRICS)) run[key] = lhr.audits[id].numericValue;
    return run;
  } finally {
    chrome.kill();
  }
}

/**
 * `runs` runs per URL, alternating between the URLs so that a busy neighbour on the
 * machine weighs on each alike; the median of each figure on its own.
 */
export async function lighthouseMedians(urls, runs) {
  const all = Object.fromEntries(Object.keys(urls).map((key) => [key, []]));
  for (let i = 0; i < runs; i++) {
    for (const [key, url] of Object.entries(urls)) all[key].push(await lighthouseOnce(url));
  }
  return Object.fromEntries(
    Object.entries(all).map(([key, list]) => {
      const medians = Object.fromEntries(['score', ...Object.keys(METRICS)].map((m) => [m, median(list.map((r) => r[m]))]));
      return [key, { ...medians, runs: list }];
    }),
  );
}
