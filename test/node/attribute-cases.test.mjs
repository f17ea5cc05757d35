// The WordPress plugin reads a shortcode's or block's settings as the element reads its
// attributes and properties: the same table of cases (test/fixtures/attribute-cases.json)
// runs here against the plugin's PHP, and in test/browser/attribute-cases.test.js against
// the elements. Where a case gives the items the markup shows, both markup options
// (src/markup/options.ts and the PHP's) must show them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { settingsFor } from '../../build/compose/static.ts';
import { loadContent } from '../../build/content/load.mjs';
import { markupOptions } from '../../src/markup/options.ts';
import { phpRunner } from './lib/php.mjs';

const { cases } = JSON.parse(readFileSync(new URL('../fixtures/attribute-cases.json', import.meta.url), 'utf8'));
const content = loadContent();
const fieldIds = content.fields.map((f) => f.id);

describe('the plugin reads settings by the table the element follows', () => {
  const php = phpRunner(content);
  // One PHP run for the whole table: each case reads its one setting.
  const results = php(cases.map(({ tag, attribute, input }) => ({ fn: 'pekso_fields_check', args: [tag, { [attribute]: input }] })));
  // And one for the markup options of the checked values, where the table gives the items.
  const withItems = cases.flatMap((c, i) => (c.items === undefined ? [] : [i]));
  const options = php(withItems.map((i) => ({ fn: 'pekso_fields_markup_options', args: [cases[i].tag, results[i].values] })));
  cases.forEach(({ tag, attribute, input, value, warns, items }, i) => {
    it(`<${tag}> ${attribute}=${JSON.stringify(input)} is ${JSON.stringify(value)}${warns ? ', with a notice' : ''}${items ? `, showing ${JSON.stringify(items)}` : ''}`, () => {
      const { values, notices } = results[i];
      assert.deepEqual(values[attribute], value);
      assert.equal(notices.length, warns ? 1 : 0, notices.join('; '));
      if (warns) assert.match(notices[0], new RegExp(`^${attribute}="`));
      if (items === undefined) return;
      const expected = items === 'fields' ? fieldIds : items;
      assert.deepEqual(options[withItems.indexOf(i)].items, expected, 'the PHP');
      assert.deepEqual(markupOptions(tag, settingsFor(content, tag, { [attribute]: input }), fieldIds).items, expected, 'src/markup/options.ts');
    });
  });
});
