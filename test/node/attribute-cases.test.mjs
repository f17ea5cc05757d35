// The WordPress plugin reads a shortcode's or block's settings as the element reads its
// attributes and properties: the same table of cases (test/fixtures/attribute-cases.json)
// runs here against the plugin's PHP, and in test/browser/attribute-cases.test.js against
// the elements.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadContent } from '../../build/content/load.mjs';
import { phpRunner } from './lib/php.mjs';

const { cases } = JSON.parse(readFileSync(new URL('../fixtures/attribute-cases.json', import.meta.url), 'utf8'));

describe('the plugin reads settings by the table the element follows', () => {
  const php = phpRunner(loadContent());
  // One PHP run for the whole table: each case reads its one setting.
  const results = php(cases.map(({ tag, attribute, input }) => ({ fn: 'pekso_fields_check', args: [tag, { [attribute]: input }] })));
  cases.forEach(({ tag, attribute, input, value, warns }, i) => {
    it(`<${tag}> ${attribute}=${JSON.stringify(input)} is ${JSON.stringify(value)}${warns ? ', with a notice' : ''}`, () => {
      const { values, notices } = results[i];
      assert.deepEqual(values[attribute], value);
      assert.equal(notices.length, warns ? 1 : 0, notices.join('; '));
      if (warns) assert.match(notices[0], new RegExp(`^${attribute}="`));
    });
  });
});
