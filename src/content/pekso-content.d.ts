// The checked content/ folder as the bundle carries it (src/render/bundle.ts), compiled in
// by the `peksoContent` rollup plugin (scripts/rollup-content.mjs). Nothing is fetched at run time.
declare module 'pekso:content' {
  const content: import('./types.js').BundledContent;
  export default content;
}
