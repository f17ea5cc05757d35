// The content files are checked at build time: every mistake a lecturer can make names
// the file and the key.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ContentError, defaultContentDir, loadContent } from '../../build/content/load.mjs';

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

/** The problems reported for `dir`, without their folder. */
function problemsOf(dir) {
  try {
    loadContent(dir);
  } catch (error) {
    assert.ok(error instanceof ContentError, error.message);
    return error.problems.map((p) => p.slice(p.indexOf(dir) === 0 ? dir.length + 1 : 0).replace(/^.*?((fields\/)?[\w-]+\.yaml:)/, '$1'));
  }
  assert.fail('expected the content to be rejected');
}

const assertProblem = (problems, expected) =>
  assert.ok(problems.some((p) => (expected instanceof RegExp ? expected.test(p) : p === expected)), `${expected}\nnot in:\n${problems.join('\n')}`);

describe('content validation', () => {
  it('accepts the real content: its fields, in the order of their files, in every language', () => {
    const { fields, languages } = loadContent();
    const files = readdirSync(join(defaultContentDir, 'fields')).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    assert.deepEqual(fields.map((f) => f.id), files.map((f) => f.replace(/^\d+-|\.yaml$/g, '')));
    assert.equal(fields[0].id, 'casework');
    assert.deepEqual(languages.map((l) => l.code).slice(0, 2), ['id', 'en']);
  });

  it('names the file and key of a missing translation', () => {
    const dir = brokenCopy('fields/2-groupwork.yaml', (t) => t.replace(/^(summary:\n {2}id: .*\n) {2}en: .*\n/m, '$1'));
    assert.deepEqual(problemsOf(dir), ['fields/2-groupwork.yaml: summary.en: missing translation']);
  });

  it('names the file and key of a list item missing a language, so every language has the same list', () => {
    const dir = brokenCopy('fields/1-casework.yaml', (t) => t.replace(/^(examples:\n {2}- id: .*\n) {4}en: .*\n/m, '$1'));
    assertProblem(problemsOf(dir), 'fields/1-casework.yaml: examples[1].en: missing translation');
  });

  it('names an empty list, and an empty list item', () => {
    const empty = brokenCopy('fields/3-community.yaml', (t) => t.replace(/^roles:\n(?: {2}.*\n)+/m, 'roles: []\n'));
    assertProblem(problemsOf(empty), 'fields/3-community.yaml: roles: list is empty');
    const blank = brokenCopy('fields/3-community.yaml', (t) => t.replace(/^(roles:\n {2}- id: ).*$/m, '$1""'));
    assertProblem(problemsOf(blank), 'fields/3-community.yaml: roles[1].id: expected a non-empty text');
  });

  it('names an unknown key, and lists the valid ones', () => {
    const dir = brokenCopy('fields/1-casework.yaml', (t) => t.replace(/^examples:/m, 'exampels:'));
    const problems = problemsOf(dir);
    assertProblem(problems, /^fields\/1-casework\.yaml: exampels: unknown key \(valid: .*"examples"/);
    assertProblem(problems, 'fields/1-casework.yaml: examples: missing');
  });

  it('names a duplicate id and where it was first used', () => {
    const dir = brokenCopy('fields/1-casework.yaml', (t) => t);
    writeFileSync(join(dir, 'fields/7-casework.yaml'), readFileSync(join(dir, 'fields/1-casework.yaml')));
    assertProblem(problemsOf(dir), /7-casework\.yaml: id: duplicate id "casework" \(also in .*1-casework\.yaml\)/);
  });

  it('rejects fewer than four examples, an unknown level, and a file name that does not match the id', () => {
    const dir = brokenCopy('fields/6-research.yaml', (t) => t.replace(/^level: \w+$/m, 'level: huge').replace(/^id: research$/m, 'id: inquiry'));
    const problems = problemsOf(dir);
    assertProblem(problems, /6-research\.yaml: level: "huge" is not a level \(valid: "micro", "mezzo", "macro", "all"\)/);
    assertProblem(problems, /6-research\.yaml: id: "inquiry" does not match the file name \(expected "research"\)/);
    const few = brokenCopy('fields/1-casework.yaml', (t) => t.replace(/^examples:\n((?: {2}.*\n)+)/m, (m, items) => `examples:\n${items.split(/(?=^ {2}- )/m)[0]}`));
    assertProblem(problemsOf(few), 'fields/1-casework.yaml: examples: needs at least 4 items, has 1');
  });

  it('reports a YAML syntax error with the file name', () => {
    const dir = brokenCopy('fields/4-organization.yaml', (t) => t.replace(/^name:/m, 'name: [oops'));
    assertProblem(problemsOf(dir), /^fields\/4-organization\.yaml: not valid YAML/);
  });

  it('rejects a related field that does not exist', () => {
    const dir = brokenCopy('fields/2-groupwork.yaml', (t) => t.replace(/^(related:\n {2}- field: )\w+/m, '$1astrology'));
    assertProblem(problemsOf(dir), /^fields\/2-groupwork\.yaml: related\[1\]\.field: no field "astrology" \(valid: "casework", /);
  });

  it('rejects a reference that does not exist, and one that nothing uses', () => {
    const missing = brokenCopy('fields/1-casework.yaml', (t) => t.replace(/^basis:\n {2}- .*$/m, 'basis:\n  - nowhere-2020'));
    const problems = problemsOf(missing);
    assertProblem(problems, 'fields/1-casework.yaml: basis[1]: no reference "nowhere-2020" in references.yaml');
    const unused = brokenCopy('references.yaml', (t) => `${t}- id: unused-2001\n  kind: book\n  title: Nothing\n  citeAs: Nobody\n`);
    assertProblem(problemsOf(unused), 'references.yaml: unused-2001: not used anywhere (fields, glossary, intro, check)');
  });

  it('keeps laws apart: a law is a legal basis, never what a text rests on', () => {
    const dir = brokenCopy('fields/1-casework.yaml', (t) => t.replace(/^basis:\n {2}- .*$/m, 'basis:\n  - uu-14-2019'));
    assertProblem(problemsOf(dir), /^fields\/1-casework\.yaml: basis\[1\]: "uu-14-2019" is a law; expected "web", "paper", "book", "code"/);
  });

  it('fails the real build with the file and key, and writes no bundle', () => {
    const dir = brokenCopy('fields/2-groupwork.yaml', (t) => t.replace(/^(summary:\n) {2}id: .*\n/m, '$1'));
    const out = mkdtempSync(join(tmpdir(), 'pekso-build-'));
    temps.push(out);
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'node_modules/rollup/dist/bin/rollup'), '-c', '--file', join(out, 'x.js'), '--format', 'es'], {
      cwd: repo,
      env: { ...process.env, PEKSO_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /2-groupwork\.yaml: summary\.id: missing translation/);
  });
});
