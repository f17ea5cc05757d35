// Rollup plugin: a bundle carries the spec (src/spec.ts) as data, without its
// documentation and with only the elements it defines (`tags`; all by default). The spec
// holds data only, so its module here is each export as JSON, with the keys in DOC_KEYS
// left out and the doc-only lists (events, parts, custom properties) left empty: the docs,
// the README and the manifest read the whole spec; readers' browsers get what the
// elements use.
import { fileURLToPath } from 'node:url';
import * as spec from '../../src/spec.ts';

const specPath = fileURLToPath(new URL('../../src/spec.ts', import.meta.url));
/** Exports only the documentation reads. */
const DOC_ONLY = ['EVENTS', 'PARTS', 'CSS_PROPERTIES'];

/** `value` without the documentation keys of its objects. */
const withoutDocs = (value) => {
  if (Array.isArray(value)) return value.map(withoutDocs);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !spec.DOC_KEYS.includes(/** @type {any} */ (key))).map(([key, v]) => [key, withoutDocs(v)]));
};

/** The spec's exports for the elements `tags`. */
function forTags(tags) {
  const ours = (tag) => tags.includes(tag);
  return {
    ...spec,
    TAGS: spec.TAGS.filter(ours),
    ELEMENTS: Object.fromEntries(Object.entries(spec.ELEMENTS).filter(([tag]) => ours(tag))),
    ATTRIBUTES: spec.ATTRIBUTES.filter((attribute) => attribute.tags.some(ours)).map((attribute) => ({ ...attribute, tags: attribute.tags.filter(ours) })),
  };
}

/** @param {{tags?: readonly string[]}} [options] */
export function peksoSpec({ tags = spec.TAGS } = {}) {
  return {
    name: 'pekso-spec',
    load(id) {
      if (id !== specPath) return null;
      return Object.entries(forTags(tags))
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(DOC_ONLY.includes(name) ? [] : withoutDocs(value))};`)
        .join('\n');
    },
  };
}
