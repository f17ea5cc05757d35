// `cem analyze` (npm run build:manifest): dist/custom-elements.json from the sources, with
// what the spec (src/spec.ts) declares for each element: its attributes and their typed
// properties, its events, its parts and its custom properties. The analyzer reads classes,
// methods and getters from the code; it cannot see properties that the base creates from
// the spec, nor lists kept as data.
import { attributesOf, spec } from './build/spec.mjs';

/** An attribute's type, as its property takes it. */
const typeText = (attribute) =>
  ({
    boolean: 'boolean',
    integer: [attribute.default === null ? 'number | null' : 'number', ...(attribute.words ?? []).map((w) => `'${w}'`)].join(' | '),
    list: 'readonly string[] | string',
  })[attribute.type] ?? (attribute.default === null ? 'string | null' : 'string');

const describe = (attribute) => (attribute.defaultDoc ? `${attribute.doc} Default: ${attribute.defaultDoc}.` : attribute.doc);
const defaultText = (attribute) => (attribute.default === null ? undefined : JSON.stringify(attribute.default));
const ofTag = (list, tag) => list.filter((entry) => entry.tags.includes(tag));

/** Sets every element's attributes, properties, events, parts and custom properties from the spec. */
const fromSpec = () => ({
  name: 'pekso-from-spec',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const tag = declaration.tagName;
        if (!tag) continue;
        const attributes = attributesOf(tag);
        declaration.attributes = attributes.map((attribute) => ({
          name: attribute.name,
          fieldName: attribute.names.property,
          type: { text: typeText(attribute) },
          ...(defaultText(attribute) ? { default: defaultText(attribute) } : {}),
          description: describe(attribute),
        }));
        const fields = attributes.map((attribute) => ({
          kind: 'field',
          name: attribute.names.property,
          attribute: attribute.name,
          type: { text: typeText(attribute) },
          ...(defaultText(attribute) ? { default: defaultText(attribute) } : {}),
          ...(attribute.reflect ? { reflects: true } : {}),
          description: describe(attribute),
        }));
        declaration.members = [...fields, ...(declaration.members ?? []).filter((m) => !fields.some((f) => f.name === m.name))];
        declaration.events = ofTag(spec.EVENTS, tag).map((event) => ({ name: event.name, type: { text: 'CustomEvent' }, description: `${event.doc} \`detail\`: ${event.detail}.` }));
        declaration.cssParts = ofTag(spec.PARTS, tag).map((part) => ({ name: part.name, description: part.doc }));
        declaration.cssProperties = spec.CSS_PROPERTIES.map((property) => ({ name: property.name, description: property.doc, default: property.default }));
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [fromSpec()],
};
