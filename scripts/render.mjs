// The renderer of src/render/ for build scripts and Node tests (loaded through tsx), and
// static HTML of the chosen fields: what the LMS snippets, the SCORM page and the bench's
// native version show. The WordPress plugin renders the same trees in PHP.
import { tsImport } from 'tsx/esm/api';

const field = await tsImport('../src/render/field.ts', import.meta.url);
const tree = await tsImport('../src/render/tree.ts', import.meta.url);

export const { staticTree, fieldStatic, fieldBody } = field;
export const { toHtml, escapeHtml } = tree;

/**
 * The chosen fields (default: all) as static HTML, in language `lang`.
 * @param {import('../src/content/types.ts').Content} content from loadContent()
 * @param {{lang: string, fields?: string[], open?: string[], headingLevel?: number}} options
 */
export const renderStaticHtml = (content, { lang, fields, open = [], headingLevel = 3 }) =>
  toHtml([staticTree(content, { lang, fields })], { headingLevel, open });
