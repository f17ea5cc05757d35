// The public entry: the element classes, their types and the content, and the two
// tags registered on load.
// The content first: it then sits at the start of the bundle, apart from the code,
// which compresses a little better.
import './content/index.js';
import { defineElements } from './define.js';

export { PeksoFields } from './fields/pekso-fields.js';
export { PeksoFieldCard } from './field-card/pekso-field-card.js';
export type { PeksoToggleDetail } from './shared/pekso-element.js';
export { FIELDS, FIELD_IDS, LANGS } from './content/index.js';
export type { Field, Lang, Level } from './content/index.js';
export { defineElements };

defineElements();
