import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { LANGS } from '../../content/index.js';
import type { Tag } from '../../spec.js';
import { primaryLang, readChoice, readList, warnInvalid } from './attributes.js';
import { baseStyles } from './styles.js';

/** Detail of the `pekso-toggle` event. */
export interface PeksoToggleDetail {
  /** The field whose panel opened or closed. */
  id: string;
  /** Whether the panel is now open. */
  open: boolean;
  /** True when a person caused it (click, key, find-in-page, link); false for a method call or attribute. */
  user: boolean;
}

/**
 * What every pekso element shares: the `lang`, `heading-level` and `theme` attributes,
 * checked once per change against the spec, and the `pekso-toggle` event.
 * Subclasses declare their own properties (from the spec: see options.ts, propertiesOf).
 */
export class PeksoElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The element's tag in the spec (src/spec.ts), whose attributes it takes. */
  static readonly tag: Tag;

  /** The language: a code of the content (`id`, `en`). Default: the nearest ancestor's `lang`, then `id`. */
  declare lang: string;

  /** The level of the field headings, 2 to 6. Default: 3. */
  declare headingLevel: string | undefined;

  /** `light`, `dark` or `auto` (follows the reader's system). Default: none, the page's own colours. */
  declare theme: string | undefined;

  #lang = LANGS[0];
  #headingLevel = 3;

  /** The language shown, after checking `lang` and the page around the element. */
  get shownLang(): string {
    return this.#lang;
  }

  /** The heading level used, after checking `heading-level`. */
  get shownHeadingLevel(): number {
    return this.#headingLevel;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another place in the page: the inherited language may differ.
    if (this.hasUpdated) this.requestUpdate('lang');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('lang')) this.#lang = this.#resolveLang();
    if (!this.hasUpdated || changed.has('headingLevel')) this.#headingLevel = Number(this.readChoice('heading-level', this.headingLevel));
    // A bad theme only needs its warning: the styles match none of the built-in schemes.
    if (changed.has('theme')) this.readChoice('theme', this.theme);
  }

  /**
   * The element's own `lang` if the content has it (by its primary subtag: "en-GB" is
   * "en"), else the nearest ancestor's, else the first language.
   */
  #resolveLang(): string {
    const own = primaryLang(this.lang);
    if (LANGS.includes(own)) return own;
    if (own) warnInvalid(this.localName, 'lang', this.lang, LANGS);
    const inherited = primaryLang(this.parentElement?.closest('[lang]')?.getAttribute('lang'));
    return LANGS.includes(inherited) ? inherited : LANGS[0];
  }

  /** The checked value of one of this element's choice attributes (see options.ts). */
  protected readChoice(name: string, value: string | null | undefined): string | undefined {
    return readChoice((this.constructor as typeof PeksoElement).tag, name, value, this.localName);
  }

  /** The checked values of one of this element's list attributes (see options.ts). */
  protected readList(name: string, value: string | null | undefined): string[] {
    return readList((this.constructor as typeof PeksoElement).tag, name, value, this.localName);
  }

  /** Fires `pekso-toggle`, bubbling out of the shadow root. */
  protected emitToggle(detail: PeksoToggleDetail): void {
    this.dispatchEvent(new CustomEvent<PeksoToggleDetail>('pekso-toggle', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'pekso-toggle': CustomEvent<PeksoToggleDetail>;
  }
}
