// Rollup plugin: after writing the ES module bundle, prints its size, the size of its
// content alone (its module, minified as in the bundle), and the difference: what the code costs readers.
import { defaultContentDir } from '../content/load.mjs';
import { bundledContentModule } from './content.mjs';
import { formatSizes, sizes } from '../sizes.mjs';

export function sizeReport({ dir = process.env.PEKSO_CONTENT_DIR || defaultContentDir } = {}) {
  return {
    name: 'pekso-size-report',
    async generateBundle(options, bundle) {
      if (options.format !== 'es') return;
      const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      const total = sizes(chunk.code);
      const content = sizes(await bundledContentModule(dir));
      const code = { min: total.min - content.min, gzip: total.gzip - content.gzip, brotli: total.brotli - content.brotli };
      console.log(`\n${chunk.fileName}\n  bundle  ${formatSizes(total)}\n  content ${formatSizes(content)}\n  code    ${formatSizes(code)}  (bundle minus content: Lit, the elements and the check; npm run bench checks the budgets)\n`);
    },
  };
}
