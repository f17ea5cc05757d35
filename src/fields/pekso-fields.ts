import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { FIELDS, fieldById, uiText, type Field } from '../content/index.js';
import { renderItem } from '../shared/field-item.js';
import { checkValue, parseFieldList } from '../shared/options.js';
import { PeksoElement } from '../shared/pekso-element.js';
import { headerIndexForKey } from './keyboard.js';

const HASH_PREFIX = '#pekso-';

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
 * @csspart deals-with - What the field deals with.
 * @csspart examples - The examples.
 * @csspart roles - The social worker's roles.
 * @csspart sources - The sources and further reading.
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
export class PeksoFields extends PeksoElement {
  static override properties: PropertyDeclarations = {
    fields: {},
    open: {},
    single: { type: Boolean, reflect: true },
  };

  /** Comma-separated field ids to show, in this order. Default: all six. */
  fields?: string;

  /** Comma-separated field ids open at start. Setting it later opens exactly these. */
  open?: string;

  /** Only one panel open at a time: opening one closes the others. */
  single = false;

  /** The fields shown, after checking `fields` (derived in willUpdate). */
  private shown: readonly Field[] = FIELDS;

  /** Ids of the open panels. Changed only through setOpen(), which asks for a render. */
  private openIds: ReadonlySet<string> = new Set();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('fields')) {
      const ids = parseFieldList(this.localName, 'fields', this.fields);
      // None valid: show everything rather than an empty widget.
      this.shown = ids.length ? ids.map((id) => fieldById(id)!) : FIELDS;
    }
    if (changed.has('open') || changed.has('fields')) {
      this.openIds = new Set(parseFieldList(this.localName, 'open', this.open).filter((id) => this.isShown(id)));
    }
    if (this.single && this.openIds.size > 1) this.openIds = new Set([...this.openIds].slice(0, 1));
  }

  protected override firstUpdated(): void {
    this.handleHashChange();
  }

  override render() {
    const lang = this.resolvedLang;
    const allOpen = this.shown.every((f) => this.openIds.has(f.id));
    return html`<div class="root" lang=${lang} @keydown=${this.handleKeydown}>
      ${this.single
        ? nothing
        : html`<button part="toggle-all" aria-expanded=${allOpen} @click=${this.handleToggleAll}>
            ${uiText(allOpen ? 'collapseAll' : 'expandAll', lang)}
          </button>`}
      ${this.shown.map((field) =>
        renderItem(field, {
          lang,
          headingLevel: this.resolvedHeadingLevel,
          open: this.openIds.has(field.id),
          onChange: (open) => this.setOpen(field.id, open, true),
        })
      )}
    </div>`;
  }

  /** Opens the panel of field `id`. */
  show(id: string): void {
    if (this.checkId(id)) this.setOpen(id, true, false);
  }

  /** Closes the panel of field `id`. */
  hide(id: string): void {
    if (this.checkId(id)) this.setOpen(id, false, false);
  }

  /** Opens the panel of field `id` if closed, closes it if open. */
  toggle(id: string): void {
    if (this.checkId(id)) this.setOpen(id, !this.openIds.has(id), false);
  }

  /** Opens every panel (in `single` mode, only the first if none is open). */
  expandAll(): void {
    this.setAll(true, false);
  }

  /** Closes every panel. */
  collapseAll(): void {
    this.setAll(false, false);
  }

  private isShown(id: string): boolean {
    return this.shown.some((f) => f.id === id);
  }

  private checkId(id: string): boolean {
    return checkValue(this.localName, 'id', id, this.shown.map((f) => f.id));
  }

  private setAll(open: boolean, user: boolean): void {
    if (open && this.single) {
      if (this.openIds.size === 0) this.setOpen(this.shown[0].id, true, user);
      return;
    }
    for (const field of this.shown) this.setOpen(field.id, open, user);
  }

  /** The one place panels open and close: keeps `single`, fires `pekso-toggle` for each change. */
  private setOpen(id: string, open: boolean, user: boolean): void {
    if (this.openIds.has(id) === open) return;
    const next = new Set(this.openIds);
    if (open && this.single) {
      for (const other of next) {
        next.delete(other);
        this.emitToggle({ id: other, open: false, user });
      }
    }
    if (open) next.add(id);
    else next.delete(id);
    this.openIds = next;
    this.requestUpdate();
    this.emitToggle({ id, open, user });
  }

  private handleToggleAll = (): void => {
    this.setAll(!this.shown.every((f) => this.openIds.has(f.id)), true);
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part=button]')];
    const target = headerIndexForKey(event.key, buttons.indexOf(event.target as HTMLElement), buttons.length);
    if (target === undefined) return;
    event.preventDefault();
    buttons[target].focus();
  };

  /** `#pekso-<id>` in the page URL opens that field and scrolls it into view. */
  private handleHashChange = async (): Promise<void> => {
    if (!location.hash.startsWith(HASH_PREFIX)) return;
    const id = decodeURIComponent(location.hash.slice(HASH_PREFIX.length)).toLowerCase();
    if (!this.isShown(id)) return;
    this.setOpen(id, true, true);
    await this.updateComplete;
    this.renderRoot.querySelector(`#b-${id}`)?.scrollIntoView({ block: 'start' });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pekso-fields': PeksoFields;
  }
}
