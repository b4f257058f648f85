// The size lines CI holds (scripts/sizes.mjs --check) and the bench reports against.
/**
 * Bytes (KB = 1000 bytes) that may be sent, gzip'd: each line is the build's figure of
 * 7 Dec 2026 plus about 0.5 KB, so a regression of that size fails. First visit 97.1 KB
 * (its WASM 84.6 KB), within the round's target of 100 KB; the bank text, loaded once a
 * visitor starts, 15.4 KB; the comparison page, opened fresh, 103.1 KB; the exports
 * program, loaded once a result shows, 34.2 KB; embed.js, which host pages load, stays
 * within 2 KB. docs/size.md says what each feature cost and what was tried.
 */
export const BUDGET = { total: 97_700, wasm: 85_100, comparison: 103_600, embed: 2_000, exports: 34_800, text: 15_900 };
