// How we minify with terser: shared by the bundle (rollup.config.mjs) and by the bench,
// which builds Shoelace the same way so that sizes compare components, not settings.
/** @returns {import('terser').MinifyOptions} */
export const terserOptions = ({ module = true } = {}) => ({
  ecma: 2022,
  module,
  compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true },
  format: { comments: false },
});
