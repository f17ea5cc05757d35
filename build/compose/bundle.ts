/**
 * The content as a bundle carries it (`pekso:content/<bundle>`, src/content/types.ts), for
 * the languages it carries: the accordion's items laid out at build time as the elements
 * show them (items.ts, liveTree), with each panel's body as JSON text, parsed only when the
 * panel is filled; the check's cases; and only the UI words the bundle's elements show.
 * Called by the rollup plugin (build/rollup/content.mjs).
 */
import type { BundledContent, BundledItem } from '../../src/content/types.ts';
import { ACCORDION_UI } from '../../src/elements/accordion/ui.ts';
import { CHECK_UI } from '../../src/elements/check/ui.ts';
import type { Content } from '../content/types.ts';
import { vignetteWhy } from './check.ts';
import { itemViews, liveTree, type ItemView, type WidgetRelease } from './items.ts';

/** What a bundle carries: the accordion elements, the check, or both. */
export type BundleName = 'accordion' | 'check' | 'all';

export function bundledContent(content: Content, release: WidgetRelease, { bundle, langs }: { bundle: BundleName; langs: readonly string[] }): BundledContent {
  const accordion = bundle !== 'check';
  const check = bundle !== 'accordion';
  const views = new Map(langs.map((lang) => [lang, itemViews({ content, lang }, release)]));
  const perLang = <T>(id: string, pick: (view: ItemView) => T) => Object.fromEntries(langs.map((lang) => [lang, pick(views.get(lang)!.find((v) => v.id === id)!)]));
  /** An item in every language: its name, and for the accordion its live markup (header, and panel body as JSON). */
  const item = (id: string, extra = {}): BundledItem => ({
    id,
    ...extra,
    name: perLang(id, (v) => v.name),
    ...(accordion ? { tree: perLang(id, liveTree), body: perLang(id, (v) => JSON.stringify(v.body)) } : {}),
  });
  const keys = [...(accordion ? ACCORDION_UI : []), ...(check ? CHECK_UI : [])];
  const translated = (text: Readonly<Record<string, string>>) => Object.fromEntries(langs.map((lang) => [lang, text[lang]]));
  return {
    languages: content.languages.filter((l) => langs.includes(l.code)),
    fields: content.fields.map((field) => item(field.id, accordion ? { level: field.level } : {})),
    frame: accordion ? views.get(langs[0])!.filter((v) => !content.fields.some((f) => f.id === v.id)).map((v) => item(v.id)) : [],
    cases: check
      ? content.check.map((vignette) => ({
          id: vignette.id,
          answer: vignette.answer,
          case: translated(vignette.case),
          why: Object.fromEntries(langs.map((lang) => [lang, vignetteWhy({ content, lang }, vignette)])),
        }))
      : [],
    ui: Object.fromEntries(keys.map((key) => [key, translated(content.ui[key])])),
  };
}
