import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLitTemplates } from './scripts/rollup-minify-templates.mjs';
import { peksoContent } from './scripts/rollup-content.mjs';
import { sizeReport } from './scripts/rollup-size-report.mjs';
import { terserOptions } from './scripts/terser-options.mjs';

const PRIVATE_MEMBERS =
  /^(resolvedLang|resolvedHeadingLevel|shown|openIds|emitToggle|setOpen|setAll|checkId|isShown|handleToggleAll|handleKeydown|handleHashChange)$/;

const minify = ({ module }) =>
  terser({
    ...terserOptions({ module }),
    // Our private members are never read from outside the bundle: shorten their names.
    mangle: { properties: { regex: PRIVATE_MEMBERS } },
  });

// One input, two outputs: an ES module for modern pages, and a classic script for
// pages (and the WordPress plugin) that cannot load modules. Both hold Lit and the content.
export default {
  input: 'src/index.ts',
  output: [
    { file: 'dist/pekso-fields.js', format: 'es', plugins: [minify({ module: true })] },
    // Not a module: terser must keep the `var Pekso` global.
    { file: 'dist/pekso-fields.classic.js', format: 'iife', name: 'Pekso', plugins: [minify({ module: false })] },
  ],
  plugins: [
    peksoContent(),
    minifyLitTemplates(),
    nodeResolve(),
    // Declarations come from `tsc --emitDeclarationOnly` (npm run build:types).
    typescript({ declaration: false, declarationDir: undefined, outDir: 'dist' }),
    sizeReport(),
  ],
};
