// `pekso`: every element and the content in every language, registered on load.
import content from 'pekso:content/all';
import { registerContent } from '../content/registry.js';
import { PeksoFieldCard } from '../elements/accordion/pekso-field-card.js';
import { PeksoFields } from '../elements/accordion/pekso-fields.js';
import { PeksoCheck } from '../elements/check/pekso-check.js';

registerContent(content);
for (const element of [PeksoFields, PeksoFieldCard, PeksoCheck]) element.define();

export { PeksoFields, PeksoFieldCard, PeksoCheck };
export * from './api.js';
