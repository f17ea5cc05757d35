// Rollup plugin: `import content from 'pekso:content'` gives the validated content/
// folder as a plain object, so the bundle needs no fetch at run time. A content
// error stops the build with the file and key to fix.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContentDir, loadContent } from './content.mjs';

const ID = 'pekso:content';

export function peksoContent({ dir = process.env.PEKSO_CONTENT_DIR || defaultContentDir } = {}) {
  return {
    name: 'pekso-content',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      for (const file of readdirSync(dir)) this.addWatchFile(join(dir, file));
      try {
        return `export default ${JSON.stringify(loadContent(dir))};`;
      } catch (error) {
        this.error(error.message);
      }
    },
  };
}
