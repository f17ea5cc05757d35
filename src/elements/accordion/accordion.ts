import { html, nothing } from 'lit';
import { uiText } from '../../content/registry.js';
import type { BundledItem } from '../../content/types.js';
import { HASH_PREFIX, LOCATE_EVENT, type LocateDetail } from '../../markup/ids.js';
import { PeksoElement } from '../base/pekso-element.js';
import { baseStyles } from '../base/styles.js';
import { itemList, liveItem, syncItem, type LiveItem } from './item.js';
import { headerIndexForKey } from './keyboard.js';
import { accordionStyles } from './styles.js';

/**
 * What the accordion elements share: their items, as live copies (shared/item.ts) kept in
 * step with the open state the subclass holds, and the events of an APG accordion, handled
 * at the root: a header button opens and closes its panel; Down, Up, Home and End move
 * between headers; find-in-page opens the panel it found text in; a related-field link
 * opens that field and moves focus to its header; the copy button copies the citation.
 * It also tells a check on the page whether it shows a field (markup/ids.ts, LOCATE_EVENT),
 * whatever its tag and whichever bundle defined it.
 */
export abstract class PeksoAccordion extends PeksoElement {
  static override styles = [baseStyles, accordionStyles];

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

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(LOCATE_EVENT, this.#handleLocate);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(LOCATE_EVENT, this.#handleLocate);
  }

  /** The root, holding `before` (the "show all" control), then `items`, without the parts in `hidden`. */
  protected renderItems(items: readonly BundledItem[], hidden: readonly string[], before: unknown = nothing) {
    const lang = this.shownLang;
    const headingLevel = this.shownHeadingLevel;
    this.#live = items.map((item) => liveItem(this, item, lang, headingLevel, hidden));
    this.#list = itemList(this.#list, this.#live, `${this.#live.map((item) => item.id)}|${lang}|${headingLevel}|${hidden}`);
    return html`<div class="root" lang=${lang} dir=${this.shownDir} @keydown=${this.#handleKeydown} @click=${this.#handleClick} @beforematch=${this.#handleBeforeMatch}>${before}${this.#list.nodes}</div>`;
  }

  #handleLocate = (event: Event): void => {
    const detail = (event as CustomEvent<LocateDetail>).detail;
    if (this.isShown(detail.id)) detail.found = true;
  };

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
