// A lecturer's own cases are read the same way by the element and the WordPress plugin:
// one table (test/fixtures/own-cases.json) runs here against the plugin's PHP
// (includes/cases.php) and against ajv with the case schema both interpreters read, and in
// test/browser/own-cases.test.js against the element. The schema says what a case is; the
// two rules JSON Schema cannot say against the content (an answer is a field there is, and
// a case or a why has a text in some language) are applied to ajv's verdict here as the
// interpreters apply them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { caseSchema } from '../../build/content/case-schema.mjs';
import { loadContent } from '../../build/content/load.mjs';
import { MAX_OWN_CASES } from '../../src/elements/check/progress.ts';
import { phpRunner } from './lib/php.mjs';

const { cases: table } = JSON.parse(readFileSync(new URL('../fixtures/own-cases.json', import.meta.url), 'utf8'));
const content = loadContent();
const fields = content.fields.map((f) => f.id);

/** The JSON text a case of the table stands for: a string as written, any other value as JSON. */
const textOf = (input) => (typeof input === 'string' ? input : JSON.stringify(input));
/** A problem as the table gives it: whole, or up to a final "…" (the JSON parser's own words follow). */
export const sameProblem = (actual, expected) => (expected.endsWith('…') ? actual.startsWith(expected.slice(0, -1)) : actual === expected);

describe('the plugin reads own cases by the table the element follows', () => {
  const php = phpRunner(content);
  // One PHP run for the whole table.
  const results = php(table.map(({ input }) => ({ fn: 'pekso_fields_own_cases', args: [textOf(input), fields] })));
  table.forEach(({ name, ids, problems }, i) => {
    it(name, () => {
      const { cases, problems: found } = results[i];
      assert.deepEqual(cases.map((c) => c.id), ids);
      assert.equal(found.length, problems.length, found.join('\n'));
      found.forEach((problem, j) => assert.ok(sameProblem(problem, problems[j]), `${problem}\nis not\n${problems[j]}`));
    });
  });

  it('keeps a valid case whole: its texts as given, in every language, and nothing else', () => {
    const row = table.find((r) => r.name.startsWith('hostile texts'));
    const [result] = php([{ fn: 'pekso_fields_own_cases', args: [textOf(row.input), fields] }]);
    assert.deepEqual(result.cases, row.input.map(({ id, answer, case: text, why }) => ({ id, answer, case: text, why })));
  });
});

describe('the check block writes its own cases inside the element', () => {
  const php = phpRunner(content);
  const render = (json) => php([{ fn: 'pekso_fields_render', args: ['pekso-check', { lang: 'en', cases: 'own' }, '', json] }])[0];
  const scripts = (html) => [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);

  it('as JSON in which no text can end the script or be read as a shortcode, giving back the texts as written', () => {
    const row = table.find((r) => r.name.startsWith('hostile texts'));
    const input = [...row.input, { id: 'shortcode-1', answer: 'policy', case: { en: '[pekso_fields lang="en"] [[embed]] [/x]' }, why: { en: 'Why [1].' } }];
    const html = render(JSON.stringify(input));
    assert.equal((html.match(/<\/script/gi) ?? []).length, 1, 'one end of a script: its own');
    const [json] = scripts(html);
    assert.match(html, /^<pekso-check lang="en" cases="own"><script type="application\/json">\[/, 'first thing inside the element');
    assert.doesNotMatch(json, /[<>&'\n]|\[(?!\{)/, 'every "<", ">", "&", "\'" and "[" of a text written as \\u…');
    assert.deepEqual(JSON.parse(json), input.map(({ id, answer, case: text, why }) => ({ id, answer, case: text, why })));
    assert.doesNotMatch(html, /pekso-fields-notice/, 'nothing wrong');
  });

  it('leaves out the bad ones and says why in the editors\' notice, with the element\'s words', () => {
    const row = table.find((r) => r.name === 'good cases kept, bad ones left out');
    const html = render(JSON.stringify(row.input));
    assert.deepEqual(JSON.parse(scripts(html)[0]).map((c) => c.id), row.ids);
    assert.ok(html.startsWith('<div class="pekso-fields-notice"'), html.slice(0, 200));
    assert.ok(html.includes(`<li>Your own cases: ${row.problems[0].replace(/"/g, '&quot;')}</li>`), html.slice(0, 600));
  });

  it('writes no script when every case is bad, nor for a hostile id, which the notice escapes', () => {
    const html = render(JSON.stringify([{ id: '<script>alert(1)</script>', answer: 'policy', case: { en: 'x' }, why: { en: 'y' } }]));
    assert.deepEqual(scripts(html), []);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /<li>Your own cases: case 1 \(&quot;&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;\)/);
  });

  it('writes nothing for none (an empty or blank field)', () => {
    for (const json of ['', '  \n']) {
      const html = render(json);
      assert.deepEqual(scripts(html), []);
      assert.doesNotMatch(html, /pekso-fields-notice/);
      assert.match(html, /^<pekso-check lang="en" cases="own"><div class="pekso-static"/);
    }
  });
});

describe('the table agrees with ajv compiling the case schema', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(caseSchema());
  const hasText = (texts) => !!texts && Object.keys(texts).length > 0;
  for (const { name, input, problems } of table) {
    let list;
    try {
      list = JSON.parse(textOf(input));
    } catch {
      continue; // not JSON: nothing for a schema to judge
    }
    if (!Array.isArray(list)) continue;
    it(name, () => {
      list.slice(0, MAX_OWN_CASES).forEach((item, i) => {
        // Read before validate(), a type guard that narrows item to unknown.
        const { answer, case: text, why } = item ?? {};
        const valid = validate(item) && fields.includes(answer) && hasText(text) && hasText(why);
        const leftOut = problems.some((p) => (p.startsWith(`case ${i + 1}:`) || p.startsWith(`case ${i + 1} ("`)) && p.endsWith(': left out'));
        assert.equal(leftOut, !valid, `case ${i + 1}: ajv says ${valid ? 'valid' : `not valid (${JSON.stringify(validate.errors)})`}, the table ${leftOut ? 'leaves it out' : 'keeps it'}`);
      });
    });
  }
});
