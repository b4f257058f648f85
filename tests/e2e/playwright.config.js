// @ts-check
const { defineConfig } = require('@playwright/test');

/** Debian's Chromium: Playwright must never download a browser of its own. */
const chromium = require('../../scripts/chromium.cjs');

// A port of the suite's own (not a dev server's usual one), never shared: a server
// already on it is refused rather than tested, since it may be a stale build.
const port = Number(process.env.PORT || 4390);

module.exports = defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  // Every count is a count of tests that ran and passed at the first try: a test.only
  // left in, a retry that turns a failure into "flaky", or a skip fails the run.
  forbidOnly: true,
  retries: 0,
  failOnFlakyTests: true,
  reporter: [['list'], ['./strict-reporter.js']],
  use: {
    baseURL: `http://127.0.0.1:${port}/tools/alignment/`,
    launchOptions: chromium,
    trace: 'retain-on-failure',
    // Each test starts as a first visit: no service worker answers for the server, or
    // page.route() and reloads would meet cached files. specs/offline.spec.js allows it.
    serviceWorkers: 'block',
  },
  projects: [
    // Specs named *.desktop.spec.js need a hardware keyboard and run on desktop only;
    // *.touch.spec.js need a touch screen and run on the phone only.
    { name: 'phone', testIgnore: /\.desktop\.spec\.js$/, use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: 'desktop', testIgnore: /\.touch\.spec\.js$/, use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: 'node serve.mjs',
    url: `http://127.0.0.1:${port}/tools/alignment/`,
    reuseExistingServer: false,
    env: { PORT: String(port) },
  },
});
