// Rollup plugin: `import content from 'pekso:content/<bundle>'` gives the checked content/
// folder as that bundle carries it (build/compose/bundle.ts: `accordion`, `check` or
// `all`), in the languages of this build (all of them unless `langs` names some), so
// nothing is fetched at run time. A content error stops the build with the file and key.
import { join } from 'node:path';
import { minify } from 'terser';
import { bundledContent } from '../compose/bundle.ts';
import { widgetRelease } from '../compose/static.ts';
import { contentFiles, defaultContentDir, loadContent } from '../content/load.mjs';
import { terserOptions } from './terser-options.mjs';

const PREFIX = 'pekso:content/';

/**
 * A bundle's content as a module's source.
 * @param {{dir?: string, bundle?: import('../compose/bundle.ts').BundleName, langs?: readonly string[]}} [options]
 */
export function contentModule({ dir = defaultContentDir, bundle = 'all', langs = undefined } = {}) {
  const content = loadContent(dir);
  const carried = langs ?? content.languages.map((l) => l.code);
  return `export default ${JSON.stringify(bundledContent(content, widgetRelease(), { bundle, langs: carried }))};`;
}

/**
 * The content module minified as a bundle minifies it: what the content weighs in the
 * bundle, so that the bundle minus this is the code (panel bodies are JSON text there, and
 * measuring them as JSON would count their quotes twice).
 * @param {Parameters<typeof contentModule>[0]} [options]
 */
export async function minifiedContentModule(options) {
  return (await minify(contentModule(options), terserOptions({ module: true }))).code;
}

/** @param {{dir?: string, langs?: readonly string[]}} [options] */
export function peksoContent({ dir = process.env.PEKSO_CONTENT_DIR || defaultContentDir, langs = undefined } = {}) {
  return {
    name: 'pekso-content',
    resolveId: (source) => (source.startsWith(PREFIX) ? `\0${source}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      for (const file of contentFiles(dir)) this.addWatchFile(join(dir, file));
      try {
        return contentModule({ dir, bundle: /** @type {any} */ (id.slice(PREFIX.length + 1)), langs });
      } catch (error) {
        return this.error(error.message);
      }
    },
  };
}
