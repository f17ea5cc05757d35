// `pekso/accordion` (every language) and `pekso/accordion/<lang>`: <pekso-fields> and
// <pekso-field-card> with their content, registered on load.
import content from 'pekso:content/accordion';
import { registerContent } from '../content/registry.js';
import { PeksoFieldCard } from '../elements/accordion/pekso-field-card.js';
import { PeksoFields } from '../elements/accordion/pekso-fields.js';

registerContent(content);
PeksoFields.define();
PeksoFieldCard.define();

export { PeksoFields, PeksoFieldCard };
export * from './api.js';
