/**
 * References at build time: CSL-JSON formatted in APA 7 by citeproc-js, in Indonesian and
 * English, as tree nodes; in-text citations; RIS and BibTeX downloads. Node only.
 */
export { formatReferences } from './format.js';
export { bibtex, ris } from './export.js';
export { localize } from './localize.js';
export { textOf } from './tree.js';
