import { attributeOf } from '../attributes.js';
import { ELEMENTS, type Tag } from '../spec.js';
import type { SerializeOptions } from './tree.js';

/** What an element's settings choose of its markup. */
export type MarkupOptions = Required<Pick<SerializeOptions, 'items' | 'open' | 'hidden' | 'headingLevel'>> & { items: string[]; open: string[]; hidden: string[] };

/**
 * An element's checked settings (values by attribute name, as readValue gives them) as the
 * serializers' options, by the spec's rules alone: the items of ELEMENTS[tag].items in
 * order (none where an attribute turns them off), the attributes that open items or set the
 * heading level, the parts that booleans hide. The elements use it for what they show; the
 * WordPress plugin's PHP applies the same rules (kits/wordpress/includes/options.php),
 * tested on one table of cases.
 */
export function markupOptions(tag: Tag, values: Readonly<Record<string, unknown>>, fields: readonly string[]): MarkupOptions {
  const off = Object.entries(values).some(([name, value]) => attributeOf(tag, name)?.option === 'itemsOff' && value === attributeOf(tag, name).when);
  const items = off ? [] : shownItems(tag, values, fields);
  let open: string[] = [];
  let headingLevel = 3;
  const hidden: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const attribute = attributeOf(tag, name);
    if (!attribute) continue;
    if (attribute.option === 'open') open = Array.isArray(value) ? value.filter((id) => items.includes(id)) : value ? items : open;
    if (attribute.option === 'headingLevel' && typeof value === 'number') headingLevel = value;
    if (attribute.hides && value === false) hidden.push(...attribute.hides);
  }
  const single = Object.entries(values).some(([name, value]) => value === true && attributeOf(tag, name)?.option === 'single');
  return { items, open: single ? open.slice(0, 1) : open, hidden, headingLevel };
}

/**
 * The items an element shows, in order: those ELEMENTS[tag].items chooses. A boolean names
 * one item of its own name, shown when on; a list of fields shows them, all of them when it
 * is empty; a choice shows the one it names.
 */
export function shownItems(tag: Tag, values: Readonly<Record<string, unknown>>, fields: readonly string[]): string[] {
  return ELEMENTS[tag].items.flatMap((name): string[] => {
    const value = values[name];
    const { type } = attributeOf(tag, name);
    if (type === 'boolean') return value ? [name] : [];
    if (type === 'list') return Array.isArray(value) && value.length ? value : [...fields];
    return typeof value === 'string' ? [value] : [];
  });
}
