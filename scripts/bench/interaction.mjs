// Interaction timings, measured inside the page so Playwright's own overhead never
// counts: from a click on an answer to the next question (or the result) painted,
// from opening a result link to the result picture painted, and a first visit on a
// throttled phone until its start button works.
import { throttling } from 'lighthouse/core/config/constants.js';
import { newPhoneContext } from './browser.mjs';
import { urlOf } from './config.mjs';

/**
 * In the page: arms a one-shot measurement of the next click. The start is the click
 * event's timestamp, taken by a capture-phase listener before any app handler runs.
 * Four ends, in ms after it:
 * - dom: a mutation shows a different question heading (or the result);
 * - nextFrame: the first requestAnimationFrame callback after it, i.e. the frame that
 *   paints it has begun (the method: performance.now() around the click plus a rAF);
 * - frame: the main thread has rendered the frame that shows it (rAF, then a task);
 * - paint: a double requestAnimationFrame, the next frame after that one, so painted for
 *   sure; it includes up to two frame intervals (2 × 16.7 ms at 60 Hz) of waiting.
 */
function armClickToPaint({ heading, result }) {
  const text = () => document.querySelector(heading)?.textContent ?? null;
  const before = text();
  window.__sample = new Promise((resolve) => {
    let start = null;
    addEventListener('click', (event) => (start = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const done = document.querySelector(result) ? 'result' : text() !== null && text() !== before ? 'question' : null;
      if (start === null || !done) return;
      observer.disconnect();
      const dom = performance.now() - start;
      requestAnimationFrame(() => {
        const nextFrame = performance.now() - start;
        let frame = null;
        let paint = null;
        // Resolves once both ends are known: on a busy machine the next frame's rAF can
        // come before the task, and a sample must not lose its "frame" end then.
        const finish = () => frame !== null && paint !== null && resolve({ to: done, dom, nextFrame, frame, paint });
        // A task posted from the first callback runs right after that frame's rendering.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          frame = performance.now() - start;
          finish();
        };
        channel.port2.postMessage(null);
        requestAnimationFrame(() => {
          paint = performance.now() - start;
          finish();
        });
      });
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** In the page, before any of its scripts: time from navigation start to `selector` painted. */
function watchForPaint(selector) {
  window.__painted = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    });
    observer.observe(document, { subtree: true, childList: true });
  });
}

/**
 * One full pass through the questions by mouse, in a fresh context. Returns a
 * sample per answer: `to` is 'question' (the next question) or 'result' (after the last).
 * With `slowdown`, Chromium throttles the page's CPU by that factor from the start
 * screen on (loading itself runs at full speed).
 */
async function onePass(browser, app, { pass, query = '', slowdown = 1 }) {
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(urlOf(app) + query);
    if (slowdown !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    }
    await page.locator(app.start).click();
    if (app.skip) await page.locator(app.skip).click();
    const samples = [];
    for (let question = 0; ; question++) {
      const answers = page.locator(app.answer);
      await answers.first().waitFor();
      await page.evaluate(armClickToPaint, { heading: app.heading, result: app.result });
      // Vary the answer from pass to pass; the timing should not depend on which.
      await answers.nth((question + pass) % 4).click();
      const sample = await page.evaluate(() => window.__sample);
      samples.push({ question: question + 1, ...sample });
      if (sample.to === 'result') break;
      // A person's pause between answers: lets transitions and idle work finish.
      await page.waitForTimeout(150);
    }
    if (errors.length) throw new Error(`${app.name}: page errors: ${errors.join('; ')}`);
    return samples;
  } finally {
    await context.close();
  }
}

/**
 * Answer-to-paint for several apps, passes interleaved so that a busy neighbour on
 * the machine slows every app alike. `variants` maps a label to { app, query };
 * `slowdown` is the CPU throttling factor (1: none).
 */
export async function answerTimings(browser, variants, passes, slowdown = 1) {
  const samples = Object.fromEntries(Object.keys(variants).map((label) => [label, []]));
  for (let pass = 0; pass < passes; pass++) {
    for (const [label, { app, query }] of Object.entries(variants)) {
      samples[label].push(...(await onePass(browser, app, { pass, query, slowdown })));
    }
  }
  return samples;
}

/** Opens `app`'s result link `loads` times, each in a fresh context (a recipient's first visit). */
export async function linkTimings(browser, app, loads) {
  const times = [];
  for (let load = 0; load < loads; load++) {
    const context = await newPhoneContext(browser);
    try {
      const page = await context.newPage();
      await page.addInitScript(watchForPaint, app.result);
      await page.goto(urlOf(app) + app.resultLink);
      times.push(await page.evaluate(() => window.__painted));
    } finally {
      await context.close();
    }
  }
  return times;
}

/** In the page, before any of its scripts: time from navigation start to `selector` in the DOM. */
function watchForElement(selector) {
  window.__arrived = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document, { subtree: true, childList: true });
  });
}

/** In the page: when its first contentful paint happened, once it has. */
function firstContentfulPaint() {
  return new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const paint = list.getEntriesByName('first-contentful-paint')[0];
      if (!paint) return;
      observer.disconnect();
      resolve(paint.startTime);
    }).observe({ type: 'paint', buffered: true });
  });
}

/**
 * First visits on a slow phone, throttled for real rather than simulated: Lighthouse's
 * mobile network (slow 4G: its request latency and throughputs) applied by Chromium,
 * and its CPU slowdown. Each load in a fresh context; from navigation start, the first
 * contentful paint and the moment the start button works, i.e. the app's own button
 * (`app.start`) is in the DOM: Tandem's, which takes over from the static intro's, or
 * SurveyJS's, which its app renders.
 */
export async function startTimings(browser, app, loads) {
  const slow4G = throttling.mobileSlow4G;
  const kbps = (value) => (value * 1024) / 8; // Lighthouse's Kbps, as bytes per second
  const samples = [];
  for (let load = 0; load < loads; load++) {
    const context = await newPhoneContext(browser);
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: slow4G.requestLatencyMs,
        downloadThroughput: kbps(slow4G.downloadThroughputKbps),
        uploadThroughput: kbps(slow4G.uploadThroughputKbps),
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow4G.cpuSlowdownMultiplier });
      await page.addInitScript(watchForElement, app.start);
      await page.goto(urlOf(app), { waitUntil: 'commit' });
      const startWorks = await page.evaluate(() => window.__arrived);
      const firstPaint = await page.evaluate(firstContentfulPaint);
      samples.push({ firstPaint, startWorks });
    } finally {
      await context.close();
    }
  }
  return samples;
}
