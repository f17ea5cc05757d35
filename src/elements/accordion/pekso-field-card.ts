import { html, type PropertyValues } from 'lit';
import type { PropertiesOf } from '../../attributes.js';
import { fieldById, fieldIds, uiText } from '../../content/registry.js';
import type { BundledItem as Field } from '../../content/types.js';
import { markupOptions } from '../../markup/options.js';
import { PeksoAccordion } from './accordion.js';

/**
 * One field of social-work practice on its own, for a page about that field.
 * It folds open and shut like one accordion item; with `expanded` it is always
 * open, with no button.
 *
 * Its attributes, events, parts and custom properties are declared in src/spec.ts.
 *
 * @tagname pekso-field-card
 */
export class PeksoFieldCard extends PeksoAccordion {
  static override readonly tag = 'pekso-field-card';

  #shown?: Field;
  #hidden: readonly string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { items, hidden } = markupOptions('pekso-field-card', this.settings, fieldIds());
    this.#shown = items.length ? fieldById(items[0]) : undefined;
    this.#hidden = hidden;
  }

  override render() {
    if (this.#shown) return this.renderItems([this.#shown], this.#hidden);
    const lang = this.shownLang;
    return html`<p class="notice" part="notice" role="note" lang=${lang} dir=${this.shownDir}>${uiText('unknownField', lang, { field: String(this.field ?? ''), valid: fieldIds().join(', ') })}</p>`;
  }

  protected override get fixed(): boolean {
    return this.settings.expanded === true;
  }

  protected override isOpen(): boolean {
    return this.fixed || this.settings.open === true;
  }

  /** The card has one item, so the id is not needed. */
  protected override setOpen(_id: string, open: boolean, user: boolean): void {
    if (this.isOpen() === open || this.fixed || !this.#shown) return;
    this.open = open;
    this.emitToggle({ id: this.#shown.id, open, user });
  }

  /** Opens the card. */
  show(): void {
    this.setOpen('', true, false);
  }

  /** Closes the card (not while `expanded`). */
  hide(): void {
    this.setOpen('', false, false);
  }

  /** Opens the card if closed, closes it if open. */
  toggle(): void {
    this.setOpen('', !this.isOpen(), false);
  }
}

// Its properties, typed from the spec (`field: string | null`, `expanded: boolean`, …).
export interface PeksoFieldCard extends PropertiesOf<'pekso-field-card'> {}

declare global {
  interface HTMLElementTagNameMap {
    'pekso-field-card': PeksoFieldCard;
  }
}
