// The spec (src/spec.ts) as the build, the kits and the docs read it: each attribute with
// its names, and the content's languages, fields and items where the spec says so.
import { attributesOf as specAttributesOf, namesOf } from '../src/attributes.ts';
import * as spec from '../src/spec.ts';

export { spec };

/**
 * The attributes of `tag`, each with its names.
 * @param {import('../src/spec.ts').Tag} tag
 */
export const attributesOf = (tag) => specAttributesOf(tag).map((attribute) => ({ ...attribute, names: namesOf(attribute) }));

/**
 * The valid values of an attribute, given the content.
 * @param {Pick<import('../src/spec.ts').AttributeSpec, 'values'>} attribute
 * @param {{languages: {code: string}[], fields: {id: string}[]}} content
 * @returns {readonly string[]}
 */
export function valuesOf(attribute, content) {
  if (attribute.values === 'languages') return content.languages.map((l) => l.code);
  if (attribute.values === 'fields') return content.fields.map((f) => f.id);
  if (attribute.values === 'items') return [...spec.FRAME_SECTIONS, ...content.fields.map((f) => f.id)];
  return attribute.values ?? [];
}
