import { html, nothing, type TemplateResult } from 'lit';
import { uiText, type Field, type Lang } from '../content/index.js';

export interface ItemOptions {
  lang: Lang;
  /** Level of the field's heading, 2 to 6; its sub-headings are one below. */
  headingLevel: number;
  open: boolean;
  /** Asked to open or close the panel; without it the item is always open, with no button. */
  onChange?: (open: boolean) => void;
}

const headingStrings: Record<number, TemplateStringsArray> = {};

/**
 * A real heading element of the given level, h2 to h6. Lit cannot bind a tag name, so
 * this builds (once per level) the strings of `html\`<hN part=${part}>${content}</hN>\``,
 * as lit/static-html does; the `raw` property is what Lit checks to trust them.
 */
function heading(level: number, part: string, content: unknown): TemplateResult {
  const strings = (headingStrings[level] ??= Object.assign([`<h${level} part=`, '>', `</h${level}>`], {
    raw: [],
  }) as unknown as TemplateStringsArray);
  return html(strings, part, content);
}

function section(label: string, items: readonly string[] | undefined, part: string, level: number) {
  if (!items) return nothing;
  return html`<section part=${part}>
    ${heading(level, 'label', label)}
    <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
  </section>`;
}

/**
 * One field as an APG accordion item: a heading holding only a button, which
 * controls a panel labelled by it. The panel is `hidden="until-found"` when closed,
 * so find-in-page can reach its text; `beforematch` then opens it.
 * Text is bound as text, never as HTML.
 */
export function renderItem(field: Field, { lang, headingLevel, open, onChange }: ItemOptions): TemplateResult {
  const { id } = field;
  const t = (key: Parameters<typeof uiText>[0], vars?: Record<string, string>) => uiText(key, lang, vars);
  const sub = Math.min(6, headingLevel + 1);
  const title = html`<span part="name">${field.name[lang]}</span>
    <span part="badge">${t(field.level)}</span>
    <span part="summary">${field.summary[lang]}</span>`;

  const header = onChange
    ? html`<button part="button" id="b-${id}" aria-expanded=${open} aria-controls="p-${id}" @click=${() => onChange(!open)}>
        ${title}<span class="icon" aria-hidden="true"></span>
      </button>`
    : html`<span part="button">${title}</span>`;

  return html`<div part="item">
    ${heading(headingLevel, 'header', header)}
    <div
      part="panel"
      id="p-${id}"
      role=${onChange ? 'region' : nothing}
      aria-labelledby=${onChange ? `b-${id}` : nothing}
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => onChange?.(true)}
    >
      <p part="description">${field.description[lang]}</p>
      <p part="level">${t('level', { level: t(field.level) })}${field.levelNote ? ` ${field.levelNote[lang]}` : ''}</p>
      ${section(t('dealsWith'), field.dealsWith[lang], 'deals-with', sub)}
      ${section(t('examples'), field.examples[lang], 'examples', sub)}
      ${section(t('roles'), field.roles[lang], 'roles', sub)}
      ${section(t('sources'), field.sources, 'sources', sub)}
      ${section(t('furtherReading'), field.furtherReading, 'sources', sub)}
    </div>
  </div>`;
}
