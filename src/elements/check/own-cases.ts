import schema from 'pekso:schema/case';
import type { BundledCase, Translated } from '../../content/types.js';
import { MAX_OWN_CASES } from './progress.js';
import { schemaProblems, type Schema } from './schema.js';

/**
 * A lecturer's own cases, in the shape of content/check.yaml, read as the check asks them:
 * each case checked against the case schema, and against the fields there are; a bad case
 * left out with a warning that names it and the key; an id already taken renamed, with a
 * warning. `given` is the JSON text of the element's `<script type="application/json">`, or
 * the cases themselves (the `ownCases` property).
 */
export function readOwnCases(given: unknown, { taken, fields, warn }: { taken: readonly string[]; fields: readonly string[]; warn: (message: string) => void }): BundledCase[] {
  let list = given;
  if (typeof given === 'string') {
    try {
      list = JSON.parse(given);
    } catch (error) {
      warn(`not valid JSON: ${(error as Error).message}`);
      return [];
    }
  }
  if (!Array.isArray(list)) {
    warn('expected a list of cases, in the shape of content/check.yaml');
    return [];
  }
  if (list.length > MAX_OWN_CASES) warn(`${list.length} cases: only the first ${MAX_OWN_CASES} are asked`);
  const ids = new Set(taken);
  const cases: BundledCase[] = [];
  list.slice(0, MAX_OWN_CASES).forEach((item, i) => {
    const name = `case ${i + 1}${typeof item?.id === 'string' ? ` ("${item.id}")` : ''}`;
    const problems = schemaProblems(schema as Schema, item);
    if (!problems.length) {
      if (!fields.includes(item.answer)) problems.push(`answer: "${item.answer}" is not valid. Valid: ${fields.join(', ')}.`);
      for (const key of ['case', 'why'] as const) if (!Object.keys(item[key]).length) problems.push(`${key}: no text in any language`);
    }
    if (problems.length) {
      for (const problem of problems) warn(`${name}: ${problem}: left out`);
      return;
    }
    let id: string = item.id;
    for (let n = 1; ids.has(id); n++) id = `${item.id}-own${n > 1 ? `-${n}` : ''}`;
    if (id !== item.id) warn(`${name}: the id is taken: renamed "${id}"`);
    ids.add(id);
    cases.push({ id, answer: item.answer, case: item.case as Translated, why: item.why as Translated });
  });
  return cases;
}
