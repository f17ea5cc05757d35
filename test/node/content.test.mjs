// The content files are checked at build time: every mistake a lecturer can make names the
// file and the key, in the words of build/content/load.mjs ("file: key: what is wrong").
// Each file's shape is a JSON Schema in content/schema/ (ajv); the rules across files are in
// build/content/links.mjs. Each test breaks one thing in a copy of the real content.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { defaultContentDir, loadContent } from '../../build/content/load.mjs';
import { assertProblem, changedCopy, contentCopy, problemsOf, tempDir } from './lib/content-copies.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
/** A CSL-JSON file changed by `edit(items) => items`. */
const editJson = (edit) => (text) => `${JSON.stringify(edit(JSON.parse(text)), null, 2)}\n`;

describe('content validation', () => {
  it('accepts the real content: its fields in the order of their files, every section, in every language', () => {
    const { fields, languages, intro, methods, check, references, sources } = loadContent();
    const files = readdirSync(join(defaultContentDir, 'fields')).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    assert.deepEqual(fields.map((f) => f.id), files.map((f) => f.replace(/^\d+-|\.yaml$/g, '')));
    assert.equal(fields[0].id, 'casework');
    assert.deepEqual(languages.map((l) => l.code).slice(0, 2), ['id', 'en']);
    for (const [name, list] of Object.entries({ intro, methods, check, references, sources })) assert.ok(list.length > 0, `${name} is not empty`);
    // v2 shapes: a list item is its texts (no `text` key), a reference is CSL-JSON.
    const item = fields[0].examples[0];
    assert.deepEqual(Object.keys(item).filter((k) => k !== 'from').sort(), languages.map((l) => l.code).sort());
    assert.ok(references.every((r) => typeof r.type === 'string' && typeof r.title === 'string'));
  });

  it('names the file and key of a missing translation', () => {
    const dir = changedCopy('fields/2-groupwork.yaml', (t) => t.replace(/^(summary:\n {2}id: .*\n) {2}en: .*\n/m, '$1'));
    assertProblem(problemsOf(dir), 'fields/2-groupwork.yaml: summary.en: missing translation');
  });

  // One mistake, one message: a field file that fails its schema is not also reported by
  // every case and link that names the field, and an empty text breaks two rules of the
  // schema (its length and its pattern) but is one mistake.
  it('reports one mistake once, and only that mistake', () => {
    const dir = changedCopy('fields/2-groupwork.yaml', (text) => text.replace(/^(summary:\n {2}id: .*\n) {2}en: .*\n/m, '$1'));
    assert.deepEqual(problemsOf(dir), ['fields/2-groupwork.yaml: summary.en: missing translation']);
    const blank = changedCopy('fields/3-community.yaml', (text) => text.replace(/^(roles:\n(?: {2}#.*\n)* {2}- id: ).*$/m, '$1""'));
    assert.deepEqual(problemsOf(blank), ['fields/3-community.yaml: roles[1].id: expected a non-empty text']);
  });

  it('names the file and key of a list item missing a language, so every language has the same list', () => {
    const dir = changedCopy('fields/1-casework.yaml', (t) => t.replace(/^(examples:\n {2}- id: .*\n) {4}en: .*\n/m, '$1'));
    assertProblem(problemsOf(dir), 'fields/1-casework.yaml: examples[1].en: missing translation');
  });

  it('checks methods.yaml and check.yaml the same way, keying a case by its id', () => {
    const methods = changedCopy('methods.yaml', (t) => t.replace(/^(- list:\n {4}- id: .*\n) {6}en: .*\n/m, '$1'));
    assertProblem(problemsOf(methods), 'methods.yaml: [3].list[1].en: missing translation');
    const check = changedCopy('check.yaml', (t) => t.replace(/^(- id: casework-2\n(?:.*\n)*? {2}case:\n {4}id: >-\n(?: {6}.*\n)+) {4}en: >-\n(?: {6}.*\n)+/m, '$1'));
    assertProblem(problemsOf(check), 'check.yaml: casework-2.case.en: missing translation');
  });

  it('rejects a text in a language the content does not have, and lists the languages', () => {
    const dir = changedCopy('fields/1-casework.yaml', (t) => t.replace(/^(summary:\n)/m, '$1  fr: Aider une personne.\n'));
    assertProblem(problemsOf(dir), 'fields/1-casework.yaml: summary.fr: unknown language (valid: "id", "en")');
  });

  it('lists every text still missing when a language is added', () => {
    const dir = changedCopy('languages.yaml', (t) => `${t}- code: fr\n  name: Français\n  dir: ltr\n`);
    const problems = problemsOf(dir);
    for (const expected of ['fields/1-casework.yaml: name.fr: missing translation', 'glossary.yaml: asesmen.term.fr: missing translation', 'check.yaml: casework-2.case.fr: missing translation', 'ui.yaml: title.fr: missing translation']) {
      assertProblem(problems, expected);
    }
  });

  it('names an empty list, and an empty list item', () => {
    const empty = changedCopy('fields/3-community.yaml', (t) => t.replace(/^roles:\n(?: {2}.*\n)+/m, 'roles: []\n'));
    assertProblem(problemsOf(empty), 'fields/3-community.yaml: roles: list is empty');
    const blank = changedCopy('fields/3-community.yaml', (t) => t.replace(/^(roles:\n(?: {2}#.*\n)* {2}- id: ).*$/m, '$1""'));
    assertProblem(problemsOf(blank), 'fields/3-community.yaml: roles[1].id: expected a non-empty text');
  });

  it('names an unknown key, and lists the valid ones', () => {
    const dir = changedCopy('fields/1-casework.yaml', (t) => t.replace(/^examples:/m, 'exampels:'));
    const problems = problemsOf(dir);
    assertProblem(problems, /^fields\/1-casework\.yaml: exampels: unknown key \(valid: .*"examples"/);
    assertProblem(problems, 'fields/1-casework.yaml: examples: missing');
  });

  it('rejects a list item in the v1 shape (its texts under `text:`)', () => {
    const dir = changedCopy('fields/1-casework.yaml', (t) => t.replace(/^(examples:\n {2}- )id: (.*)\n {4}en: (.*)\n/m, '$1text:\n      id: $2\n      en: $3\n'));
    const problems = problemsOf(dir);
    // The loader calls `text` an unknown *language*, and lists "from" among the languages.
    assertProblem(problems, 'fields/1-casework.yaml: examples[1].text: unknown language (valid: "id", "en", "from")');
    assertProblem(problems, 'fields/1-casework.yaml: examples[1].id: missing translation');
  });

  it('names a duplicate id and where it was first used', () => {
    const dir = contentCopy();
    writeFileSync(join(dir, 'fields/7-casework.yaml'), readFileSync(join(dir, 'fields/1-casework.yaml')));
    assertProblem(problemsOf(dir), /7-casework\.yaml: id: duplicate id "casework" \(also in .*1-casework\.yaml\)/);
    const cases = changedCopy('check.yaml', (t) => t.replace(/^- id: casework-3$/m, '- id: casework-2'));
    assertProblem(problemsOf(cases), 'check.yaml: casework-2.id: duplicate id');
  });

  it('rejects fewer than four examples, an unknown level, and a file name that does not match the id', () => {
    const level = changedCopy('fields/6-research.yaml', (t) => t.replace(/^level: \w+$/m, 'level: huge'));
    assertProblem(problemsOf(level), 'fields/6-research.yaml: level: "huge" is not valid (valid: "micro", "mezzo", "macro", "all")');
    const id = changedCopy('fields/6-research.yaml', (t) => t.replace(/^id: research$/m, 'id: inquiry'));
    assertProblem(problemsOf(id), 'fields/6-research.yaml: id: "inquiry" does not match the file name (expected "research")');
    const few = changedCopy('fields/1-casework.yaml', (t) => t.replace(/^examples:\n((?: {2}.*\n)+)/m, (m, items) => `examples:\n${items.split(/(?=^ {2}- )/m)[0]}`));
    assertProblem(problemsOf(few), 'fields/1-casework.yaml: examples: needs at least 4 items, has 1');
  });

  it('reports a YAML or JSON syntax error with the file name', () => {
    const yaml = changedCopy('fields/4-organization.yaml', (t) => t.replace(/^name:/m, 'name: [oops'));
    assertProblem(problemsOf(yaml), /^fields\/4-organization\.yaml: not valid YAML/);
    const json = changedCopy('references.json', (t) => t.replace(/^\[/, '[,'));
    assertProblem(problemsOf(json), /^references\.json: not valid JSON/);
  });

  it('rejects a related field, or a case\'s answer, that does not exist', () => {
    const related = changedCopy('fields/2-groupwork.yaml', (t) => t.replace(/^(related:\n {2}- field: )\w+/m, '$1astrology'));
    assertProblem(problemsOf(related), /^fields\/2-groupwork\.yaml: related\[1\]\.field: no field "astrology" \(valid: "casework", /);
    const self = changedCopy('fields/2-groupwork.yaml', (t) => t.replace(/^(related:\n {2}- field: )\w+/m, '$1groupwork'));
    assertProblem(problemsOf(self), 'fields/2-groupwork.yaml: related[1].field: a field cannot be related to itself');
    const answer = changedCopy('check.yaml', (t) => t.replace(/^(- id: casework-2\n {2}answer: )casework$/m, '$1astrology'));
    assertProblem(problemsOf(answer), /^check\.yaml: casework-2\.answer: no field "astrology" \(valid: "casework", /);
  });

  it('rejects a reference that does not exist, and one that nothing uses', () => {
    const missing = changedCopy('fields/1-casework.yaml', (t) => t.replace(/^basis:\n {2}- .*$/m, 'basis:\n  - nowhere-2020'));
    assertProblem(problemsOf(missing), 'fields/1-casework.yaml: basis[1]: no reference "nowhere-2020" in references.json');
    const unused = changedCopy('references.json', editJson((refs) => [...refs, { id: 'unused-2001', type: 'book', title: 'Nothing' }]));
    assertProblem(problemsOf(unused), 'references.json: unused-2001: not used anywhere (fields, frame, glossary, check)');
    const twice = changedCopy('references.json', editJson((refs) => [...refs, refs[0]]));
    assertProblem(problemsOf(twice), `references.json: ${JSON.parse(readFileSync(join(defaultContentDir, 'references.json'), 'utf8'))[0].id}: duplicate reference id`);
  });

  it('rejects a reference that is not CSL-JSON: no type, no title, or a URL that is not one', () => {
    const dir = changedCopy('references.json', editJson((refs) => refs.map((r) => (r.id === 'zastrow-2017' ? { id: r.id, URL: 'www.example.org' } : r))));
    const problems = problemsOf(dir);
    assertProblem(problems, 'references.json: zastrow-2017.type: missing');
    assertProblem(problems, 'references.json: zastrow-2017.title: missing');
    assertProblem(problems, /^references\.json: zastrow-2017\.URL: "www\.example\.org" does not match/);
  });

  it('keeps laws apart: a law is a legal basis, never what a text rests on, and a legal basis is a law', () => {
    const basis = changedCopy('fields/1-casework.yaml', (t) => t.replace(/^basis:\n {2}- .*$/m, 'basis:\n  - uu-14-2019'));
    assertProblem(problemsOf(basis), 'fields/1-casework.yaml: basis[1]: "uu-14-2019" is a law or regulation (legislation); a text rests on other works, and names laws as its legal basis');
    const legal = changedCopy('fields/5-policy.yaml', (t) => t.replace(/^legalBasis: \[/m, 'legalBasis: [zastrow-2017, '));
    assertProblem(problemsOf(legal), 'fields/5-policy.yaml: legalBasis[1]: "zastrow-2017" is a book; a legal basis is a law or regulation (legislation, regulation)');
  });

  it('rejects a law that is cited but has no stored text in content/sources/', () => {
    const dir = contentCopy();
    rmSync(join(dir, 'sources/uu-8-2016.yaml'));
    assertProblem(problemsOf(dir), 'sources/uu-8-2016.yaml: missing: "uu-8-2016" is cited, so its cited articles are stored here, with where they were read');
  });

  it('refuses a cited law whose stored file holds no article, and a stored law that nothing cites', () => {
    const empty = changedCopy('sources/uu-8-2016.yaml', (t) => t.replace(/^articles:\n[\s\S]*$/m, 'articles: {}\n'));
    assertProblem(problemsOf(empty), /^sources\/uu-8-2016\.yaml: articles: nothing stored, yet "uu-8-2016" is cited/);
    const unused = changedCopy('glossary.yaml', (t) => t.replace(/^- id: odhiv\n[\s\S]*?(?=^- id: )/m, ''));
    assertProblem(problemsOf(unused), 'references.json: pmk-23-2022: not used anywhere (fields, frame, glossary, check)');
  });

  it('keeps "ours" apart: alone in a basis, and never a reference id', () => {
    const both = changedCopy('fields/1-casework.yaml', (t) => t.replace(/^basis:\n {2}- .*$/m, 'basis:\n  - ours\n  - zastrow-2017'));
    assertProblem(problemsOf(both), 'fields/1-casework.yaml: basis: "ours" stands alone; put the references the text rests on instead');
    const refs = changedCopy('glossary.yaml', (t) => t.replace(/^( {2}refs: \[)uu-14-2019\]$/m, '$1ours]'));
    assertProblem(problemsOf(refs), /^glossary\.yaml: [\w-]+\.refs\[1\]: "ours" is not a reference here$/);
  });

  it('rejects a case that quotes an example of its own field word for word', () => {
    const field = loadContent().fields.find((f) => f.id === 'casework');
    const example = field.examples[0].id;
    const dir = changedCopy('check.yaml', (t) => t.replace(/^(- id: casework-2\n(?:.*\n)*? {2}case:\n {4}id: >-\n)/m, `$1      ${example}\n`));
    assertProblem(problemsOf(dir), /^check\.yaml: casework-2\.case\.id: quotes an example of "casework" word for word \(".+"\)$/);
  });

  it('fails the real build with the file and key, and writes no bundle', () => {
    const dir = changedCopy('fields/2-groupwork.yaml', (t) => t.replace(/^(summary:\n) {2}id: .*\n/m, '$1'));
    const out = tempDir('pekso-build-');
    
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'node_modules/rollup/dist/bin/rollup'), '-c', '--file', join(out, 'x.js'), '--format', 'es'], {
      cwd: repo,
      env: { ...process.env, PEKSO_CONTENT_DIR: dir },
      encoding: 'utf8',
    });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /2-groupwork\.yaml: summary\.id: missing translation/);
    assert.ok(!existsSync(join(out, 'x.js')), 'no bundle written');
  });
});
