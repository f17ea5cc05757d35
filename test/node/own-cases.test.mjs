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
        const valid = validate(item) && fields.includes(item.answer) && hasText(item.case) && hasText(item.why);
        const leftOut = problems.some((p) => (p.startsWith(`case ${i + 1}:`) || p.startsWith(`case ${i + 1} ("`)) && p.endsWith(': left out'));
        assert.equal(leftOut, !valid, `case ${i + 1}: ajv says ${valid ? 'valid' : `not valid (${JSON.stringify(validate.errors)})`}, the table ${leftOut ? 'leaves it out' : 'keeps it'}`);
      });
    });
  }
});
