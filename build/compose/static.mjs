// The renderer of src/render/ for build scripts and Node tests (loaded through tsx), and
// static HTML of what a <pekso-fields> shows: what the LMS snippets, the SCORM page and the
// bench's native version show. The WordPress plugin renders the same trees in PHP.
import { readFileSync } from 'node:fs';
import { staticTree } from './items.ts';
import { toHtml } from '../../src/markup/tree.ts';

export { fieldBody } from './field.ts';
export { frameItem } from './frame.ts';
export { staticTree, fieldView, itemStatic } from './items.ts';
export { toHtml, escapeHtml } from '../../src/markup/tree.ts';
export { checkParts, checkStatic } from './check.ts';

/**
 * The version and year a citation of the widget names: package.json's version, and the
 * year it was built.
 */
export function widgetRelease() {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return { version, year: new Date().getUTCFullYear() };
}

/**
 * What a <pekso-fields> shows (by default the frame and every field), as static HTML.
 * @param {import('../../src/content/types.ts').Content} content from loadContent()
 * @param {{lang: string, fields?: string[], frame?: import('../../src/spec.ts').FrameSection[], open?: string[], headingLevel?: number, pageUrl?: string}} options
 */
export const renderStaticHtml = (content, { lang, fields = undefined, frame = undefined, open = [], headingLevel = 3, pageUrl = undefined }) =>
  toHtml([staticTree(content, { lang, fields, frame, release: widgetRelease() })], { headingLevel, open, pageUrl });
