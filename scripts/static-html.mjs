// Renders the content as plain HTML: headings, <details>/<summary>, paragraphs and lists.
// No script, no style, no custom attributes: it must survive wp_kses_post and HTMLPurifier.
// The WordPress plugin puts it inside <pekso-fields> as the no-script fallback, and
// dist/static/*.html is this for pasting into editors that strip scripts.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

const clampLevel = (n) => Math.min(6, Math.max(2, n));

/** Returns the UI string for `key` in `lang`, filling `{name}` slots from `vars`. */
export const uiText = (ui, key, lang, vars = {}) =>
  ui[key][lang].replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');

function list(items) {
  return `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

/**
 * One field: a heading (outside <details>, so it survives sanitizers that drop
 * <details>), then <details> holding the summary line and the full text.
 */
export function renderFieldHtml(field, ui, { lang = 'id', headingLevel = 3, open = false, anchors = false } = {}) {
  const h = clampLevel(headingLevel);
  const sub = Math.min(6, h + 1);
  const t = (key, vars) => escapeHtml(uiText(ui, key, lang, vars));
  const section = (key, items) => (items ? `<h${sub}>${t(key)}</h${sub}>${list(items)}` : '');
  const level = t('level', { level: uiText(ui, field.level, lang) });
  return [
    `<h${h}${anchors ? ` id="pekso-${field.id}"` : ''}>${escapeHtml(field.name[lang])}</h${h}>`,
    `<details${open ? ' open' : ''}>`,
    `<summary>${escapeHtml(field.summary[lang])}</summary>`,
    `<p>${escapeHtml(field.description[lang])}</p>`,
    `<p><em>${level}</em>${field.levelNote ? ` ${escapeHtml(field.levelNote[lang])}` : ''}</p>`,
    section('dealsWith', field.dealsWith[lang]),
    section('examples', field.examples[lang]),
    section('roles', field.roles[lang]),
    section('sources', field.sources),
    section('furtherReading', field.furtherReading),
    `</details>`,
  ].join('');
}

/**
 * The chosen fields, in the order given, wrapped in a <div lang> so that screen
 * readers pronounce it in the right language whatever the host page says.
 * @param {{fields: object[], ui: object}} content from loadContent()
 * @param {{lang?: string, fields?: string[], open?: string[], headingLevel?: number, anchors?: boolean}} options
 *   `anchors` gives each heading id="pekso-<field>" for deep links; leave it off where
 *   several copies may share a page (ids must be unique).
 */
export function renderStaticHtml(content, { lang = 'id', fields, open = [], headingLevel = 3, anchors = false } = {}) {
  const byId = new Map(content.fields.map((f) => [f.id, f]));
  const chosen = (fields ?? [...byId.keys()]).map((id) => byId.get(id)).filter(Boolean);
  const body = chosen
    .map((field) => renderFieldHtml(field, content.ui, { lang, headingLevel, anchors, open: open.includes(field.id) }))
    .join('\n');
  return `<div class="pekso-static" lang="${escapeHtml(lang)}">\n${body}\n</div>`;
}
