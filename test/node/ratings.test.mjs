// A case of the check ships only when it was rated blind (content/ratings.yaml): three raters,
// each alone, all giving the case's keyed field and none a second defensible one. A rating
// holds for the texts the raters read, tied to them by hashes (build/content/ratings.mjs):
// an edit to a case, or to a field's name, summary or description, voids it until the case
// is rated again.
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { defaultContentDir, loadContent } from '../../build/content/load.mjs';
import { ratedTexts } from '../../build/content/ratings.mjs';
import { changedCopy } from './lib/content-copies.mjs';

const readRatings = (dir = defaultContentDir) => parse(readFileSync(join(dir, 'ratings.yaml'), 'utf8'));
const content = loadContent();
const ratings = readRatings();

/**
 * Everything that keeps a case from shipping, as "id: problem".
 * @param {import('../../build/content/types.ts').Content} c
 * @param {any} r the parsed ratings.yaml
 */
function ratingProblems(c, r) {
  const problems = [];
  const hashes = ratedTexts(c);
  const raters = new Set(r.raters.map((rater) => rater.id));
  if (r.rated.descriptions !== hashes.descriptions) problems.push("rated.descriptions: the fields' names, summaries or descriptions changed after rating: rate every case again");
  for (const vignette of c.check) {
    const entry = r.cases[vignette.id];
    if (!entry) {
      problems.push(`${vignette.id}: not rated`);
      continue;
    }
    if (entry.answer !== vignette.answer) problems.push(`${vignette.id}: rated with the key "${entry.answer}", keyed "${vignette.answer}"`);
    if (entry.text !== hashes.cases[vignette.id]) problems.push(`${vignette.id}: the case changed after rating: rate it again`);
    const who = entry.ratings.map((rating) => rating.rater);
    if (entry.ratings.length !== 3 || new Set(who).size !== 3) problems.push(`${vignette.id}: needs three ratings by three raters, has ${who.join(', ')}`);
    for (const rating of entry.ratings) {
      if (!raters.has(rating.rater)) problems.push(`${vignette.id}: "${rating.rater}" is not one of the raters`);
      if (rating.field !== vignette.answer) problems.push(`${vignette.id}: ${rating.rater} gave "${rating.field}"`);
      if (rating.second) problems.push(`${vignette.id}: ${rating.rater} found "${rating.second}" defensible too`);
    }
  }
  const shipped = new Set(c.check.map((v) => v.id));
  for (const id of r.retired) if (shipped.has(id)) problems.push(`${id}: a retired id is in check.yaml`);
  for (const id of Object.keys(r.notShipped ?? {})) if (!r.retired.includes(id)) problems.push(`${id}: not shipped, so its id is retired`);
  for (const id of Object.keys(r.cases)) if (!shipped.has(id)) problems.push(`${id}: rated as shipped, but not in check.yaml`);
  return problems;
}

describe('blind ratings of the check', () => {
  it('has ratings.yaml in the shape of its schema', () => {
    const schema = JSON.parse(readFileSync(join(defaultContentDir, 'schema/ratings.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(ratings), JSON.stringify(validate.errors, null, 2));
  });

  it('rates every case three times, by three raters, all giving its keyed field and none a second, on the texts as they are', () => {
    assert.deepEqual(ratingProblems(content, ratings), []);
    assert.equal(ratings.rated.descriptions, ratedTexts(content).descriptions);
    for (const vignette of content.check) assert.equal(ratings.cases[vignette.id].text, ratedTexts(content).cases[vignette.id], vignette.id);
  });

  it("voids a case's rating when one word of it changes", () => {
    const dir = changedCopy('check.yaml', (t) => t.replace('diduga mencuri telepon genggam', 'diduga mencuri sepeda motor'));
    const changed = loadContent(dir);
    assert.deepEqual(ratingProblems(changed, readRatings(dir)), ['casework-2: the case changed after rating: rate it again']);
    // The English too: every language is part of what was rated.
    const en = changedCopy('check.yaml', (t) => t.replace('is suspected of stealing a mobile phone', 'is suspected of stealing a motorbike'));
    assert.deepEqual(ratingProblems(loadContent(en), readRatings(en)), ['casework-2: the case changed after rating: rate it again']);
  });

  it("keeps a case's rating when only the order of its languages changes: no text changed", () => {
    const reordered = content.check.map((vignette) => (vignette.id === 'casework-2' ? { ...vignette, case: Object.fromEntries(Object.entries(vignette.case).reverse()) } : vignette));
    assert.notDeepEqual(Object.keys(reordered.find((v) => v.id === 'casework-2').case), Object.keys(content.check.find((v) => v.id === 'casework-2').case));
    assert.deepEqual(ratedTexts({ ...content, check: reordered }), ratedTexts(content));
  });

  it("voids every rating when a field's name, summary or description changes, but not for its examples", () => {
    const dir = changedCopy('fields/3-community.yaml', (t) => t.replace('bertindak bersama mengatasinya', 'bergerak bersama mengatasinya'));
    assert.deepEqual(ratingProblems(loadContent(dir), readRatings(dir)), ["rated.descriptions: the fields' names, summaries or descriptions changed after rating: rate every case again"]);
    const name = changedCopy('fields/4-organization.yaml', (t) => t.replace(/^( {2}en: )Human services management$/m, '$1Social services management'));
    assert.equal(ratingProblems(loadContent(name), readRatings(name)).length, 1);
    // The raters did not read the examples: changing one leaves the ratings standing.
    const example = changedCopy('fields/3-community.yaml', (t) => t.replace('misalnya air bersih atau sampah', 'misalnya air bersih atau banjir'));
    assert.deepEqual(ratingProblems(loadContent(example), readRatings(example)), []);
  });

  it('refuses a case with two ratings by one rater, a rating of another field, a second field, or none', () => {
    const r = structuredClone(ratings);
    r.cases['casework-3'].ratings[1].rater = r.cases['casework-3'].ratings[0].rater;
    r.cases['casework-4'].ratings[0].field = 'organization';
    r.cases['casework-5'].ratings[2].second = 'groupwork';
    delete r.cases['casework-6'];
    const problems = ratingProblems(content, r);
    assert.ok(problems.some((p) => p.startsWith('casework-3: needs three ratings by three raters')), problems.join('\n'));
    assert.ok(problems.includes(`casework-4: ${r.cases['casework-4'].ratings[0].rater} gave "organization"`));
    assert.ok(problems.includes(`casework-5: ${r.cases['casework-5'].ratings[2].rater} found "groupwork" defensible too`));
    assert.ok(problems.includes('casework-6: not rated'));
  });

  it('keeps every retired id out of check.yaml, and retires every case not shipped', () => {
    const shipped = new Set(content.check.map((v) => v.id));
    assert.ok(ratings.retired.length > 0);
    for (const id of ratings.retired) assert.ok(!shipped.has(id), id);
    for (const id of Object.keys(ratings.notShipped ?? {})) assert.ok(ratings.retired.includes(id), id);
    // Reusing one fails: organization-1 was rewritten with another key, so its id is never used again.
    const dir = changedCopy('check.yaml', (t) => t.replace(/^- id: organization-5$/m, '- id: organization-1'));
    assert.ok(ratingProblems(loadContent(dir), readRatings(dir)).includes('organization-1: a retired id is in check.yaml'));
  });

  it('says that the raters were automated, not people', () => {
    assert.match(ratings.protocol, /raters were automated/);
    assert.match(ratings.protocol, /No human rated these cases/);
    assert.equal(ratings.raters.length, 3);
    for (const rater of ratings.raters) assert.match(rater.who, /^automated/, rater.id);
  });

  it('ships at least five cases per field, and at least thirty in all', () => {
    assert.ok(content.check.length >= 30, `${content.check.length} cases`);
    for (const field of content.fields) {
      const n = content.check.filter((v) => v.answer === field.id).length;
      assert.ok(n >= 5, `${field.id}: ${n} cases`);
    }
  });
});
