// The shape of one case of the check, from content/schema/check.schema.json, as one
// self-contained schema: the `$ref`s to defs.schema.json filled in, the titles and
// descriptions left out. It is what checks a lecturer's own cases at run time, in the
// element (src/elements/check/schema.ts) and in the WordPress plugin's PHP
// (kits/wordpress/includes/cases.php), so that both read the one schema the build's ajv
// checks check.yaml against. Languages are not required here: an own case may come in one.
import { readFileSync } from 'node:fs';

const read = (name) => JSON.parse(readFileSync(new URL(`../../content/schema/${name}.schema.json`, import.meta.url), 'utf8'));
/** Keys a checker needs; the rest documents the schema. A pattern keeps its description, which says it in words. */
const DROPPED = new Set(['$schema', '$id', 'title', 'description']);
const kept = (node, key) => !DROPPED.has(key) || (key === 'description' && node.pattern && node.pattern !== '\\S');

/** The schema of one case, resolved. */
export function caseSchema() {
  const defs = read('defs').definitions;
  const resolve = (node) => {
    if (Array.isArray(node)) return node.map(resolve);
    if (!node || typeof node !== 'object') return node;
    if (node.$ref) return resolve(defs[node.$ref.replace(/^defs\.schema\.json#\/definitions\/|^#\/definitions\//, '')]);
    return Object.fromEntries(Object.entries(node).filter(([key]) => kept(node, key)).map(([key, value]) => [key, resolve(value)]));
  };
  return resolve(read('check').items);
}
