import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { FIELD_IDS, fieldById, uiText, type Field } from '../content/index.js';
import { renderItem } from '../shared/field-item.js';
import { checkValue } from '../shared/options.js';
import { PeksoElement } from '../shared/pekso-element.js';

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
 * @csspart deals-with - What the field deals with.
 * @csspart examples - The examples.
 * @csspart roles - The social worker's roles.
 * @csspart sources - The sources and further reading.
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
export class PeksoFieldCard extends PeksoElement {
  static override properties: PropertyDeclarations = {
    field: {},
    open: { type: Boolean, reflect: true },
    expanded: { type: Boolean, reflect: true },
  };

  /** The field to show: `casework`, `groupwork`, `community`, `organization`, `policy` or `research`. */
  field = '';

  /** Whether the card is open. Reflects the current state. */
  open = false;

  /** Always open, with no button to close it. */
  expanded = false;

  private shown?: Field;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('field')) {
      const id = this.field.trim().toLowerCase();
      this.shown = checkValue(this.localName, 'field', id, FIELD_IDS) ? fieldById(id) : undefined;
    }
  }

  override render() {
    const lang = this.resolvedLang;
    if (!this.shown) {
      return html`<p part="notice" role="note" lang=${lang}>
        ${uiText('unknownField', lang, { field: this.field, valid: FIELD_IDS.join(', ') })}
      </p>`;
    }
    return html`<div class="root" lang=${lang}>
      ${renderItem(this.shown, {
        lang,
        headingLevel: this.resolvedHeadingLevel,
        open: this.expanded || this.open,
        onChange: this.expanded ? undefined : (open) => this.setOpen(open, true),
      })}
    </div>`;
  }

  /** Opens the card. */
  show(): void {
    this.setOpen(true, false);
  }

  /** Closes the card (not while `expanded`). */
  hide(): void {
    this.setOpen(false, false);
  }

  /** Opens the card if closed, closes it if open. */
  toggle(): void {
    this.setOpen(!this.open, false);
  }

  private setOpen(open: boolean, user: boolean): void {
    if (this.open === open || this.expanded || !this.shown) return;
    this.open = open;
    this.emitToggle({ id: this.shown.id, open, user });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pekso-field-card': PeksoFieldCard;
  }
}
