/**
 * The content as the bundle carries it (`pekso:content`): each item laid out at build time
 * as the elements show it (render/items.ts, liveTree), per language, so the elements only
 * turn trees into DOM, and the words the elements show themselves. A panel's body is JSON
 * text, parsed only when the panel is filled (shared/item.ts). Called by the rollup plugin
 * (scripts/rollup-content.mjs).
 */
import type { BundledContent, BundledItem, Content } from '../../src/content/types.js';
import { FRAME_SECTIONS } from '../../src/spec.js';
import { vignetteWhy } from './check.js';
import { frameItem } from './frame.js';
import { fieldView, liveTree, type ItemView, type WidgetRelease } from './items.js';

/** UI words the elements use at run time; every other one is already in the panels. */
export const RUNTIME_UI_KEYS = [
  'expandAll', 'collapseAll', 'unknownField', 'copied', 'copyFailed',
  'checkTitle', 'checkQuestion', 'checkProgress', 'checkButton', 'checkNext', 'checkFinish', 'checkChoose',
  'checkRight', 'checkWrong', 'checkScore', 'checkPassed', 'checkFailed', 'checkMissed', 'checkRetry', 'checkResult',
];

export function bundledContent(content: Content, release: WidgetRelease): BundledContent {
  const langs = content.languages.map((l) => l.code);
  /** One item in every language: its name, and its live markup (header and panel). */
  const bundled = (view: (lang: string) => ItemView, extra = {}): BundledItem => {
    const views = langs.map((lang) => [lang, view(lang)] as const);
    return {
      id: views[0][1].id,
      ...extra,
      name: Object.fromEntries(views.map(([lang, v]) => [lang, v.name])),
      tree: Object.fromEntries(views.map(([lang, v]) => [lang, liveTree(v)])),
      // JSON text, parsed when the panel is first filled: V8 scans a string far faster than
      // it parses the same object literal, and most panels are closed when the page loads.
      body: Object.fromEntries(views.map(([lang, v]) => [lang, JSON.stringify(v.body)])),
    };
  };
  return {
    languages: content.languages,
    fields: content.fields.map((field) => bundled((lang) => fieldView({ content, lang }, field), { level: field.level })),
    frame: FRAME_SECTIONS.map((id) => bundled((lang) => frameItem({ content, lang }, id, release))),
    check: content.check.map((vignette) => ({
      id: vignette.id,
      answer: vignette.answer,
      case: vignette.case,
      why: Object.fromEntries(langs.map((lang) => [lang, vignetteWhy({ content, lang }, vignette)])),
    })),
    ui: Object.fromEntries(RUNTIME_UI_KEYS.map((key) => [key, content.ui[key]])),
  };
}
