// What the two H5P content types share (fields.js, check.js): how an H5P library's
// constructor is set up, how the editor's parameters become the element's attributes, and
// the `resize` H5P needs to follow the content's height.
//
// The parameters are named as the spec names the properties (`headingLevel`), since
// build/kits/h5p.mjs writes semantics.json from the spec: each attribute of the element
// the editor set is written as the element reads it in HTML, so a bad value gets the
// element's own warning and fallback.
import { attributesOf, namesOf } from '../../src/attributes.ts';
import { observeHeight } from '../lms/observe-height.js';

/**
 * Makes `Type` an H5P content type: an H5P.EventDispatcher (its `on`, `trigger` and the xAPI
 * helpers), registered as H5P[name], which is where H5P looks for a library's constructor.
 * @param {string} name
 * @param {Function} Type
 */
export function defineContentType(name, Type) {
  const H5P = /** @type {any} */ (window).H5P;
  Type.prototype = Object.assign(Object.create(H5P.EventDispatcher.prototype), Type.prototype, { constructor: Type });
  H5P[name] = Type;
}

/**
 * The element `tag`, configured from the H5P parameters (content.json, as the editor saved
 * them). Lists become comma-separated values, flags `true` or `false`; empty values are left out.
 * @param {import('../../src/spec.ts').Tag} tag
 * @param {Record<string, unknown>} params
 */
export function elementFrom(tag, params) {
  const element = document.createElement(tag);
  for (const attribute of attributesOf(tag)) {
    const value = params[namesOf(attribute).property];
    const text = Array.isArray(value) ? value.join(',') : value == null ? '' : String(value);
    if (text !== '') element.setAttribute(attribute.name, text);
  }
  return element;
}

/**
 * Puts `node` into H5P's container (a jQuery object) and triggers `resize` on `instance`
 * whenever the height changes (a panel opens, the next case or the result appears), so that
 * the host's iframe follows.
 */
export function attachTo(instance, $container, node) {
  const container = $container.get(0);
  container.classList.add('h5p-pekso');
  container.replaceChildren(node);
  if (observed.has(node)) return;
  observed.add(node);
  observeHeight(node, () => instance.trigger('resize'));
}
const observed = new WeakSet();
