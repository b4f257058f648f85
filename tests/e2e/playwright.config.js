// @ts-check
const { defineConfig } = require('@playwright/test');

/** Debian's Chromium: Playwright must never download a browser of its own. */
const chromium = require('../../scripts/chromium.cjs');

const port = Number(process.env.PORT || 4173);

module.exports = defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/tools/alignment/`,
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    // Specs named *.desktop.spec.js need a hardware keyboard and run on desktop only.
    { name: 'phone', testIgnore: /\.desktop\.spec\.js$/, use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: 'node serve.mjs',
    url: `http://127.0.0.1:${port}/tools/alignment/`,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port) },
  },
});
