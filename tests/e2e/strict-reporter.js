// @ts-check
// Fails the run when any test was skipped (test.skip, test.fixme, a skip inside a
// test): a skipped test passes nothing, yet a green run would hide it. No skip is
// allowed, so the count of passed tests is the count of tests.
/** @implements {import('@playwright/test/reporter').Reporter} */
class StrictReporter {
  /** @param {import('@playwright/test/reporter').FullConfig} _config @param {import('@playwright/test/reporter').Suite} suite */
  onBegin(_config, suite) {
    this.suite = suite;
  }

  /** @param {import('@playwright/test/reporter').FullResult} result */
  onEnd(result) {
    const skipped = this.suite?.allTests().filter((test) => test.outcome() === 'skipped') ?? [];
    if (!skipped.length || result.status !== 'passed') return;
    console.error('\nNo test may be skipped, and these were:');
    for (const test of skipped) console.error(`  ${test.titlePath().filter(Boolean).join(' › ')}`);
    return { status: /** @type {const} */ ('failed') };
  }

  printsToStdio() {
    return false;
  }
}

module.exports = StrictReporter;
