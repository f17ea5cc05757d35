// `cem analyze` (npm run build:manifest): dist/custom-elements.json from the sources, with
// each element's attributes taken from the spec (src/spec.ts), which the analyzer cannot
// read from `propertiesOf()` itself.
import { attributesOf } from './build/spec.mjs';

const typeText = (attribute) => (attribute.type === 'boolean' ? 'boolean' : 'string');
const defaultText = (attribute) => (attribute.default === null ? undefined : JSON.stringify(attribute.default));

/** Sets every element's `attributes` from the spec, linked to its property. */
const attributesFromSpec = () => ({
  name: 'pekso-attributes-from-spec',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.tagName) continue;
        declaration.attributes = attributesOf(declaration.tagName).map((attribute) => ({
          name: attribute.name,
          fieldName: attribute.names.property,
          type: { text: typeText(attribute) },
          ...(defaultText(attribute) ? { default: defaultText(attribute) } : {}),
          description: attribute.defaultDoc ? `${attribute.doc} Default: ${attribute.defaultDoc}.` : attribute.doc,
        }));
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [attributesFromSpec()],
};
