import { html, type PropertyValues } from 'lit';
import { FIELD_IDS, fieldById, uiText, type BundledItem as Field } from '../../content/index.js';
import { propertiesOf } from '../base/attributes.js';
import { PeksoAccordion } from './accordion.js';

/**
 * One field of social-work practice on its own, for a page about that field.
 * It folds open and shut like one accordion item; with `expanded` it is always
 * open, with no button.
 *
 * @tagname pekso-field-card
 * @fires pekso-toggle - The card opened or closed. `detail`: `{ id, open, user }`. Bubbles and is composed.
 *
 * @csspart item - The card.
 * @csspart header - The heading element (h2 to h6).
 * @csspart button - The button that opens and closes the card (a plain span with `expanded`).
 * @csspart name - The field's name.
 * @csspart badge - The level of practice.
 * @csspart summary - The one-line summary.
 * @csspart panel - The field's text.
 * @csspart description - The field's description.
 * @csspart level - The level of practice, in the panel.
 * @csspart label - The sub-heading of each list.
 * @csspart scope - The list of what the field covers.
 * @csspart examples - The list of examples.
 * @csspart roles - The list of the social worker's roles.
 * @csspart related - The list of related fields.
 * @csspart sources - The list of what the text rests on, its legal basis and further reading.
 * @csspart notice - The message shown instead of a card when `field` is not a field id.
 *
 * @cssproperty --pekso-accent - Accent: badge, open marker, chevron.
 * @cssproperty --pekso-text - Text colour. Default: the page's.
 * @cssproperty --pekso-background - Background behind the card. Default: transparent.
 * @cssproperty --pekso-surface - Background of the card.
 * @cssproperty --pekso-border - Border colour.
 * @cssproperty --pekso-radius - Corner radius.
 * @cssproperty --pekso-font-family - Body font. Default: the page's.
 * @cssproperty --pekso-font-size - Base font size. Default: 1em.
 * @cssproperty --pekso-heading-font - Font of the name and sub-headings.
 * @cssproperty --pekso-focus-ring - Outline of the focused button.
 * @cssproperty --pekso-spacing - Base spacing.
 */
export class PeksoFieldCard extends PeksoAccordion {
  static override readonly tag = 'pekso-field-card';
  static override properties = propertiesOf(this.tag);

  /** The field to show, by id (`casework`, `groupwork`, ...). */
  declare field: string | undefined;

  /** Whether the card is open. Reflects the current state. */
  open = false;

  /** Always open, with no button to close it. */
  expanded = false;

  #shown?: Field;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('field') || !this.hasUpdated) {
      const id = this.readChoice('field', this.field);
      this.#shown = id ? fieldById(id) : undefined;
    }
  }

  override render() {
    if (this.#shown) return this.renderItems([this.#shown]);
    const lang = this.shownLang;
    return html`<p class="notice" part="notice" role="note" lang=${lang}>${uiText('unknownField', lang, { field: this.field ?? '', valid: FIELD_IDS.join(', ') })}</p>`;
  }

  protected override get fixed(): boolean {
    return this.expanded;
  }

  protected override isOpen(): boolean {
    return this.expanded || this.open;
  }

  /** The card has one item, so the id is not needed. */
  protected override setOpen(_id: string, open: boolean, user: boolean): void {
    if (this.open === open || this.expanded || !this.#shown) return;
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
    this.setOpen('', !this.open, false);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pekso-field-card': PeksoFieldCard;
  }
}
