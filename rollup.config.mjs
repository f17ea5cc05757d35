import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { peksoContent } from './build/rollup/content.mjs';
import { sizeReport } from './build/rollup/size-report.mjs';
import { terserOptions } from './build/rollup/terser-options.mjs';

/**
 * Which `html` templates the template minifier takes: not those whose tag name is an
 * expression (lit/static-html's `<${tag}>`), which it cannot parse. Those are written
 * without layout white space instead.
 */
const shouldMinify = (template) =>
  /html/i.test(template.tag ?? '') && !template.parts.some((part, i) => i < template.parts.length - 1 && /<\/?$/.test(part.text));

// Declarations come from `tsc --emitDeclarationOnly` (npm run build:types).
const ts = () => typescript({ declaration: false, declarationDir: undefined, outDir: 'dist', noEmitOnError: true });

/**
 * The widget: one input, two outputs. An ES module for modern pages, and a classic script
 * for pages (and the WordPress plugin) that cannot load modules. Both hold Lit and the
 * content. Private members are ES private (#name): terser shortens them, and they never
 * appear in the published types.
 */
const widget = {
  input: 'src/entries/all.ts',
  output: [
    { file: 'dist/pekso-fields.js', format: 'es', plugins: [terser(terserOptions({ module: true }))] },
    // Not a module: terser must keep the `var Pekso` global.
    { file: 'dist/pekso-fields.classic.js', format: 'iife', name: 'Pekso', plugins: [terser(terserOptions({ module: false }))] },
  ],
  plugins: [
    peksoContent(),
    minifyHtmlLiterals({ include: ['src/**/*.ts'], failOnError: true, options: { shouldMinify } }),
    nodeResolve(),
    ts(),
    sizeReport(),
  ],
};

/** The LMS kit's own scripts (kits/lms/), as classic scripts: no module loading needed in an LMS. */
const embedScript = (name, file) => ({
  input: `kits/lms/${name}`,
  output: { file: `dist/${file}`, format: 'iife', plugins: [terser(terserOptions({ module: false }))] },
  plugins: [nodeResolve(), ts()],
});

export default [
  widget,
  embedScript('embed.js', 'pekso-embed.js'),
  embedScript('host.js', 'pekso-embed-host.js'),
  embedScript('scorm.js', 'pekso-scorm.js'),
  embedScript('scorm-check.js', 'pekso-scorm-check.js'),
];
