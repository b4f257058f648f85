// The size lines CI holds (scripts/sizes.mjs --check) and the bench reports against.
/**
 * Bytes (KB = 1000 bytes) that may be sent, gzip'd: each line is the build's figure plus
 * about 0.5 KB, so a regression of that size fails. On 7 Dec 2026, after the fixes of
 * issue 30 (+1.0 KB: error wording, embed options, printing, the invitation, the
 * stages' names under their bands): first visit 98.1 KB (its WASM 85.5 KB), within the
 * round's allowance of 100 KB; the bank text, loaded once a visitor starts, 15.4 KB; the
 * comparison page, opened fresh, 102.0 KB (one component and one effect, −1.2 KB); the
 * exports program, loaded once a result shows, 34.3 KB; embed.js, which host pages load,
 * stays within 2 KB. Then, on the comparison page only: its pictures that keep twelve keys
 * apart (+0.6 KB), its files' buttons and their loader (+3.3 KB) and the offer to send an
 * answered invitation's comparison back (+2.0 KB): 107.9 KB; the comparison's files
 * program, loaded at the first press on one of those buttons, 38.6 KB. Then result links
 * of format 3 (bank ids and the company's name, issues 26 and 30): first visit +0.8 KB
 * (99.2 KB, WASM 86.3 KB), the comparison page +0.9 KB (109.1 KB), the exports program
 * +4.5 KB for the company's field (39.0 KB), the comparison's files program 39.2 KB.
 * Then the brand and the bank's words from files (issue 26): first visit 99.3 KB (WASM
 * 86.4 KB), comparison page 109.2 KB, bank text 15.4 KB; the lines below leave about
 * 0.4 KB, and the round's allowance 0.7 KB. Then "where next" (issue 28): its holder on
 * the result and its styles, first visit +0.3 KB (99.6 KB, WASM 86.5 KB; the round's
 * allowance 0.4 KB); the search, its words and the explorer in the exports program,
 * +8.2 KB (47.2 KB). Then the plan (issue 28): its holder's link and two styles, first
 * visit +32 bytes (99.7 KB; the round's allowance 0.3 KB); the plan, its three files and
 * the loading of its words in the exports program, +7.9 KB (55.1 KB). Then progress over
 * time (issue 28): the history program's <meta> and three styles, first visit +65 bytes
 * (99.8 KB; the round's allowance 0.2 KB); the offer to keep, the paste form and the
 * history program's loader in the exports program, +2.9 KB (58.0 KB); the history
 * program itself, 36.5 KB, only for a visitor who keeps a result or gives an earlier one.
 * The comparison's people as a list of results: comparison page +67 bytes (109.6 KB),
 * its files program +0.4 KB (39.9 KB).
 * docs/size.md says what each change cost and what was tried.
 */
export const BUDGET = { total: 99_900, wasm: 86_800, comparison: 110_100, embed: 2_000, exports: 58_500, comparisonFiles: 40_300, history: 36_900, text: 15_900 };
