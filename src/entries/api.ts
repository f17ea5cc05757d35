// What every entry exports besides its classes: the content it registered, and the types.
export { CONTENT } from '../content/registry.js';
export type { BundledCase, BundledContent, BundledItem, Lang, Language, Level, Translated } from '../content/types.js';
export type { PeksoToggleDetail } from '../elements/base/pekso-element.js';
export type { PeksoAnswerDetail, PeksoCompleteDetail } from '../elements/check/pekso-check.js';
export type { PropertiesOf } from '../attributes.js';
