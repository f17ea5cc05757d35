// A bundle's content, compiled in by the `peksoContent` rollup plugin (build/rollup/content.mjs)
// from content/, for the languages that bundle carries: `pekso:content/accordion` (the
// accordion elements), `pekso:content/check` (the check) or `pekso:content/all`.
declare module 'pekso:content/*' {
  const content: import('./types.js').BundledContent;
  export default content;
}
