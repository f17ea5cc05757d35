// The check's saved progress (src/elements/check/progress.ts): under SCORM 1.2's 4,096
// characters of cmi.suspend_data at the largest count (every built-in case and 50 own ones
// with ids of SCORM's longest, all missed, then all retried), read back whole, and dropping
// what a content update removed, never failing on a save it cannot read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContent } from '../../build/content/load.mjs';
import { MAX_OWN_CASES, decodeProgress, encodeProgress } from '../../src/elements/check/progress.ts';

const content = loadContent();
const fields = content.fields.map((f) => f.id);
// Own ids as long as the case schema allows (255 characters).
const own = Array.from({ length: MAX_OWN_CASES }, (_, i) => `${'x'.repeat(250)}-${String(i).padStart(3, '0')}`);
const cases = [...content.check.map((c) => c.id), ...own];
const wrong = (id, i) => fields[(fields.indexOf(content.check.find((c) => c.id === id)?.answer ?? fields[0]) + 1 + i) % fields.length];
const largest = {
  attempt: 12,
  graded: { cases, choices: cases.map(wrong) },
  practice: { cases: [...cases].reverse(), choices: [...cases].reverse().map((id, i) => wrong(id, i + 1)) },
};

describe("the check's saved progress", () => {
  it(`stays under 4,096 characters at the largest count (${cases.length} cases, all missed and all retried)`, () => {
    const text = encodeProgress(largest);
    assert.ok(text.length < 4096, `${text.length} characters`);
  });

  it('reads back as it was saved', () => {
    assert.deepEqual(decodeProgress(encodeProgress(largest), cases, fields), largest);
  });

  it('drops a case and an answer a content update removed, and resumes the rest', () => {
    const progress = { attempt: 1, graded: { cases: ['casework-2', 'gone-1', 'policy-1'], choices: ['casework', 'policy'] } };
    const read = decodeProgress(encodeProgress(progress), ['casework-2', 'policy-1'], fields);
    assert.deepEqual(read, { attempt: 1, graded: { cases: ['casework-2', 'policy-1'], choices: ['casework'] }, practice: undefined });
  });

  it('gives nothing for another version, an old save, or text it cannot read', () => {
    const text = encodeProgress(largest, 0);
    assert.equal(decodeProgress(text.replace('"v":1', '"v":0'), cases, fields), undefined);
    assert.equal(decodeProgress(text, cases, fields, 30, 31 * 86_400_000), undefined);
    assert.ok(decodeProgress(text, cases, fields, 30, 29 * 86_400_000));
    for (const bad of ['', 'not json', '{"v":1}', '[]', 'null']) assert.equal(decodeProgress(bad, cases, fields), undefined, bad);
  });
});
