// The WordPress plugin in Indonesian: every string it shows (in PHP, in the editor, in the
// blocks' titles, descriptions and keywords) has a translation in each of its .po files,
// which the build compiles for PHP (.mo) and for the editor script (JSON).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import gettextParser from 'gettext-parser';
import { pluginStrings } from '../../build/kits/wordpress.mjs';

const languages = new URL('../../kits/wordpress/languages/', import.meta.url);
const poFiles = readdirSync(languages).filter((name) => name.endsWith('.po'));

describe('the WordPress plugin, translated', () => {
  it('has an Indonesian translation', () => {
    assert.ok(poFiles.includes('pekso-fields-id_ID.po'));
  });

  for (const name of poFiles) {
    it(`${name} translates every string the plugin shows`, () => {
      const po = gettextParser.po.parse(readFileSync(new URL(name, languages)));
      const missing = pluginStrings()
        .filter(({ msgid, msgctxt = '' }) => !po.translations[msgctxt]?.[msgid]?.msgstr?.[0])
        .map(({ msgid, msgctxt }) => (msgctxt ? `${msgctxt}: ${msgid}` : msgid));
      assert.deepEqual(missing, []);
    });
  }

  it('finds the strings in PHP, in the spec and in block.json', () => {
    const ids = pluginStrings().map((s) => s.msgid);
    for (const msgid of ['Settings', 'the default', 'Language', 'Fit the page', 'Social Work Field Card', 'pekerjaan sosial']) assert.ok(ids.includes(msgid), msgid);
  });
});
