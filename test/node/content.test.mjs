// The content files are checked at build time: every mistake a lecturer can make names
// the file and the key.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ContentError, defaultContentDir, loadContent } from '../../scripts/content.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const temps = [];
after(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the real content folder with one file changed by `edit(text) => text`. */
function brokenCopy(file, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'pekso-content-'));
  temps.push(dir);
  cpSync(defaultContentDir, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function problemsOf(dir) {
  try {
    loadContent(dir);
  } catch (error) {
    assert.ok(error instanceof ContentError, error.message);
    return error.problems;
  }
  assert.fail('expected the content to be rejected');
}

describe('content validation', () => {
  it('accepts the real content: six fields, in order, in both languages', () => {
    const { fields } = loadContent();
    assert.deepEqual(fields.map((f) => f.id), ['casework', 'groupwork', 'community', 'organization', 'policy', 'research']);
  });

  it('names the file and key of a missing translation', () => {
    const dir = brokenCopy('2-groupwork.yaml', (t) => t.replace(/^summary:\n  id: .*\n  en: .*\n/m, (m) => m.replace(/\n  en: .*\n/, '\n')));
    assert.deepEqual(problemsOf(dir).map((p) => p.replace(/^.*\//, '')), ['2-groupwork.yaml: summary.en: missing translation']);
  });

  it('names the file and key of an empty list', () => {
    const dir = brokenCopy('3-community.yaml', (t) => t.replace(/^roles:\n(?:  .*\n)+/m, 'roles:\n  id: []\n  en: []\n'));
    const problems = problemsOf(dir);
    assert.ok(problems.some((p) => p.endsWith('3-community.yaml: roles.id: list is empty')), problems.join('\n'));
    assert.ok(problems.some((p) => p.endsWith('3-community.yaml: roles.en: list is empty')), problems.join('\n'));
  });

  it('names an unknown key, and lists the valid ones', () => {
    const dir = brokenCopy('1-casework.yaml', (t) => t.replace(/^examples:/m, 'exampels:'));
    const problems = problemsOf(dir);
    assert.ok(problems.some((p) => /1-casework\.yaml: exampels: unknown key \(valid: .*"examples"/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => p.endsWith('1-casework.yaml: examples: missing')), problems.join('\n'));
  });

  it('names a duplicate id and where it was first used', () => {
    const dir = brokenCopy('1-casework.yaml', (t) => t);
    writeFileSync(join(dir, '7-casework.yaml'), readFileSync(join(dir, '1-casework.yaml')));
    const problems = problemsOf(dir);
    assert.ok(problems.some((p) => /7-casework\.yaml: id: duplicate id "casework" \(also in .*1-casework\.yaml\)/.test(p)), problems.join('\n'));
  });

  it('rejects lists whose translations do not line up', () => {
    const dir = brokenCopy('5-policy.yaml', (t) => t.replace(/^(examples:\n  id:\n)(    - .*\n)/m, '$1$2$2'));
    assert.ok(problemsOf(dir).some((p) => /5-policy\.yaml: examples: id has \d+ items but en has \d+/.test(p)));
  });

  it('rejects fewer than four examples, an unknown level, and a file name that does not match the id', () => {
    const dir = brokenCopy('6-research.yaml', (t) => t.replace(/^level: macro$/m, 'level: huge').replace(/^id: research$/m, 'id: inquiry'));
    const problems = problemsOf(dir).join('\n');
    assert.match(problems, /6-research\.yaml: level: "huge" is not a level \(valid: "micro", "mezzo", "macro"\)/);
    assert.match(problems, /6-research\.yaml: id: "inquiry" does not match the file name \(expected "research"\)/);
    const few = brokenCopy('1-casework.yaml', (t) => t.replace(/^(examples:\n  id:\n)((?:    - .*\n)+)(  en:\n)((?:    - .*\n)+)/m, (m, a, ids, b, ens) => a + ids.split('\n')[0] + '\n' + b + ens.split('\n')[0] + '\n'));
    assert.match(problemsOf(few).join('\n'), /1-casework\.yaml: examples\.id: needs at least 4 items, has 1/);
  });

  it('reports a YAML syntax error with the file name', () => {
    const dir = brokenCopy('4-organization.yaml', (t) => t.replace(/^name:/m, 'name: [oops'));
    assert.match(problemsOf(dir).join('\n'), /4-organization\.yaml: not valid YAML/);
  });

  it('fails the real build with the file and key, and writes no bundle', () => {
    const dir = brokenCopy('2-groupwork.yaml', (t) => t.replace(/^summary:\n  id: .*\n/m, 'summary:\n'));
    const out = mkdtempSync(join(tmpdir(), 'pekso-build-'));
    temps.push(out);
    const result = spawnSync(process.execPath, [join(repo, 'node_modules/rollup/dist/bin/rollup'), '-c', '--file', join(out, 'x.js'), '--format', 'es'], {
      cwd: repo,
      env: { ...process.env, PEKSO_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /2-groupwork\.yaml: summary\.id: missing translation/);
  });
});
