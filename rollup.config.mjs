import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultContentDir } from './build/content/load.mjs';
import { peksoCaseSchema } from './build/rollup/case-schema.mjs';
import { peksoContent } from './build/rollup/content.mjs';
import { sizeReport } from './build/rollup/size-report.mjs';
import { peksoSpec } from './build/rollup/spec.mjs';
import { terserOptions } from './build/rollup/terser-options.mjs';
import { peksoWords } from './build/rollup/words.mjs';
import { ELEMENTS, TAGS } from './src/spec.ts';

// TypeScript is only transpiled here, by esbuild (with tsconfig.json's settings): `npm run
// build:types` type-checks it as it writes the declarations, and `npm test` lints it.
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

const es = (file) => ({ file, format: 'es', plugins: [terser(terserOptions({ module: true }))] });
// Not a module: terser must keep the `Pekso` global, which each classic script extends with its classes.
const classic = (file) => ({ file, format: 'iife', name: 'Pekso', extend: true, plugins: [terser(terserOptions({ module: false }))] });

/**
 * Every bundle of a content folder, written to `outDir`: each an entry of src/entries/
 * with the content of its languages. Each holds Lit, its elements and their content: one
 * file, nothing fetched. Private members are ES private (#name): terser shortens them, and
 * the types never show them.
 */
export function bundles({ contentDir = process.env.PEKSO_CONTENT_DIR || defaultContentDir, outDir = 'dist' } = {}) {
  /** The content's languages, as named in languages.yaml (the content plugin checks the rest). */
  const langs = parse(readFileSync(join(contentDir, 'languages.yaml'), 'utf8')).map((language) => language.code);
  const out = (file) => join(outDir, file);
  const bundle = (entry, output, only) => ({
    input: `src/entries/${entry}.ts`,
    output,
    plugins: [
      // The spec of the elements the entry defines (ELEMENTS' `bundle`); `all` and `classes` have every element.
      peksoSpec({ tags: TAGS.filter((tag) => ['all', 'classes'].includes(entry) || ELEMENTS[tag].bundle === entry) }),
      peksoContent({ dir: contentDir, langs: only }),
      peksoCaseSchema(),
      minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true }),
      nodeResolve(),
      ts(),
      sizeReport(),
    ],
  });
  return [
    // Every element in every language: `pekso`, and the classic script for any page.
    bundle('all', [es(out('pekso-fields.js')), classic(out('pekso-fields.classic.js'))]),
    // One element group in every language, and the classes with no tag defined. The classic
    // scripts are what the H5P libraries carry (build/kits/h5p.mjs): a host keeps one copy of
    // a library whichever package installed it, so each carries every language.
    bundle('accordion', [es(out('pekso-accordion.js')), classic(out('pekso-accordion.classic.js'))]),
    bundle('check', [es(out('pekso-check.js')), classic(out('pekso-check.classic.js'))]),
    bundle('classes', [es(out('pekso-classes.js'))]),
    // One language: every element, or one element group, as a page in that language needs.
    // Named by a pattern (package.json's exports), so a new language adds files, not code.
    ...langs.flatMap((lang) => [
      bundle('all', [es(out(`pekso-fields.${lang}.js`)), classic(out(`pekso-fields.${lang}.classic.js`))], [lang]),
      bundle('accordion', [es(out(`pekso-accordion.${lang}.js`)), classic(out(`pekso-accordion.${lang}.classic.js`))], [lang]),
      bundle('check', [es(out(`pekso-check.${lang}.js`)), classic(out(`pekso-check.${lang}.classic.js`))], [lang]),
    ]),
  ];
}

/** A kit's own scripts (kits/lms/, kits/h5p/), as classic scripts: no module loading needed in an LMS or an H5P host. */
const kitScript = (name, file, kit = 'lms') => ({
  input: `kits/${kit}/${name}`,
  output: { file: `dist/${file}`, format: 'iife', plugins: [terser(terserOptions({ module: false }))] },
  plugins: [peksoSpec(), peksoWords(), nodeResolve(), ts()],
});

export default [
  ...bundles(),
  kitScript('embed.js', 'pekso-embed.js'),
  kitScript('host.js', 'pekso-embed-host.js'),
  kitScript('scorm.js', 'pekso-scorm.js'),
  kitScript('scorm-check.js', 'pekso-scorm-check.js'),
  kitScript('fields.js', 'pekso-h5p-fields.js', 'h5p'),
  kitScript('check.js', 'pekso-h5p-check.js', 'h5p'),
];
