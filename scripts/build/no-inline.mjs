// Moves every inline <script> of the app's pages into a file of its own, so the pages
// run under a strict Content-Security-Policy (script-src 'self', no 'unsafe-inline';
// README, "Deploying"). Trunk writes its loader as an inline module, and index.html
// inlines static/startup.js and static/frame.js so they run before the first paint: as
// external scripts at the same places they still do, since a classic script blocks the
// parser just the same. Scripts that follow one another are joined into one file:
// boot-<hash>.js for classic scripts, start-<hash>.js for Trunk's module loader, named
// by their content's hash as Trunk names its own files.
// 404.html keeps its one script inline: it is served at any missing address, where a
// relative src would miss too (the README gives its hash for the header).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INLINE = /<script(\s+type=["']?module["']?)?>([\s\S]*?)<\/script>/g;

/** Moves the inline scripts of every page in `dir` but 404.html into files; a line per page. */
export function moveInlineScripts(dir) {
  const lines = [];
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html') && f !== '404.html')) {
    const file = join(dir, page);
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(INLINE)];
    let out = '';
    let at = 0;
    let files = 0;
    for (let i = 0; i < scripts.length; i++) {
      const first = scripts[i];
      const module = Boolean(first[1]);
      let code = first[2];
      let end = first.index + first[0].length;
      // Classic scripts with nothing but white space between them become one file.
      while (!module && i + 1 < scripts.length && !scripts[i + 1][1] && !html.slice(end, scripts[i + 1].index).trim()) {
        i++;
        code += ';\n' + scripts[i][2];
        end = scripts[i].index + scripts[i][0].length;
      }
      out += html.slice(at, first.index) + externalTag(dir, code, module);
      at = end;
      files++;
    }
    writeFileSync(file, out + html.slice(at));
    lines.push(`${page}: ${scripts.length} inline script(s) moved to ${files} file(s)`);
  }
  return lines;
}

/** Writes `code` to a file of `dir` named by its hash; the tag that loads it. */
function externalTag(dir, code, module) {
  const name = `${module ? 'start' : 'boot'}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  return `<script${module ? ' type=module' : ''} src="./${name}"></script>`;
}
