import { html, nothing, type PropertyValues } from 'lit';
import { FIELDS, fieldById, uiText, type BundledField as Field } from '../content/index.js';
import { panelBody, renderItem } from '../shared/item.js';
import { propertiesOf, warnInvalid } from '../shared/options.js';
import { PeksoElement } from '../shared/pekso-element.js';
import { headerIndexForKey } from './keyboard.js';

/** Deep links and related-field links: `#pekso-<id>` (render/field.ts, anchorId). */
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
export class PeksoFields extends PeksoElement {
  static override readonly tag = 'pekso-fields';
  static override properties = propertiesOf(PeksoFields.tag);

  /** Comma-separated field ids to show, in this order. Default: all fields. */
  declare fields: string | undefined;

  /** Comma-separated field ids open at start. Setting it later opens exactly these. */
  declare open: string | undefined;

  /** Only one panel open at a time: opening one closes the others. */
  single = false;

  /** The fields shown, after checking `fields`. */
  #shown: readonly Field[] = FIELDS;

  /** Ids of the open panels. Changed only through #setOpen(), which asks for a render. */
  #openIds: ReadonlySet<string> = new Set();

  /** Each field's panel text, built once per language and heading level (see panelBody). */
  #bodies = new Map<string, Node>();

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
      this.#openIds = new Set(this.readList('open', this.open).filter((id) => this.#isShown(id)));
    }
    if (this.single && this.#openIds.size > 1) this.#openIds = new Set([...this.#openIds].slice(0, 1));
  }

  protected override firstUpdated(): void {
    void this.#handleHashChange();
  }

  override render() {
    const lang = this.shownLang;
    const headingLevel = this.shownHeadingLevel;
    const allOpen = this.#shown.every((f) => this.#openIds.has(f.id));
    return html`<div class="root" lang=${lang} @keydown=${this.#handleKeydown} @click=${this.#handleLinkClick}>${this.single
      ? nothing
      : html`<button class="toggle-all" part="toggle-all" aria-expanded=${allOpen} @click=${this.#handleToggleAll}>${uiText(allOpen ? 'collapseAll' : 'expandAll', lang)}</button>`}${this.#shown.map((field) =>
      renderItem(field, this.#body(field, lang, headingLevel), {
        lang,
        headingLevel,
        open: this.#openIds.has(field.id),
        onChange: (open) => this.#setOpen(field.id, open, true),
      })
    )}</div>`;
  }

  /** Opens the panel of field `id`. */
  show(id: string): void {
    if (this.#checkId(id)) this.#setOpen(id, true, false);
  }

  /** Closes the panel of field `id`. */
  hide(id: string): void {
    if (this.#checkId(id)) this.#setOpen(id, false, false);
  }

  /** Opens the panel of field `id` if closed, closes it if open. */
  toggle(id: string): void {
    if (this.#checkId(id)) this.#setOpen(id, !this.#openIds.has(id), false);
  }

  /** Opens every panel (in `single` mode, only the first if none is open). */
  expandAll(): void {
    this.#setAll(true, false);
  }

  /** Closes every panel. */
  collapseAll(): void {
    this.#setAll(false, false);
  }

  #body(field: Field, lang: string, headingLevel: number): Node {
    const key = `${field.id}|${lang}|${headingLevel}`;
    let body = this.#bodies.get(key);
    if (!body) this.#bodies.set(key, (body = panelBody(field, lang, headingLevel)));
    return body;
  }

  #isShown(id: string): boolean {
    return this.#shown.some((f) => f.id === id);
  }

  #checkId(id: string): boolean {
    if (this.#isShown(id)) return true;
    warnInvalid(this.localName, 'id', id, this.#shown.map((f) => f.id));
    return false;
  }

  #setAll(open: boolean, user: boolean): void {
    if (open && this.single) {
      if (this.#openIds.size === 0) this.#setOpen(this.#shown[0].id, true, user);
      return;
    }
    for (const field of this.#shown) this.#setOpen(field.id, open, user);
  }

  /** The one place panels open and close: keeps `single`, fires `pekso-toggle` for each change. */
  #setOpen(id: string, open: boolean, user: boolean): void {
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

  /** Opens a field and moves focus to its header: for related-field links and deep links. */
  async #reveal(id: string, { focus }: { focus: boolean }): Promise<void> {
    this.#setOpen(id, true, true);
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`#b-${id}`);
    button?.scrollIntoView({ block: 'start' });
    if (focus) button?.focus();
  }

  #handleToggleAll = (): void => {
    this.#setAll(!this.#shown.every((f) => this.#openIds.has(f.id)), true);
  };

  #handleKeydown = (event: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.button')];
    const target = headerIndexForKey(event.key, buttons.indexOf(event.target as HTMLElement), buttons.length);
    if (target === undefined) return;
    event.preventDefault();
    buttons[target].focus();
  };

  /** A related-field link to a field shown here opens it and moves focus to its header. */
  #handleLinkClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest?.('a');
    const id = link?.getAttribute('href')?.startsWith(HASH_PREFIX) ? link.getAttribute('href')!.slice(HASH_PREFIX.length) : undefined;
    if (!id || !this.#isShown(id)) return;
    event.preventDefault();
    void this.#reveal(id, { focus: true });
  };

  /** `#pekso-<id>` in the page URL opens that field and scrolls it into view. */
  #handleHashChange = async (): Promise<void> => {
    if (!location.hash.startsWith(HASH_PREFIX)) return;
    const id = decodeURIComponent(location.hash.slice(HASH_PREFIX.length)).toLowerCase();
    if (this.#isShown(id)) await this.#reveal(id, { focus: false });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'pekso-fields': PeksoFields;
  }
}
