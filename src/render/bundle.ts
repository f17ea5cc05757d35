/**
 * The content as the bundle carries it (`pekso:content`): each panel's text laid out at
 * build time by render/field.ts, so the elements only turn trees into DOM, and the words
 * the elements show themselves. Called by the rollup plugin (scripts/rollup-content.mjs).
 */
import type { BundledContent, Content } from '../content/types.js';
import { fieldBody } from './field.js';

/** UI words the elements use at run time; every other one is already in the panels. */
export const RUNTIME_UI_KEYS = ['expandAll', 'collapseAll', 'micro', 'mezzo', 'macro', 'all', 'unknownField'];

export function bundledContent(content: Content): BundledContent {
  const langs = content.languages.map((l) => l.code);
  return {
    languages: content.languages,
    fields: content.fields.map((field) => ({
      id: field.id,
      level: field.level,
      name: field.name,
      summary: field.summary,
      body: Object.fromEntries(langs.map((lang) => [lang, fieldBody({ content, lang }, field)])),
    })),
    ui: Object.fromEntries(RUNTIME_UI_KEYS.map((key) => [key, content.ui[key]])),
  };
}
