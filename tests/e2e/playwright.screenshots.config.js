// @ts-check
// Screenshots of each screen for a person to look at, written to
// tests/e2e/artifacts/screenshots/: artefacts, not checks, so they run apart from the
// suite and add nothing to its count. Compared against committed pictures they would
// fail on any machine whose fonts render differently (the app uses the system's
// fonts), which says nothing about the app.
//   npx playwright test -c playwright.screenshots.config.js
const base = require('./playwright.config');

module.exports = {
  ...base,
  testMatch: /\.shots\.js$/,
  outputDir: './test-results/screenshots',
};
