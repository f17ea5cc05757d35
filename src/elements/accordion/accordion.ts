import { html, nothing } from 'lit';
import { uiText, type BundledItem } from '../../content/index.js';
import { headerIndexForKey } from './keyboard.js';
import { itemList, liveItem, syncItem, type LiveItem } from './item.js';
import { PeksoElement } from '../base/pekso-element.js';

/** Deep links and related-field links: `#pekso-<id>` (render/field.ts, anchorId). */
export const HASH_PREFIX = '#pekso-';

/**
 * What the accordion elements share: their items, as live copies (shared/item.ts) kept in
 * step with the open state the subclass holds, and the events of an APG accordion, handled
 * at the root: a header button opens and closes its panel; Down, Up, Home and End move
 * between headers; find-in-page opens the panel it found text in; a related-field link
 * opens that field and moves focus to its header; the copy button copies the citation.
 */
export abstract class PeksoAccordion extends PeksoElement {
  #live: LiveItem[] = [];
  #list?: ReturnType<typeof itemList>;

  /** Whether item `id` is open. */
  protected abstract isOpen(id: string): boolean;

  /** Opens or closes item `id`; `user` is true when a person caused it. */
  protected abstract setOpen(id: string, open: boolean, user: boolean): void;

  /** Whether every item stays open: an `expanded` card. */
  protected get fixed(): boolean {
    return false;
  }

  /** The root, holding `before` (the "show all" control), then `items`. */
  protected renderItems(items: readonly BundledItem[], before: unknown = nothing) {
    const lang = this.shownLang;
    const headingLevel = this.shownHeadingLevel;
    this.#live = items.map((item) => liveItem(this, item, lang, headingLevel));
    this.#list = itemList(this.#list, this.#live, `${this.#live.map((item) => item.id)}|${lang}|${headingLevel}`);
    return html`<div class="root" lang=${lang} @keydown=${this.#handleKeydown} @click=${this.#handleClick} @beforematch=${this.#handleBeforeMatch}>${before}${this.#list.nodes}</div>`;
  }

  protected override updated(): void {
    for (const item of this.#live) syncItem(item, this.isOpen(item.id), this.fixed);
  }

  /** Whether item `id` is shown. */
  protected isShown(id: string): boolean {
    return this.#live.some((item) => item.id === id);
  }

  /** Opens item `id` and brings its header into view, with focus when asked: for links. */
  protected async reveal(id: string, focus: boolean): Promise<void> {
    this.setOpen(id, true, true);
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`#b-${id}`);
    button?.scrollIntoView({ block: 'start' });
    if (focus) button?.focus();
  }

  #handleKeydown = (event: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('button.button')];
    const target = headerIndexForKey(event.key, buttons.indexOf(event.target as HTMLElement), buttons.length);
    if (target === undefined) return;
    event.preventDefault();
    buttons[target].focus();
  };

  #handleClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const button = target.closest?.('button.button');
    if (button) {
      const id = button.id.slice(2);
      this.setOpen(id, !this.isOpen(id), true);
      return;
    }
    if (target.closest?.('.copy')) {
      void this.#copyCitation(target.closest('.panel')!);
      return;
    }
    const href = target.closest?.('a')?.getAttribute('href');
    const id = href?.startsWith(HASH_PREFIX) ? href.slice(HASH_PREFIX.length) : undefined;
    if (!id || !this.isShown(id)) return; // to a field shown elsewhere: the page's own link
    event.preventDefault();
    void this.reveal(id, true);
  };

  /** Find-in-page found text in a closed panel: `beforematch` does not bubble, so the root listens in the capture phase. */
  #handleBeforeMatch = { handleEvent: (event: Event) => this.setOpen((event.target as Element).id.slice(2), true, true), capture: true };

  /**
   * Copies the citation to the clipboard and says so in the panel's live region. Where the
   * clipboard is refused (no permission, an old browser), it selects the citation instead,
   * for the reader to copy, and says that.
   */
  async #copyCitation(panel: Element): Promise<void> {
    const citation = panel.querySelector('.citation')!;
    const status = panel.querySelector('.copy-status')!;
    let message = 'copied';
    try {
      await navigator.clipboard.writeText(citation.textContent!.trim());
    } catch {
      getSelection()?.selectAllChildren(citation);
      message = 'copyFailed';
    }
    // Emptied first, so that the same message twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = uiText(message, this.shownLang)));
  }
}
