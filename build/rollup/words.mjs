// Rollup plugin: `import words from 'pekso:ui/checkAnswers'` gives those words of
// content/ui.yaml (comma-separated keys) in every language, for a kit's script that shows a
// word the elements' bundles do not carry (the H5P check's solutions: kits/h5p/check.js).
import { defaultContentDir, loadContent } from '../content/load.mjs';

const PREFIX = 'pekso:ui/';

/** @param {{dir?: string}} [options] */
export function peksoWords({ dir = process.env.PEKSO_CONTENT_DIR || defaultContentDir } = {}) {
  let content;
  return {
    name: 'pekso-words',
    resolveId: (source) => (source.startsWith(PREFIX) ? `\0${source}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      content ??= loadContent(dir);
      const keys = id.slice(PREFIX.length + 1).split(',');
      const missing = keys.filter((key) => !content.ui[key]);
      if (missing.length) return this.error(`content/ui.yaml has no ${missing.join(', ')}`);
      return `export default ${JSON.stringify(Object.fromEntries(keys.map((key) => [key, content.ui[key]])))};`;
    },
  };
}
