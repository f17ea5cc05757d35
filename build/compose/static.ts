/**
 * The static markup, composed once per language: the accordion (every item, frame and
 * fields, in the spec's order, each tagged with its id) and the check (the whole pool).
 * Every static page is one of these written with an element's settings: the LMS snippets,
 * the SCORM and offline pages, the bench's native version here (staticHtml), and the
 * WordPress fallback in PHP, from the same documents (build/kits/wordpress.mjs).
 */
import { readFileSync } from 'node:fs';
import { readValue, attributesOf } from '../../src/attributes.ts';
import { markupOptions } from '../../src/markup/options.ts';
import { escapeHtml, toHtml, type SerializeOptions, type TreeElement } from '../../src/markup/tree.ts';
import { ELEMENTS, type Tag } from '../../src/spec.ts';
import type { Content } from '../content/types.ts';
import { valuesOf } from '../spec.mjs';
import { checkDocument } from './check.ts';
import { itemViews, staticItem, staticRoot, type WidgetRelease } from './items.ts';

/** The version and year a citation of the widget names: package.json's version, and the year it was built. */
export function widgetRelease(): WidgetRelease {
  const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return { version, year: new Date().getUTCFullYear() };
}

/** The documents of one language, by the name ELEMENTS gives them. */
export function documents(content: Content, lang: string, release = widgetRelease()): Record<'accordion' | 'check', TreeElement> {
  const context = { content, lang };
  return {
    accordion: staticRoot(content, lang, itemViews(context, release).map(staticItem)),
    check: staticRoot(content, lang, checkDocument(context)),
  };
}

/** An element's settings, checked as the element checks them: by attribute name, defaults filled in. */
export function settingsFor(content: Content, tag: Tag, given: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return Object.fromEntries(attributesOf(tag).map((spec) => [spec.name, readValue(spec, given[spec.name], valuesOf(spec, content)).value]));
}

/** What element `tag` shows with `settings` (attribute names; absent ones take their defaults), as static HTML. */
export function staticHtml(content: Content, { lang, tag = 'pekso-fields', settings = {}, ...page }: { lang: string; tag?: Tag; settings?: Record<string, unknown> } & Pick<SerializeOptions, 'pageUrl' | 'usedIds'>): string {
  const options = markupOptions(tag, settingsFor(content, tag, settings), content.fields.map((f) => f.id));
  return toHtml([documents(content, lang)[ELEMENTS[tag].document]], { ...options, ...page });
}

/**
 * An element as a page writes it: its tag, the attributes whose checked values differ from
 * their defaults (a flag bare when on, `="off"` when off; a list comma-separated), and its
 * static fallback inside, for readers without JavaScript. The WordPress plugin's PHP writes
 * its elements by the same rule (kits/wordpress/includes/render.php).
 */
export function elementHtml(content: Content, { lang, tag, settings = {}, ...page }: { lang: string; tag: Tag; settings?: Record<string, unknown> } & Pick<SerializeOptions, 'pageUrl' | 'usedIds'>): string {
  const values = settingsFor(content, tag, { ...settings, lang });
  const attributes = attributesOf(tag).flatMap((spec) => {
    const value = values[spec.name];
    if (value === spec.default || value === null || (Array.isArray(value) && !value.length)) return [];
    if (typeof value === 'boolean') return [value ? ` ${spec.name}` : ` ${spec.name}="off"`];
    return [` ${spec.name}="${escapeHtml(Array.isArray(value) ? value.join(',') : String(value))}"`];
  });
  return `<${tag}${attributes.join('')}>${staticHtml(content, { lang, tag, settings: values, ...page })}</${tag}>`;
}
