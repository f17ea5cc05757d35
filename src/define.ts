import { PeksoFieldCard } from './field-card/pekso-field-card.js';
import { PeksoFields } from './fields/pekso-fields.js';

/**
 * Registers both tags unless they already are: a page may load the bundle twice
 * (a theme and a plugin each adding it), and a second define() would throw.
 */
export function defineElements(): void {
  for (const [tag, element] of [
    ['pekso-fields', PeksoFields],
    ['pekso-field-card', PeksoFieldCard],
  ] as const) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}
