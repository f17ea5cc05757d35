// Vue templates compiled at build time (test/frameworks/build.mjs): a module with Vue's render function.
declare module '*.vue.html' {
  export const render: import('vue').RenderFunction;
}
