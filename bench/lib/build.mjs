// The bytes under test: pekso's bundles (rebuilt when stale) and a Shoelace bundle of
// sl-details alone, built with the same toolchain so that the sizes compare the
// components, not the build settings.
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
export const distDir = join(repoRoot, 'dist');
/** The bundle a page with the accordion elements in one language loads: the one the bench's pages load. */
export const pageBundle = (lang) => `pekso-accordion.${lang}.js`;
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

/** Runs `npm run build:bundle` when one of `files` (in dist/) is missing or older than src/ or content/. */
export function ensurePeksoBundles(files) {
  const sources = Math.max(newestMtime(join(repoRoot, 'src')), newestMtime(join(repoRoot, 'content')));
  const fresh = (file) => existsSync(join(distDir, file)) && statSync(join(distDir, file)).mtimeMs >= sources;
  if (files.every(fresh)) return false;
  console.log(`${files.filter((f) => !fresh(f)).join(', ')}: missing or stale, so npm run build:bundle`);
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
 * A bundle of `entry` (src/entries/) built as the real one is (rollup.config.mjs), but with an
 * empty content module: its code alone, as a reader's browser gets it.
 * @param {'all' | 'accordion' | 'check'} entry
 */
export async function buildWithoutContent(entry) {
  const { bundles } = await import('../../rollup.config.mjs');
  const config = bundles().find((c) => c.input === `src/entries/${entry}.ts`);
  const empty = {
    name: 'pekso-content',
    resolveId: (source) => (source.startsWith('pekso:content/') ? `\0${source}` : null),
    load: (id) => (id.startsWith('\0pekso:content/') ? 'export default { languages: [], fields: [], frame: [], cases: [], ui: {} };' : null),
  };
  const build = await rollup({ ...config, plugins: config.plugins.map((p) => (p.name === 'pekso-content' ? empty : p)).filter((p) => p.name !== 'pekso-size-report') });
  const { output } = await build.generate({ format: 'es', plugins: [terser(terserOptions({ module: true }))] });
  await build.close();
  return output[0].code;
}

/**
 * Lit alone, for scale: a minimal LitElement (a style, a template with one part), built with
 * the same toolchain. Every pekso bundle carries at least this much before any code or text
 * of its own.
 */
export async function buildLitAlone() {
  const entry = '\0lit-alone';
  const source = "import { LitElement, css, html } from 'lit'; customElements.define('lit-alone', class extends LitElement { static styles = css`:host{display:block}`; render() { return html`<p>${1}</p>`; } });";
  const build = await rollup({
    input: entry,
    plugins: [{ name: 'lit-alone', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) }, nodeResolve({ rootDir: repoRoot })],
    onwarn: () => {},
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
