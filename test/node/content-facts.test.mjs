// What content-notes.md says the content must contain, checked against the files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../../build/content/load.mjs';

const { fields, languages, check } = loadContent();
const langs = languages.map((l) => l.code);
const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
const items = (list, lang) => list.map((item) => item.text[lang]);
const text = (field, lang) =>
  [field.name, field.summary, field.description, field.levelNote].filter(Boolean).map((t) => t[lang])
    .concat(items(field.scope, lang), items(field.examples, lang), items(field.roles, lang)).join(' ').toLowerCase();

describe('content facts', () => {
  it('gives each field a name, summary, description, level, at least four examples, roles and what it rests on', () => {
    for (const field of fields) {
      for (const lang of langs) {
        assert.ok(field.summary[lang].length <= 120, `${field.id} summary (${lang}) is one line`);
        assert.ok(field.examples.length >= 4, `${field.id} has 4+ examples`);
      }
      assert.ok(field.roles.length >= 1);
      assert.ok(field.basis.length >= 1);
    }
  });

  it('uses the levels of practice as taught: casework micro, group work mezzo, research every level, the rest macro', () => {
    const levels = { casework: 'micro', groupwork: 'mezzo', community: 'macro', organization: 'macro', policy: 'macro', research: 'all' };
    for (const [id, level] of Object.entries(levels)) assert.equal(byId[id].level, level, id);
    assert.match(byId.research.levelNote.en, /micro/i);
  });

  it('rests fields 1 to 4 on the blog page, and not 5 and 6', () => {
    for (const id of ['casework', 'groupwork', 'community', 'organization']) assert.deepEqual(byId[id].basis, ['blog-bidang-praktik']);
    for (const id of ['policy', 'research']) assert.ok(!byId[id].basis.includes('blog-bidang-praktik'), id);
  });

  it('keeps every example of the source text for casework', () => {
    const en = text(byId.casework, 'en');
    for (const fact of ['trauma', 'stress', 'grief', 'run away', "children's home", 'abuse', 'hiv/aids', 'crisis']) assert.ok(en.includes(fact), fact);
  });

  it('keeps the group activities and the addiction illustration for group work', () => {
    const en = text(byId.groupwork, 'en');
    for (const fact of ['group dynamics', 'alcohol', 'drug', 'art', 'game', 'recreation', 'sport', 'self-care', 'life skills']) assert.ok(en.includes(fact), fact);
  });

  it("keeps the community worker's four roles, broker included", () => {
    const en = text(byId.community, 'en');
    for (const fact of ['planner', 'facilitator', 'broker', 'evaluat']) assert.ok(en.includes(fact), fact);
  });

  it('counts case management, case recording and case conferences under human service management', () => {
    const en = text(byId.organization, 'en');
    for (const fact of ['case management', 'case recording', 'case conference', 'policy']) assert.ok(en.includes(fact), fact);
  });

  it('asks at least two cases per field in the check, each of one to three sentences, with a why of one or two', () => {
    for (const field of fields) assert.ok(check.filter((v) => v.answer === field.id).length >= 2, field.id);
    const sentences = (text) => text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
    for (const vignette of check) {
      for (const lang of langs) {
        assert.ok(sentences(vignette.case[lang]) <= 3, `${vignette.id}.case.${lang}`);
        assert.ok(sentences(vignette.why[lang]) <= 2, `${vignette.id}.why.${lang}`);
      }
    }
  });
});
