// Gives the names that tie a WASM module to its wasm-bindgen glue one or two letters,
// in both files: the imports' module and fields (`__wbg_addEventListener_f2d27251d333a631`)
// and wasm-bindgen's own exports (`wasm_bindgen_…_convert__closures_…`). Terser cannot
// shorten them, since they are property names shared with the WASM, and their hashes do
// not compress: 138 imports cost the first visit about 3 KB gzip, in the WASM and the glue.
// Every name must be found in the glue as many times as expected, or the build fails:
// a wasm-bindgen whose glue looks otherwise must be looked at, not silently broken.
import { readFileSync, writeFileSync } from 'node:fs';

/** wasm-bindgen's exports; the rest (memory, main, handlers the page calls) keep their names. */
const BINDGEN_EXPORT = /^(wasm_bindgen_|__wbindgen_|__externref_|__wbg_)/;
const IDENTIFIER_START = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
const IDENTIFIER_PART = IDENTIFIER_START + '0123456789';

/** The n-th short identifier: a, b, …, $, ab, … */
function shortName(n) {
  let name = IDENTIFIER_START[n % IDENTIFIER_START.length];
  for (n = Math.floor(n / IDENTIFIER_START.length); n > 0; n = Math.floor(n / IDENTIFIER_PART.length)) {
    name += IDENTIFIER_PART[n % IDENTIFIER_PART.length];
  }
  return name;
}

function unsignedLeb(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
}

const encodedName = (text) => Buffer.concat([unsignedLeb(Buffer.byteLength(text)), Buffer.from(text)]);

/** Reads a module's sections, and the parts of the import and export sections that matter here. */
function reader(bytes) {
  let at = 0;
  const leb = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const name = () => {
    const length = leb();
    at += length;
    return bytes.subarray(at - length, at).toString();
  };
  const limits = () => {
    const flags = bytes[at++];
    leb();
    if (flags & 1) leb();
  };
  /** The bytes that describe an import after its names, by kind. */
  const importDescription = () => {
    const start = at;
    const kind = bytes[at++];
    if (kind === 0) leb();
    else if (kind === 1) (at++, limits());
    else if (kind === 2) limits();
    else if (kind === 3) at += 2;
    else if (kind === 4) (at++, leb());
    else throw new Error(`unknown import kind ${kind}`);
    return bytes.subarray(start, at);
  };
  return {
    get at() {
      return at;
    },
    set at(to) {
      at = to;
    },
    leb,
    name,
    importDescription,
  };
}

function rename(wasm, glue, wasmFile, glueFile) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmFile} is not a WASM module`);
  const read = reader(wasm);
  read.at = 8;
  const sections = [wasm.subarray(0, 8)];
  const renamed = { modules: new Map(), imports: new Map(), exports: new Map() };
  while (read.at < wasm.length) {
    const start = read.at;
    const id = wasm[read.at++];
    const end = read.leb() + read.at;
    if (id === 2 || id === 7) {
      const entries = [];
      const count = read.leb();
      for (let left = count; left > 0; left--) {
        if (id === 2) {
          const module = read.name();
          const field = read.name();
          if (!renamed.modules.has(module)) renamed.modules.set(module, shortName(renamed.modules.size));
          if (renamed.imports.has(field)) throw new Error(`${wasmFile} imports ${field} twice`);
          renamed.imports.set(field, shortName(renamed.imports.size));
          entries.push(encodedName(renamed.modules.get(module)), encodedName(renamed.imports.get(field)), read.importDescription());
        } else {
          const field = read.name();
          const description = wasm.subarray(read.at, read.at + 1);
          read.at++;
          const index = unsignedLeb(read.leb());
          if (BINDGEN_EXPORT.test(field)) renamed.exports.set(field, `_${shortName(renamed.exports.size)}`);
          entries.push(encodedName(renamed.exports.get(field) || field), description, index);
        }
      }
      const body = Buffer.concat([unsignedLeb(count), ...entries]);
      sections.push(Buffer.from([id]), unsignedLeb(body.length), body);
      if (read.at !== end) throw new Error(`section ${id} of ${wasmFile} did not read to its end`);
    } else {
      sections.push(wasm.subarray(start, end));
    }
    read.at = end;
  }
  return { wasm: Buffer.concat(sections), glue: renameInGlue(glue, renamed, glueFile) };
}

/** Replaces each renamed name in the glue, where it stands as a whole name. */
function renameInGlue(glue, renamed, glueFile) {
  const replace = (text, from, to, expected) => {
    const escaped = from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g');
    const found = (text.match(pattern) || []).length;
    if (!expected(found)) throw new Error(`${glueFile}: ${from} found ${found} times`);
    return text.replace(pattern, to);
  };
  for (const [from, to] of renamed.modules) glue = replace(glue, `"${from}"`, `"${to}"`, (n) => n === 1);
  for (const [from, to] of renamed.imports) glue = replace(glue, from, to, (n) => n === 1);
  for (const [from, to] of renamed.exports) glue = replace(glue, from, to, (n) => n >= 1);
  return glue;
}

/** Shortens the names `glueFile` and `wasmFile` share, in both files. */
export function shortenNames(glueFile, wasmFile) {
  const result = rename(readFileSync(wasmFile), readFileSync(glueFile, 'utf8'), wasmFile, glueFile);
  writeFileSync(wasmFile, result.wasm);
  writeFileSync(glueFile, result.glue);
}
