import { PeksoCheck } from '../elements/check/pekso-check.js';
import { PeksoFieldCard } from '../elements/accordion/pekso-field-card.js';
import { PeksoFields } from '../elements/accordion/pekso-fields.js';

/**
 * Registers every element under its tag unless it already is: a page may load the bundle
 * twice (a theme and a plugin each adding it), and a second define() would throw.
 */
export function defineElements(): void {
  for (const element of [PeksoFields, PeksoFieldCard, PeksoCheck]) {
    if (!customElements.get(element.tag)) customElements.define(element.tag, element);
  }
}
