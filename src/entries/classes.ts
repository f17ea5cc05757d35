// `pekso/classes`: the element classes and the content in every language, with no tag
// registered, so that a page can choose the names and the registry:
//   PeksoFields.define('my-fields', registry);
import content from 'pekso:content/all';
import { registerContent } from '../content/registry.js';

registerContent(content);

export { PeksoFields } from '../elements/accordion/pekso-fields.js';
export { PeksoFieldCard } from '../elements/accordion/pekso-field-card.js';
export { PeksoCheck } from '../elements/check/pekso-check.js';
export * from './api.js';
