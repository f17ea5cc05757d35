// Rollup plugin: `import schema from 'pekso:schema/case'` gives the schema of one case of the
// check (build/content/case-schema.mjs), for the element's check of a lecturer's own cases.
import { caseSchema } from '../content/case-schema.mjs';

const ID = 'pekso:schema/case';

export function peksoCaseSchema() {
  return {
    name: 'pekso-case-schema',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(caseSchema())};` : null),
  };
}
