/**
 * The names pages and elements share. An item's anchor, deep link and related-field link
 * is `#pekso-<id>`: the static markup's headings carry it, and the accordion elements open
 * the item a link or the page's address names.
 */
export const HASH_PREFIX = '#pekso-';

/** The anchor id of an item: `pekso-<id>`. */
export const anchorId = (id: string): string => `${HASH_PREFIX.slice(1)}${id}`;

/**
 * Asked on `document` by a check that would link an answer to its field: an accordion
 * element that shows the field (any tag, any bundle) sets `found`. Internal to pekso.
 */
export const LOCATE_EVENT = 'pekso-locate';
export interface LocateDetail {
  id: string;
  found: boolean;
}
