// Where a build goes. `--dist DIR` is read from where the command was typed, like
// `--bank` and `--brand`; and as the build replaces that folder whole, it must be new,
// empty or an earlier build's (its pages carry <meta name="generator" content="Tandem">),
// never a folder that holds Tandem itself or the one the command was typed in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';

const GENERATOR = /<meta (?=[^>]*\bname="?generator"?[\s>])(?=[^>]*\bcontent="?Tandem"?[\s>])[^>]*>/;

/** The folder `dist` names, from `callerDir`, if the build may replace it; else throws. */
export function outputFolder(dist, callerDir, root) {
  const folder = resolve(callerDir, dist);
  const holds = (outer, inner) => {
    const path = relative(outer, inner);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  if (holds(folder, root) || holds(folder, callerDir)) {
    const what = holds(folder, root) ? 'Tandem itself' : 'the folder you are in';
    throw new Error(`--dist ${dist}: the build replaces that folder whole, and it holds ${what}; name a folder of its own`);
  }
  if (existsSync(folder) && readdirSync(folder).length > 0 && !isEarlierBuild(folder)) {
    throw new Error(`--dist ${dist}: the build replaces that folder whole, and what it holds is not an earlier build; name a new or empty folder`);
  }
  return folder;
}

function isEarlierBuild(folder) {
  const page = resolve(folder, 'index.html');
  return existsSync(page) && GENERATOR.test(readFileSync(page, 'utf8'));
}
