import { html, nothing, type PropertyValues } from 'lit';
import { invalidWarning, type PropertiesOf } from '../../attributes.js';
import { CONTENT, fieldIds, uiText } from '../../content/registry.js';
import type { BundledItem as Item } from '../../content/types.js';
import { HASH_PREFIX } from '../../markup/ids.js';
import { markupOptions } from '../../markup/options.js';
import { PeksoAccordion } from './accordion.js';

/**
 * An accordion overview of the fields of social-work practice, following the
 * WAI-ARIA APG accordion pattern. Text comes from the bundled content, in
 * Bahasa Indonesia or English.
 *
 * Its attributes, events, parts and custom properties are declared in src/spec.ts.
 *
 * @tagname pekso-fields
 */
export class PeksoFields extends PeksoAccordion {
  static override readonly tag = 'pekso-fields';

  /** Every item shown, in order: the frame's sections that are on, around the fields. */
  #items: readonly Item[] = [];

  /** The fields shown. */
  #shown: readonly Item[] = [];

  /** Parts left out. */
  #hidden: readonly string[] = [];

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
    const { items, open, hidden } = markupOptions('pekso-fields', this.settings, fieldIds());
    const item = (id: string) => CONTENT.frame.find((f) => f.id === id) ?? CONTENT.fields.find((f) => f.id === id)!;
    this.#items = items.map(item);
    this.#shown = this.#items.filter((i) => CONTENT.fields.includes(i));
    this.#hidden = hidden;
    // `open` set (or the items changed): exactly these are open; otherwise the reader's choice stays.
    if (!this.hasUpdated || changed.has('open') || changed.has('fields')) this.#openIds = new Set(open);
    else this.#openIds = new Set([...this.#openIds].filter((id) => items.includes(id)));
    if (this.settings.single && this.#openIds.size > 1) this.#openIds = new Set([...this.#openIds].slice(0, 1));
  }

  protected override firstUpdated(): void {
    void this.#handleHashChange();
  }

  override render() {
    const allOpen = this.#shown.every((f) => this.#openIds.has(f.id));
    const toggleAll = this.settings.single
      ? nothing
      : html`<button class="toggle-all" part="toggle-all" aria-expanded=${allOpen} @click=${this.#handleToggleAll}>${uiText(allOpen ? 'collapseAll' : 'expandAll', this.shownLang)}</button>`;
    return this.renderItems(this.#items, this.#hidden, toggleAll);
  }

  /** The ids of the fields shown, in order. */
  get shownFields(): string[] {
    return this.#shown.map((field) => field.id);
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
    this.warn('id', invalidWarning(id, this.#items.map((item) => item.id)));
    return false;
  }

  #setAll(open: boolean, user: boolean): void {
    if (open && this.settings.single) {
      if (this.#openIds.size === 0) this.setOpen(this.#shown[0].id, true, user);
      return;
    }
    for (const field of this.#shown) this.setOpen(field.id, open, user);
  }

  protected override isOpen(id: string): boolean {
    return this.#openIds.has(id);
  }

  /** The one place panels open and close: keeps `single`, fires `pekso-toggle` for each change. */
  protected override setOpen(id: string, open: boolean, user: boolean): void {
    if (this.#openIds.has(id) === open) return;
    const next = new Set(this.#openIds);
    if (open && this.settings.single) {
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

// Its properties, typed from the spec (`fields: readonly string[] | string`, `headingLevel: number`, …).
export interface PeksoFields extends PropertiesOf<'pekso-fields'> {}

declare global {
  interface HTMLElementTagNameMap {
    'pekso-fields': PeksoFields;
  }
}
