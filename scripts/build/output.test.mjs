// The output folder's rules (scripts/build/output.mjs), run by scripts/test.sh (layer
// "scripts") with node's own test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputFolder } from './output.mjs';

const place = () => {
  const top = mkdtempSync(join(tmpdir(), 'tandem-output-'));
  const root = join(top, 'tandem');
  const caller = join(top, 'workshop');
  mkdirSync(root);
  mkdirSync(caller);
  return { top, root, caller };
};

test('a relative --dist is read from where the command was typed, as --bank and --brand are', () => {
  const { root, caller } = place();
  assert.equal(outputFolder('out', caller, root), join(caller, 'out'));
  assert.equal(outputFolder('dist', root, root), join(root, 'dist'));
  assert.equal(outputFolder('/srv/site/assessment', caller, root), '/srv/site/assessment');
});

test('the folder of Tandem itself, or one that holds it or the caller, is refused', () => {
  const { top, root, caller } = place();
  for (const [dist, from, what] of [['.', root, 'Tandem itself'], ['..', root, 'Tandem itself'], [top, caller, 'Tandem itself'], ['.', caller, 'the folder you are in']]) {
    assert.throws(() => outputFolder(dist, from, root), { message: new RegExp(`holds ${what}`) }, `${dist} from ${from}`);
  }
});

test('a folder with files of its own is refused, an earlier build, an empty or a new one is not', () => {
  const { caller, root } = place();
  const site = join(caller, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>My site</title>');
  assert.throws(() => outputFolder('site', caller, root), /not an earlier build/);
  for (const [name, page] of [['built', '<meta content=Tandem name=generator>'], ['quoted', '<meta name="generator" content="Tandem" />']]) {
    mkdirSync(join(caller, name));
    writeFileSync(join(caller, name, 'index.html'), page);
    assert.equal(outputFolder(name, caller, root), join(caller, name));
  }
  mkdirSync(join(caller, 'empty'));
  assert.equal(outputFolder('empty', caller, root), join(caller, 'empty'));
  assert.equal(outputFolder('new/deeper', caller, root), join(caller, 'new/deeper'));
});
