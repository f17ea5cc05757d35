// The public entry: the element classes, their types, the content and the spec, and the
// tags registered on load.
import { defineElements } from './define.js';

export { PeksoFields } from '../elements/accordion/pekso-fields.js';
export { PeksoFieldCard } from '../elements/accordion/pekso-field-card.js';
export { PeksoCheck } from '../elements/check/pekso-check.js';
export type { PeksoAnswerDetail, PeksoCompleteDetail } from '../elements/check/pekso-check.js';
export type { PeksoToggleDetail } from '../elements/base/pekso-element.js';
export { CONTENT, FIELDS, FIELD_IDS, LANGS } from '../content/index.js';
export type { BundledContent, BundledItem, Lang, Language, Level } from '../content/index.js';
export { ATTRIBUTES } from '../spec.js';
export { defineElements };

defineElements();
