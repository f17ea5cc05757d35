// Rollup plugin: after writing an ES module bundle, prints its size as readers pay it
// (`npm run bench` checks the budgets).
import { formatSizes, sizes } from '../sizes.mjs';

export function sizeReport() {
  return {
    name: 'pekso-size-report',
    generateBundle(options, bundle) {
      if (options.format !== 'es') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) console.log(`${`dist/${chunk.fileName}`.padEnd(32)} ${formatSizes(sizes(chunk.code))}`);
      }
    },
  };
}
