import { html, nothing } from 'lit';
// lit/static-html's tag, for the one template whose tag name (the heading level) varies.
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { uiText, type BundledField } from '../content/index.js';
import { toDom } from '../render/dom.js';
import { HEADING_LEVELS } from '../spec.js';

export interface ItemOptions {
  lang: string;
  /** Level of the field's heading, 2 to 6; its sub-headings are one below. */
  headingLevel: number;
  open: boolean;
  /** Asked to open or close the panel; without it the item is always open, with no button. */
  onChange?: (open: boolean) => void;
}

/** The heading tags, made once from the spec's own list (never from an attribute value). */
const HEADING_TAGS: Record<string, StaticValue> = Object.fromEntries(HEADING_LEVELS.map((n) => [n, unsafeStatic(`h${n}`)]));

/**
 * A panel's text never changes for a field, language and heading level: it is built once
 * as DOM from the tree laid out at build time (render/field.ts), and each panel gets a
 * copy, which costs no template parts and no JavaScript heap per text.
 */
const bodies = new Map<string, DocumentFragment>();

export function panelBody(field: BundledField, lang: string, headingLevel: number): Node {
  const key = `${field.id}|${lang}|${headingLevel}`;
  let body = bodies.get(key);
  if (!body) {
    body = toDom(field.body[lang], { headingLevel }) as DocumentFragment;
    bodies.set(key, body);
  }
  return body.cloneNode(true);
}

/**
 * One field as an APG accordion item: a heading holding only a button, which controls
 * a panel labelled by it. The panel is
 * `hidden="until-found"` when closed, so find-in-page can reach its text; `beforematch`
 * then opens it. Text is bound as text, never as HTML.
 */
export function renderItem(field: BundledField, body: Node, { lang, headingLevel, open, onChange }: ItemOptions) {
  const { id } = field;
  const level = uiText(field.level, lang);
  const tag = HEADING_TAGS[headingLevel];
  // The button's name is the field's name and level, with a pause between them ("Casework,
  // Micro"): the comma is visually hidden. The summary line is its description: hidden from
  // the name (aria-hidden) and pointed to by aria-describedby, which reads hidden text.
  const title = html`<span class="name" part="name" .textContent=${field.name[lang]}></span><span class="visually-hidden">, </span><span class="badge" part="badge" .textContent=${level}></span><span class="summary" part="summary" id="s-${id}" aria-hidden=${onChange ? 'true' : 'false'} .textContent=${field.summary[lang]}></span>`;
  const header = onChange
    ? html`<button class="button" part="button" id="b-${id}" aria-expanded=${open} aria-controls="p-${id}" aria-describedby="s-${id}" @click=${() => onChange(!open)}>${title}<span class="icon" aria-hidden="true"></span></button>`
    : html`<span class="button" part="button">${title}</span>`;
  return staticHtml`<div class="item" part="item"><${tag} class="header" part="header">${header}</${tag}><div class="panel" part="panel" id="p-${id}" role=${onChange ? 'region' : nothing} aria-labelledby=${onChange ? `b-${id}` : nothing} hidden=${open ? nothing : 'until-found'} @beforematch=${() => onChange?.(true)}>${body}</div></div>`;
}
