import { html, nothing, type PropertyValues } from 'lit';
import { FIELDS, FRAME, fieldById, uiText, type BundledItem as Item } from '../../content/index.js';
import { propertiesOf, warnInvalid } from '../base/attributes.js';
import { HASH_PREFIX, PeksoAccordion } from './accordion.js';
import { FRAME_BEFORE_FIELDS, type FrameSection } from '../../spec.js';


/**
 * An accordion overview of the fields of social-work practice, following the
 * WAI-ARIA APG accordion pattern. Text comes from the bundled content, in
 * Bahasa Indonesia or English.
 *
 * @tagname pekso-fields
 * @fires pekso-toggle - A panel opened or closed. `detail`: `{ id, open, user }`. Bubbles and is composed.
 *
 * @csspart item - One field: header and panel.
 * @csspart header - The heading element (h2 to h6) of a field.
 * @csspart button - The button inside the header that opens and closes the panel.
 * @csspart name - The field's name, in the button.
 * @csspart badge - The level of practice (micro, mezzo, macro), in the button.
 * @csspart summary - The one-line summary, in the button.
 * @csspart panel - The panel with the field's text.
 * @csspart description - The field's description.
 * @csspart level - The level of practice, in the panel.
 * @csspart label - The sub-heading of each list in a panel.
 * @csspart scope - The list of what the field covers.
 * @csspart examples - The list of examples.
 * @csspart roles - The list of the social worker's roles.
 * @csspart related - The list of related fields, each a link that opens that field.
 * @csspart sources - The list of what the text rests on, its legal basis and further reading.
 * @csspart toggle-all - The "show all fields / hide all fields" button.
 *
 * @cssproperty --pekso-accent - Accent: badge, open marker, chevron. Default: a teal that reads on light and dark pages.
 * @cssproperty --pekso-text - Text colour. Default: the page's.
 * @cssproperty --pekso-background - Background behind the widget. Default: transparent.
 * @cssproperty --pekso-surface - Background of each field. Default: a light tint of the text colour.
 * @cssproperty --pekso-border - Border colour. Default: the text colour at 25%.
 * @cssproperty --pekso-radius - Corner radius. Default: 0.5em.
 * @cssproperty --pekso-font-family - Body font. Default: the page's.
 * @cssproperty --pekso-font-size - Base font size. Default: 1em (the page's).
 * @cssproperty --pekso-heading-font - Font of field names and sub-headings. Default: the body font.
 * @cssproperty --pekso-focus-ring - Outline of a focused control. Default: 3px solid in the text colour.
 * @cssproperty --pekso-spacing - Base spacing. Default: 1em.
 */
export class PeksoFields extends PeksoAccordion {
  static override readonly tag = 'pekso-fields';
  static override properties = propertiesOf(this.tag);

  /** Comma-separated field ids to show, in this order. Default: all fields. */
  declare fields: string | undefined;

  /** Comma-separated field ids open at start. Setting it later opens exactly these. */
  declare open: string | undefined;

  /** Only one panel open at a time: opening one closes the others. */
  single = false;

  /** The short introduction before the fields. Off with `intro="off"` (or false, 0, no). */
  intro = true;

  /** The glossary after the fields. */
  glossary = true;

  /** The reference list and how to cite the widget, after the fields. */
  references = true;

  /** The fields shown, after checking `fields`. */
  #shown: readonly Item[] = FIELDS;

  /** Every item shown, in order: the frame's sections that are on, around the fields. */
  get #items(): Item[] {
    const frame = FRAME.filter((section) => this[section.id as FrameSection]);
    const before = frame.filter((section) => FRAME_BEFORE_FIELDS.includes(section.id as FrameSection));
    return [...before, ...this.#shown, ...frame.filter((section) => !before.includes(section))];
  }

  /** Ids of the open panels. Changed only through setOpen(), which asks for a render. */
  #openIds: ReadonlySet<string> = new Set();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#handleHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('fields')) {
      const ids = this.readList('fields', this.fields);
      // None valid: show everything rather than an empty widget.
      this.#shown = ids.length ? ids.map((id) => fieldById(id)!) : FIELDS;
    }
    if (changed.has('open') || changed.has('fields')) {
      // Once the frame's attributes are read too (they may change in the same update).
      this.#openIds = new Set(this.readList('open', this.open).filter((id) => this.#items.some((item) => item.id === id)));
    }
    if (this.single && this.#openIds.size > 1) this.#openIds = new Set([...this.#openIds].slice(0, 1));
  }

  protected override firstUpdated(): void {
    void this.#handleHashChange();
  }

  override render() {
    const allOpen = this.#shown.every((f) => this.#openIds.has(f.id));
    const toggleAll = this.single
      ? nothing
      : html`<button class="toggle-all" part="toggle-all" aria-expanded=${allOpen} @click=${this.#handleToggleAll}>${uiText(allOpen ? 'collapseAll' : 'expandAll', this.shownLang)}</button>`;
    return this.renderItems(this.#items, toggleAll);
  }

  /** Opens the panel of field `id` (or of `intro`, `glossary`, `references`). */
  show(id: string): void {
    if (this.#checkId(id)) this.setOpen(id, true, false);
  }

  /** Closes the panel of field `id`. */
  hide(id: string): void {
    if (this.#checkId(id)) this.setOpen(id, false, false);
  }

  /** Opens the panel of field `id` if closed, closes it if open. */
  toggle(id: string): void {
    if (this.#checkId(id)) this.setOpen(id, !this.#openIds.has(id), false);
  }

  /** Opens every panel (in `single` mode, only the first if none is open). */
  expandAll(): void {
    this.#setAll(true, false);
  }

  /** Closes every panel. */
  collapseAll(): void {
    this.#setAll(false, false);
  }

  #checkId(id: string): boolean {
    if (this.isShown(id)) return true;
    warnInvalid(this.localName, 'id', id, this.#items.map((item) => item.id));
    return false;
  }

  #setAll(open: boolean, user: boolean): void {
    if (open && this.single) {
      if (this.#openIds.size === 0) this.setOpen(this.#shown[0].id, true, user);
      return;
    }
    for (const field of this.#shown) this.setOpen(field.id, open, user);
  }

  protected override isShown(id: string): boolean {
    return this.#items.some((item) => item.id === id);
  }

  protected override isOpen(id: string): boolean {
    return this.#openIds.has(id);
  }

  /** The one place panels open and close: keeps `single`, fires `pekso-toggle` for each change. */
  protected override setOpen(id: string, open: boolean, user: boolean): void {
    if (this.#openIds.has(id) === open) return;
    const next = new Set(this.#openIds);
    if (open && this.single) {
      for (const other of next) {
        next.delete(other);
        this.emitToggle({ id: other, open: false, user });
      }
    }
    if (open) next.add(id);
    else next.delete(id);
    this.#openIds = next;
    this.requestUpdate();
    this.emitToggle({ id, open, user });
  }

  #handleToggleAll = (): void => {
    this.#setAll(!this.#shown.every((f) => this.#openIds.has(f.id)), true);
  };

  /** `#pekso-<id>` in the page URL opens that field and scrolls it into view. */
  #handleHashChange = async (): Promise<void> => {
    if (!location.hash.startsWith(HASH_PREFIX)) return;
    const id = decodeURIComponent(location.hash.slice(HASH_PREFIX.length)).toLowerCase();
    if (this.isShown(id)) await this.reveal(id, false);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pekso-fields': PeksoFields;
  }
}
