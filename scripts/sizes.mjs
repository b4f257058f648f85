// Prints what a first visit downloads from dist/: every file, raw, gzip and brotli.
// Usage: node scripts/sizes.mjs [dist-dir] [--json] [--check]
// --check exits non-zero when the gzip'd WASM or the gzip'd total passes its budget,
// so size cannot regress silently (a size check, not a timing one: sizes are exact).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Bytes (1 KB = 1000 bytes) a first visit may cost, gzip'd. */
const BUDGET = { total: 120_000, wasm: 108_000 };

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) || 'dist';
// 404.html is served only for a missing address, never on a first visit.
const files = readdirSync(dir)
  .filter((f) => f !== '404.html' && statSync(join(dir, f)).isFile())
  .sort();
const rows = files.map((file) => {
  const bytes = readFileSync(join(dir, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

if (args.includes('--json')) {
  console.log(JSON.stringify({ files: rows, total }, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`${'file'.padEnd(36)} ${'raw KiB'.padStart(8)} ${'gzip KiB'.padStart(8)} ${'br KiB'.padStart(8)}`);
  for (const r of [...rows, total]) console.log(`${r.file.padEnd(36)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
}

if (args.includes('--check')) {
  const wasm = rows.filter((r) => r.file.endsWith('.wasm')).reduce((sum, r) => sum + r.gzip, 0);
  const checks = [
    ['gzip WASM', wasm, BUDGET.wasm],
    ['gzip total', total.gzip, BUDGET.total],
  ];
  let over = false;
  for (const [what, bytes, budget] of checks) {
    const ok = bytes <= budget;
    over ||= !ok;
    console.log(`size budget: ${what} ${bytes} bytes of ${budget}: ${ok ? 'ok' : 'OVER BUDGET'}`);
  }
  if (over) process.exit(1);
}
