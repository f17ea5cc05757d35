// The validated content/ folder, compiled into the bundle by the `peksoContent` rollup
// plugin (scripts/rollup-content.mjs). Nothing is fetched at run time.
declare module 'pekso:content' {
  const content: import('./types.js').Content;
  export default content;
}
