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

/**
 * In the page, before any of its scripts: the time from navigation start to `selector`
 * in the DOM, or with `painted` to it painted for sure (a double rAF after that).
 */
function watchFor({ selector, painted }) {
  window.__arrived = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      if (painted) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      else resolve(performance.now());
    });
    observer.observe(document, { subtree: true, childList: true });
  });
}

/**
 * `measure(page, context)` on a fresh page in a fresh context (empty cache and storage:
 * a first visit). Fails on a page error, or after a minute: a page that never shows
 * what is awaited must not hold the bench up for ever.
 */
async function coldLoad(browser, app, measure) {
  const context = await newPhoneContext(browser);
  let timer;
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const late = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`${app.name}: nothing to measure after 60 s; page errors: ${errors.join('; ') || 'none'}`)), 60_000);
    });
    const sample = await Promise.race([measure(page, context), late]);
    if (errors.length) throw new Error(`${app.name}: page errors: ${errors.join('; ')}`);
    return sample;
  } finally {
    clearTimeout(timer);
    await context.close();
  }
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

/** Opens `app`'s result link `loads` times, each a first visit (a recipient's). */
export async function linkTimings(browser, app, loads) {
  const times = [];
  for (let load = 0; load < loads; load++) {
    times.push(
      await coldLoad(browser, app, async (page) => {
        await page.addInitScript(watchFor, { selector: app.result, painted: true });
        await page.goto(urlOf(app) + app.resultLink);
        return page.evaluate(() => window.__arrived);
      }),
    );
  }
  return times;
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

/** The slow phone of the start timings: Lighthouse's mobile network and CPU slowdown. */
export const SLOW_PHONE = throttling.mobileSlow4G;

/**
 * One first visit on a slow phone, throttled for real rather than simulated:
 * `SLOW_PHONE`'s network (request latency, throughputs) applied by Chromium, and its CPU
 * slowdown. From navigation start: the first contentful paint, and the moment the start
 * button works, i.e. the app's own button (`app.start`) is in the DOM: Tandem's, which
 * takes over from the intro in its HTML, or SurveyJS's, which its app renders.
 */
export function startTiming(browser, app) {
  const bytesPerSecond = (kbps) => (kbps * 1024) / 8; // Lighthouse's Kbps, as Lighthouse converts them
  return coldLoad(browser, app, async (page, context) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PHONE.requestLatencyMs,
      downloadThroughput: bytesPerSecond(SLOW_PHONE.downloadThroughputKbps),
      uploadThroughput: bytesPerSecond(SLOW_PHONE.uploadThroughputKbps),
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdownMultiplier });
    await page.addInitScript(watchFor, { selector: app.start, painted: false });
    await page.goto(urlOf(app));
    return { firstPaint: await page.evaluate(firstContentfulPaint), startWorks: await page.evaluate(() => window.__arrived) };
  });
}
