// A bundle's content, compiled in by the `peksoContent` rollup plugin (build/rollup/content.mjs)
// from content/, for the languages that bundle carries: `pekso:content/accordion` (the
// accordion elements), `pekso:content/check` (the check) or `pekso:content/all`.
declare module 'pekso:content/*' {
  const content: import('./types.js').BundledContent;
  export default content;
}

// The schema of one case of the check, compiled in by the `peksoCaseSchema` rollup plugin
// (build/rollup/case-schema.mjs) from content/schema/: what a lecturer's own cases are checked against.
declare module 'pekso:schema/case' {
  const schema: import('../elements/check/schema.js').Schema;
  export default schema;
}

// Words of content/ui.yaml in every language, by comma-separated keys, compiled in by the
// `peksoWords` rollup plugin (build/rollup/words.mjs) for a kit's own script.
declare module 'pekso:ui/*' {
  const words: Record<string, Record<string, string>>;
  export default words;
}
