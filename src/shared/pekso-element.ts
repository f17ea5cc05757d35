import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Lang } from '../content/index.js';
import { checkValue, DEFAULT_HEADING_LEVEL, resolveHeadingLevel, resolveLang, THEMES } from './options.js';
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
 * What both elements share: the `lang`, `heading-level` and `theme` attributes,
 * checked once per change, and the `pekso-toggle` event.
 */
export class PeksoElement extends LitElement {
  static override styles = baseStyles;
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    theme: { reflect: true },
  };

  /** `id` (Bahasa Indonesia) or `en`. Default: the nearest ancestor's `lang`, then `id`. */
  declare lang: string;

  /** Level of the field headings, 2 to 6. */
  headingLevel?: string;

  /** `light`, `dark` or `auto` (follows the reader's system). Default: fit the host page. */
  theme?: string;

  /** The language actually shown, after checking `lang`. */
  protected resolvedLang: Lang = 'id';
  /** The heading level actually used, after checking `heading-level`. */
  protected resolvedHeadingLevel = DEFAULT_HEADING_LEVEL;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another place in the page: the inherited language may differ.
    if (this.hasUpdated) this.requestUpdate('lang');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('lang')) this.resolvedLang = resolveLang(this, this.lang);
    if (!this.hasUpdated || changed.has('headingLevel')) this.resolvedHeadingLevel = resolveHeadingLevel(this.localName, this.headingLevel);
    // A bad theme only needs its warning: CSS matches none of the built-in schemes.
    if (changed.has('theme') && this.theme) checkValue(this.localName, 'theme', this.theme, THEMES);
  }

  protected emitToggle(detail: PeksoToggleDetail): void {
    this.dispatchEvent(new CustomEvent<PeksoToggleDetail>('pekso-toggle', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'pekso-toggle': CustomEvent<PeksoToggleDetail>;
  }
}
