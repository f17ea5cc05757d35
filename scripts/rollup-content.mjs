// Rollup plugin: `import content from 'pekso:content'` gives the checked content/ folder
// as the bundle carries it (src/render/bundle.ts), so nothing is fetched at run time.
// A content error stops the build with the file and key to fix.
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { contentFiles, defaultContentDir, loadContent } from './content.mjs';
import { widgetRelease } from './render.mjs';

const ID = 'pekso:content';

/** The bundled content of a folder, as JSON text. */
export async function bundledContentJson(dir = defaultContentDir) {
  const { bundledContent } = await tsImport('../src/render/bundle.ts', import.meta.url);
  return JSON.stringify(bundledContent(loadContent(dir), widgetRelease()));
}

export function peksoContent({ dir = process.env.PEKSO_CONTENT_DIR || defaultContentDir } = {}) {
  return {
    name: 'pekso-content',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    async load(id) {
      if (id !== `\0${ID}`) return null;
      for (const file of contentFiles(dir)) this.addWatchFile(join(dir, file));
      try {
        return `export default ${await bundledContentJson(dir)};`;
      } catch (error) {
        return this.error(error.message);
      }
    },
  };
}
