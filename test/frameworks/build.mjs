// Builds the framework apps of test/browser/frameworks.test.js: a React 19 app and a Vue 3
// app that render the pekso elements, bundled by esbuild into browser ES modules in
// production mode, as a site would ship them. Their output goes to dist/frameworks/:
// git-ignored, and outside what ESLint and the tests' TypeScript check (both skip dist/).
//
// The apps do not bundle pekso: the test page loads dist/pekso-fields.js itself (through
// test/browser/helpers.js), so the elements are defined once, by the built bundle.
//
// `node test/frameworks/build.mjs` builds them by hand; web-test-runner.config.mjs calls
// buildFrameworkApps() when its server starts.
/* global console, performance, process, URL */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compileTemplate } from 'vue/compiler-sfc';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));
export const outdir = fileURLToPath(new URL('../../dist/frameworks/', import.meta.url));

/** Vue's compile-time option (vuejs.org, "Vue and Web Components"): these tags are custom elements, not Vue components. */
export const isCustomElement = (tag) => tag.startsWith('pekso-');

/**
 * Compiles `*.vue.html` templates at build time, as @vitejs/plugin-vue does for a .vue file's
 * template: the app ships Vue's runtime only, and its render function is the compiler's.
 */
const vueTemplates = {
  name: 'vue-templates',
  setup(build) {
    build.onLoad({ filter: /\.vue\.html$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const { code, errors } = compileTemplate({ source, filename: path, id: path, compilerOptions: { isCustomElement } });
      if (errors.length) return { errors: errors.map((e) => ({ text: typeof e === 'string' ? e : e.message })) };
      return { contents: code, loader: 'js', resolveDir: here };
    });
  },
};

/** Builds dist/frameworks/react-app.js and dist/frameworks/vue-app.js; resolves to their paths, from the repository's root. */
export async function buildFrameworkApps() {
  const result = await build({
    absWorkingDir: here,
    entryPoints: { 'react-app': 'react-app.js', 'vue-app': 'vue-app.js' },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    logLevel: 'warning',
    metafile: true,
    define: {
      // React's and Vue's production builds, as a site ships them.
      'process.env.NODE_ENV': '"production"',
      // Vue's esm-bundler build asks for its feature flags to be defined.
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [vueTemplates],
  });
  return Object.keys(result.metafile.outputs).map((output) => relative(repo, resolve(here, output)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const outputs = await buildFrameworkApps();
  console.log(`Framework apps: ${outputs.join(', ')} (${Math.round(performance.now() - started)} ms)`);
}
