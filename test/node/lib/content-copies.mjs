// Copies of the real content folder for the tests that break one thing in it: each removed
// when the test file ends, each edit required to change its file (an edit whose pattern no
// longer matches would test nothing), and the problems the loader then reports.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after } from 'node:test';
import { ContentError, defaultContentDir, loadContent } from '../../../build/content/load.mjs';

const temps = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A folder removed when the tests end. */
export function tempDir(prefix = 'pekso-content-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

/** A copy of the real content folder. */
export function contentCopy() {
  const dir = tempDir();
  cpSync(defaultContentDir, dir, { recursive: true });
  return dir;
}

/** A copy of the real content folder with one file changed by `edit(text) => text`. */
export function changedCopy(file, edit) {
  const dir = contentCopy();
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const changed = edit(before);
  assert.ok(changed !== before, `the edit of ${file} changed nothing: the test no longer breaks what it says`);
  writeFileSync(path, changed);
  return dir;
}

/** The problems reported for `dir`, with the folder taken out of every path ("fields/1-casework.yaml: …"). */
export function problemsOf(dir) {
  try {
    loadContent(dir);
  } catch (error) {
    assert.ok(error instanceof ContentError, error.message);
    const prefix = `${relative(process.cwd(), dir)}/`;
    return error.problems.map((p) => p.split(prefix).join(''));
  }
  assert.fail('expected the content to be rejected');
}

/** That `problems` hold `expected` (a text, or a pattern), listing them when not. */
export const assertProblem = (problems, expected) =>
  assert.ok(problems.some((p) => (expected instanceof RegExp ? expected.test(p) : p === expected)), `${expected}\nnot in:\n${problems.join('\n')}`);
