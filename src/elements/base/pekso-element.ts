import { LitElement, type CSSResultGroup, type PropertyDeclaration, type PropertyValues } from 'lit';
import { attributesOf, attributeOf, primaryLang, propertyName, readValue } from '../../attributes.js';
import { dirOf, fieldIds, langs } from '../../content/registry.js';
import { FRAME_SECTIONS, type AttributeSpec, type Tag } from '../../spec.js';
import { baseStyles } from './styles.js';

/** Detail of the `pekso-toggle` event. */
export interface PeksoToggleDetail {
  /** The item whose panel opened or closed. */
  id: string;
  /** Whether the panel is now open. */
  open: boolean;
  /** True when a person caused it (click, key, find-in-page, link); false for a method call or attribute. */
  user: boolean;
}

/** The valid values of an attribute: listed in the spec, or the content's languages, fields or items. */
export function validValues(spec: AttributeSpec): readonly string[] {
  if (spec.values === 'languages') return langs();
  if (spec.values === 'fields') return fieldIds();
  if (spec.values === 'items') return [...FRAME_SECTIONS, ...fieldIds()];
  return spec.values ?? [];
}

/** An attribute as it reaches its property: booleans by the spec's one rule, numbers as numbers. */
function declaration(spec: AttributeSpec): PropertyDeclaration {
  const base = { attribute: spec.name, reflect: spec.reflect ?? false, useDefault: spec.default !== null };
  if (spec.type === 'boolean') {
    return { ...base, type: Boolean, converter: { fromAttribute: (value) => readValue(spec, value).value, toAttribute: (value) => (value ? '' : null) } };
  }
  if (spec.type === 'integer') return { ...base, converter: { fromAttribute: (value) => (value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : value) } };
  return base;
}

/**
 * What every pekso element shares: its properties, derived from the spec (src/spec.ts) for
 * its `tag`, with the spec's defaults; the values in use (`settings`), read from them by the
 * spec's rules (src/attributes.ts) whatever type a page or a framework sets, with a warning
 * that names a bad value and the valid ones, never an exception; the language, its writing
 * direction and the theme; and a registration that is safe to repeat (`define`).
 */
export class PeksoElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The element's tag in the spec, whose attributes it takes. */
  static readonly tag: Tag;

  /**
   * Registers the element as `tag` (default: its own) in `registry` (default: the page's),
   * unless that name is taken there already: a page may load pekso twice.
   */
  static define(tag: string = this.tag, registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    // A constructor may be defined once per registry: another name gets a subclass of its own.
    registry.define(tag, tag === this.tag && registry === customElements ? this : class extends this {});
  }

  /** Lit's hook before the first element of a class is made: here the spec's attributes become its properties. */
  protected static override finalize(): void {
    if (!Object.hasOwn(this, 'finalized') && Object.hasOwn(this, 'tag')) {
      for (const spec of attributesOf(this.tag)) this.createProperty(propertyName(spec.name), declaration(spec));
    }
    super.finalize();
  }

  #settings: Record<string, unknown> = {};
  #lang = '';
  readonly #internals = this.attachInternals();

  constructor() {
    super();
    for (const spec of attributesOf(this.#tag)) {
      if (spec.default !== null) (this as Record<string, unknown>)[propertyName(spec.name)] = spec.default;
    }
  }

  get #tag(): Tag {
    return (this.constructor as typeof PeksoElement).tag;
  }

  /**
   * The values in use, by attribute name, after checking what the page set: defaults filled
   * in, bad values replaced by them, the language resolved. Read-only.
   */
  get settings(): Readonly<Record<string, unknown>> {
    return { ...this.#settings, lang: this.#lang };
  }

  /** The language shown, after checking `lang` and the page around the element. */
  get shownLang(): string {
    return this.#lang;
  }

  /** The writing direction of the language shown. */
  get shownDir(): 'ltr' | 'rtl' {
    return dirOf(this.#lang);
  }

  /** The heading level used. */
  get shownHeadingLevel(): number {
    return this.#settings['heading-level'] as number;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another place in the page: the inherited language may differ.
    if (this.hasUpdated) this.requestUpdate('lang');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const spec of attributesOf(this.#tag)) {
      const property = propertyName(spec.name);
      if (spec.name === 'lang' || (this.hasUpdated && !(changed as Map<PropertyKey, unknown>).has(property))) continue;
      this.#settings[spec.name] = this.read(spec.name);
    }
    if (!this.hasUpdated || changed.has('lang')) this.#lang = this.#resolveLang();
    // The built-in scheme as a custom state, whatever case or spaces the attribute was written with.
    const states = this.#internals.states;
    for (const theme of ['light', 'dark', 'auto']) {
      if (this.#settings.theme === theme) states.add(theme);
      else states.delete(theme);
    }
  }

  /** The checked value of attribute `name` (its `max` lowered to `top` where the content sets one), warning if bad. */
  protected read(name: string, top?: number): unknown {
    const spec = attributeOf(this.#tag, name);
    const { value, warning } = readValue(spec, (this as Record<string, unknown>)[propertyName(spec.name)], validValues(spec), top);
    if (warning) this.warn(name, warning);
    return value;
  }

  /** Logs a warning about attribute `name`: `<pekso-fields> fields="x" is not valid. Valid: …`. */
  protected warn(name: string, warning: string): void {
    console.warn(`<${this.localName}> ${name}=${warning}`);
  }

  /**
   * The element's own `lang` if the bundle has it (by its primary subtag: "en-GB" is "en"),
   * else the nearest ancestor's, else the first language the bundle carries.
   */
  #resolveLang(): string {
    const available = langs();
    const own = primaryLang(this.lang);
    if (available.includes(own)) return own;
    if (own) this.warn('lang', readValue(attributeOf(this.#tag, 'lang'), this.lang, available).warning!);
    const inherited = primaryLang(this.parentElement?.closest('[lang]')?.getAttribute('lang'));
    return available.includes(inherited) ? inherited : available[0];
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
