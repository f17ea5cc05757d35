// Everything the end-to-end suites take from the rest of the repository, in one place: the
// build's outputs in dist/, the content and static markup from build/, and the helpers in
// tools/. When those move, this is the file to re-point (the suites and the other lib/
// files import from here only). The suites run under tsx (`node --import tsx`), since
// build/ imports TypeScript.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** What `npm run build` writes: the names stay when the sources move. */
export const PLUGIN_ZIP = join(DIST, 'pekso-fields-wordpress.zip');
/** The embed page and what it loads: its script, its stylesheet, and each element's bundle in each language (pekso-check.en.classic.js…). */
export const embedFiles = () => ['embed.html', 'pekso-page.css', 'pekso-embed.js', ...readdirSync(DIST).filter((f) => /^pekso-[\w.-]+\.classic\.js$/.test(f))];
/** The root's node_modules (dev dependencies such as scorm-again's runtime). */
export const NODE_MODULES = join(ROOT, 'node_modules');

// Helpers shared with npm test.
export { launchChromium } from '../../../tools/chromium.mjs';
export { loadContent } from '../../../build/content/load.mjs';
export { staticHtml } from '../../../build/compose/static.ts';
export { FRAME_SECTIONS } from '../../../src/spec.ts';
export { serve } from '../../../tools/serve.mjs';
export { DEBIAN_PACKAGES } from '../../../tools/debian-packages.mjs';
export { findProgram } from '../../../tools/test-programs.mjs';
