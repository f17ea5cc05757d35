// The bytes under test: pekso's own bundle (rebuilt when stale) and a Shoelace
// bundle of sl-details alone, built with the same toolchain so that the sizes compare
// the components, not the build settings.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'lightningcss';
import { rollup } from 'rollup';
import { terserOptions } from '../../build/rollup/terser-options.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bundlePath = join(repoRoot, 'dist/pekso-fields.js');
const shoelaceDir = join(repoRoot, 'node_modules/@shoelace-style/shoelace');

/** Newest modification time of any file under `dir`. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build:bundle` when dist/pekso-fields.js is missing or older than src/ or content/. */
export function ensurePeksoBundle() {
  const sources = Math.max(newestMtime(join(repoRoot, 'src')), newestMtime(join(repoRoot, 'content')));
  if (existsSync(bundlePath) && statSync(bundlePath).mtimeMs >= sources) return false;
  console.log('dist/pekso-fields.js is missing or stale: npm run build:bundle');
  const result = spawnSync('npm', ['run', 'build:bundle'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build:bundle failed');
  return true;
}

// pekso's rollup config minifies its Lit templates with @lit-labs' plugin; do the same to
// Shoelace's, whose dist/ build imports `css` and `html` from lit under those names.
const minifyShoelaceTemplates = () => minifyHtmlLiterals({ include: ['**/@shoelace-style/**/*.js'] });

/**
 * sl-details (with sl-icon, which it needs for its chevron) as one ES module:
 * Shoelace's dist/ entry, tree-shaken by rollup against the same lit as pekso,
 * templates squeezed and terser with pekso's settings.
 */
export async function buildShoelaceJs({ from = 'dist' } = {}) {
  const build = await rollup({
    // from 'cdn': the CDN build (its own lit inlined, templates unsqueezable), for comparison.
    input: join(shoelaceDir, from, 'components/details/details.js'),
    plugins: [
      ...(from === 'dist' ? [minifyShoelaceTemplates()] : []),
      nodeResolve(),
      terser(terserOptions()),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

/**
 * pekso's ES module bundle without <pekso-check>, built like the real one (same plugins and
 * terser options) from an entry that registers the other two elements only and, like the
 * real entry, exports the content (vignettes included): the bundle minus this is what the
 * check's code costs.
 */
export async function buildPeksoWithoutCheck() {
  const [widget] = (await import('../../rollup.config.mjs')).default;
  const entry = '\0pekso-without-check';
  const src = (path) => JSON.stringify(join(repoRoot, 'src', path));
  const build = await rollup({
    ...widget,
    input: entry,
    plugins: [
      {
        name: 'bench-entry-without-check',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) =>
          id === entry
            ? `import { PeksoFields } from ${src('fields/pekso-fields.ts')};
               import { PeksoFieldCard } from ${src('field-card/pekso-field-card.ts')};
               for (const element of [PeksoFields, PeksoFieldCard]) if (!customElements.get(element.tag)) customElements.define(element.tag, element);
               export { CONTENT } from ${src('content/index.ts')};
               export { PeksoFields, PeksoFieldCard };`
            : null,
      },
      ...widget.plugins.filter((plugin) => plugin.name !== 'pekso-size-report'),
    ],
  });
  const { output } = await build.generate({ format: 'es', plugins: [terser(terserOptions({ module: true }))] });
  await build.close();
  return output[0].code;
}

/** Shoelace's light theme (required: it defines every --sl-* token the component reads), minified by lightningcss. */
export function shoelaceThemeCss() {
  const filename = join(shoelaceDir, 'cdn/themes/light.css');
  return transform({ filename, code: readFileSync(filename), minify: true }).code.toString();
}

export const shoelaceVersion = () => JSON.parse(readFileSync(join(shoelaceDir, 'package.json'), 'utf8')).version;
