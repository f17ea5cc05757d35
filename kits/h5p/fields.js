// H5P.PeksoFields: <pekso-fields> as an H5P content type. Its library carries the
// accordion in every language (pekso-accordion.classic.js, loaded before this script), since
// a host keeps one copy of a library whichever package installed it: the package's
// content.json only names the language shown.
import { attachTo, defineContentType, elementFrom } from './content-type.js';

/**
 * @param {Record<string, unknown>} params the content's parameters (semantics.json)
 * @param {string | number} contentId
 */
function PeksoFields(params, contentId) {
  const H5P = /** @type {any} */ (window).H5P;
  H5P.EventDispatcher.call(this);
  this.contentId = contentId;
  this.element = elementFrom('pekso-fields', params);
}

/** H5P calls it with the container to draw into; it may call it again with another. */
PeksoFields.prototype.attach = function ($container) {
  attachTo(this, $container, this.element);
};

defineContentType('PeksoFields', PeksoFields);
