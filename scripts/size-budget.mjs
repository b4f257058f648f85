// The size lines CI holds (scripts/sizes.mjs --check) and the bench reports against.
/**
 * Bytes (KB = 1000 bytes) that may be sent, gzip'd: each line is the build's figure of
 * 6 Dec 2026 plus about 0.5 KB, so a regression of that size fails. First visit 98.3 KB
 * (its WASM 85.8 KB), within the round's target of 100 KB, after the screens became
 * plain functions and the page's effects one; the bank text, loaded once a visitor
 * starts, 15.4 KB; the comparison page, opened fresh, 104.3 KB; the exports program,
 * loaded once a result shows, 34.4 KB; embed.js, which host pages load, stays within
 * 2 KB. The README's size section says what each feature cost and what was tried.
 */
export const BUDGET = { total: 98_800, wasm: 86_300, comparison: 104_800, embed: 2_000, exports: 34_900, text: 15_900 };
