/**
 * The content of a page's pekso bundle, as the bundle's entry registers it (src/entries/):
 * one bundle carries one language or all of them, the accordion's items or the check's
 * cases. The elements read it from here, so their code names no language and no field.
 */
import type { BundledContent, BundledItem } from './types.js';

/** What the bundle registered: read it, don't change it. */
export const CONTENT: BundledContent = { languages: [], fields: [], frame: [], cases: [], ui: {} };

/** Sets the bundle's content (each bundle registers its own, once, as it loads). */
export const registerContent = (content: BundledContent): void => void Object.assign(CONTENT, content);

/** Language codes, in order; the first is the default. */
export const langs = (): string[] => CONTENT.languages.map((l) => l.code);

/** A language's writing direction. */
export const dirOf = (lang: string): 'ltr' | 'rtl' => CONTENT.languages.find((l) => l.code === lang)?.dir ?? 'ltr';

/** Field ids, in order: the valid values of `field` and `fields`. */
export const fieldIds = (): string[] => CONTENT.fields.map((f) => f.id);

export const fieldById = (id: string): BundledItem | undefined => CONTENT.fields.find((f) => f.id === id);

/** A UI word in `lang`, with `{name}` slots filled from `vars`. */
export const uiText = (key: string, lang: string, vars: Record<string, string | number> = {}): string =>
  CONTENT.ui[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
