// @ts-check
// axe-core on the page as it stands, for the accessibility specs: WCAG 2.2 AA's rules.
const { AxeBuilder } = require('@axe-core/playwright');
const { expect } = require('./tandem');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element: rule, impact, what to fix, where. */
function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/** Runs axe on the page as it stands and fails with a readable list of violations. */
async function expectNoViolations(page, screen) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.length, `axe violations on ${screen}:\n\n${describeViolations(violations)}`).toBe(0);
}

module.exports = { expectNoViolations };
