// @ts-check
// Every test fails on any page or console error (the pageErrors fixture in tandem.js).
// A test that provokes errors on purpose takes out exactly those it expects, one
// entry per expected error, matched by its message: any other error still fails it.
const { expect } = require('@playwright/test');

/**
 * Waits for one error matching each pattern in turn and removes that entry only.
 * A pattern listed twice stands for two errors.
 * @param {string[]} pageErrors the fixture's list
 * @param {RegExp[]} patterns
 */
async function expectErrors(pageErrors, patterns) {
  for (const pattern of patterns) {
    const index = () => pageErrors.findIndex((error) => pattern.test(error));
    await expect
      .poll(index, { message: `an error matching ${pattern}; seen: ${JSON.stringify(pageErrors)}` })
      .toBeGreaterThanOrEqual(0);
    pageErrors.splice(index(), 1);
  }
}

module.exports = { expectErrors };
