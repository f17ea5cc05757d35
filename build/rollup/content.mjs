// Rollup plugin: `import content from 'pekso:content'` gives the checked content/ folder
// as the bundle carries it (src/render/bundle.ts), so nothing is fetched at run time.
// A content error stops the build with the file and key to fix.
import { join } from 'node:path';
import { minify } from 'terser';
import { bundledContent } from '../compose/bundle.ts';
import { contentFiles, defaultContentDir, loadContent } from '../content/load.mjs';
import { widgetRelease } from '../compose/static.mjs';
import { terserOptions } from './terser-options.mjs';

const ID = 'pekso:content';

/** The bundled content of a folder, as JSON text. */
export async function bundledContentJson(dir = defaultContentDir) {
  return JSON.stringify(bundledContent(loadContent(dir), widgetRelease()));
}

/**
 * The content module minified as the bundle minifies it: what the content weighs in the
 * bundle, so that the bundle minus this is the code (panel bodies are JSON text there, and
 * measuring them as JSON would count their quotes twice).
 */
export async function bundledContentModule(dir = defaultContentDir) {
  const { code } = await minify(`export default ${await bundledContentJson(dir)};`, terserOptions({ module: true }));
  return code;
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
