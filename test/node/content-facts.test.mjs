// What content-notes.md says the content must contain, checked against the files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../../scripts/content.mjs';

const { fields } = loadContent();
const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
const text = (field, lang) =>
  [field.name, field.summary, field.description, field.levelNote].filter(Boolean).map((t) => t[lang])
    .concat(field.dealsWith[lang], field.examples[lang], field.roles[lang]).join(' ').toLowerCase();
const SOURCE_TEXT = /Suharto, Edi\. "Teori Feminis dan Pekerjaan Sosial"/;

describe('content facts', () => {
  it('gives each field a name, summary, description, level, at least four examples, roles and sources', () => {
    for (const field of fields) {
      for (const lang of ['id', 'en']) {
        assert.ok(field.summary[lang].length <= 120, `${field.id} summary (${lang}) is one line`);
        assert.ok(field.examples[lang].length >= 4, `${field.id} has 4+ examples in ${lang}`);
        assert.ok(field.roles[lang].length >= 1);
      }
      assert.ok(field.sources.length >= 1);
    }
  });

  it('uses the levels of practice as taught: casework micro, group work mezzo, the rest macro', () => {
    assert.deepEqual(fields.map((f) => f.level), ['micro', 'mezzo', 'macro', 'macro', 'macro', 'macro']);
    assert.match(byId.research.levelNote.en, /micro/i);
  });

  it('credits the source text for fields 1 to 4, and not for 5 and 6', () => {
    for (const id of ['casework', 'groupwork', 'community', 'organization']) assert.match(byId[id].sources[0], SOURCE_TEXT);
    for (const id of ['policy', 'research']) assert.ok(!byId[id].sources.some((s) => SOURCE_TEXT.test(s)), id);
  });

  it('keeps every example of the source text for casework', () => {
    const id = text(byId.casework, 'id');
    for (const fact of ['trauma', 'stres', 'duka', 'rumah', 'panti asuhan', 'kekerasan', 'hiv/aids']) assert.ok(id.includes(fact), fact);
    const en = text(byId.casework, 'en');
    for (const fact of ['trauma', 'stress', 'grief', 'run away', "children's home", 'abuse', 'hiv/aids', 'crisis']) assert.ok(en.includes(fact), fact);
  });

  it('keeps the group activities and the addiction illustration for group work', () => {
    const en = text(byId.groupwork, 'en');
    for (const fact of ['group dynamics', 'outbound', 'alcohol', 'drug', 'art', 'game', 'recreation', 'sport', 'self-care', 'life skills']) {
      assert.ok(en.includes(fact), fact);
    }
  });

  it('keeps the community worker\'s four roles, broker included', () => {
    const en = text(byId.community, 'en');
    for (const fact of ['planner', 'facilitator', 'companion', 'broker', 'evaluat']) assert.ok(en.includes(fact), fact);
  });

  it('counts case management, case recording and case conferences under human service management', () => {
    const en = text(byId.organization, 'en');
    for (const fact of ['case management', 'case recording', 'case conference', 'policy']) assert.ok(en.includes(fact), fact);
  });

  it('says the same thing in both languages: every list has its translation', () => {
    for (const field of fields) {
      for (const key of ['dealsWith', 'examples', 'roles']) assert.equal(field[key].id.length, field[key].en.length, `${field.id}.${key}`);
    }
  });
});
