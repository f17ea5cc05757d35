// demo/embed.html: builds a copy-paste snippet per platform from the form, and previews
// the embed. Field names come from the bundle and the title from embed.html itself.
import { FIELDS } from '../dist/pekso-fields.js';

const form = document.querySelector('#settings');
const preview = document.querySelector('#preview');
const defaultBase = new URL('../dist/embed.html', location.href).href;
form.elements.base.value = defaultBase;

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

// The iframe's title, in each language, as embed.html states it.
const embedPage = new DOMParser().parseFromString(await (await fetch(defaultBase)).text(), 'text/html');
const titleIn = (lang) => embedPage.documentElement.getAttribute(`data-title-${lang}`);

function addCheckboxes(fieldset, name, checked) {
  for (const field of FIELDS) {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value: field.id, checked });
    label.append(box, ` ${field.name.id} / ${field.name.en}`);
    fieldset.append(label);
  }
}
addCheckboxes(document.querySelector('#fields'), 'fields', true);
addCheckboxes(document.querySelector('#open'), 'open', false);

/** The settings as embed.html's query string; defaults are left out. */
function query(data) {
  const params = new URLSearchParams();
  const fields = data.getAll('fields');
  if (data.get('lang') !== 'id') params.set('lang', data.get('lang'));
  if (fields.length && fields.length < FIELDS.length) params.set('fields', fields.join(','));
  if (data.getAll('open').length) params.set('open', data.getAll('open').join(','));
  if (data.has('single')) params.set('single', '');
  if (data.get('theme')) params.set('theme', data.get('theme'));
  if (data.has('useAccent')) params.set('accent', data.get('accent').replace('#', ''));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const randomSecret = () => Math.random().toString(36).slice(2, 12);
const secret = randomSecret();

/** The snippets, each with a heading and a note on where it goes. */
function snippets(data) {
  const url = data.get('base') + query(data);
  const bundleDir = new URL('.', data.get('base')).href;
  const title = escape(titleIn(data.get('lang')));
  const height = Number(data.get('height')) || 600;
  const frame = (src, extra = '') =>
    `<iframe src="${escape(src)}" title="${title}" width="100%" height="${height}"${extra} style="border: 0" loading="lazy"></iframe>`;
  const attributes = [
    `lang="${data.get('lang')}"`,
    data.getAll('fields').length < FIELDS.length ? `fields="${data.getAll('fields').join(',')}"` : '',
    data.getAll('open').length ? `open="${data.getAll('open').join(',')}"` : '',
    data.has('single') ? 'single' : '',
    data.get('theme') ? `theme="${data.get('theme')}"` : '',
    data.has('useAccent') ? `style="--pekso-accent: ${data.get('accent')}"` : '',
  ].filter(Boolean);
  return [
    ['Moodle: Page resource with the script tag', 'Needs a role allowed to add scripts (trusted content).',
      `<script type="module" src="${bundleDir}pekso-fields.js"></script>\n<pekso-fields ${attributes.join(' ')}></pekso-fields>`],
    ['Moodle or any HTML page: iframe + host script', 'The script lets the frame take the height of its content.',
      `${frame(url)}\n<script src="${bundleDir}pekso-embed-host.js" defer></script>`],
    ['Canvas: iframe in the rich content editor', 'Paste in the HTML editor. The frame asks Canvas for its height (lti.frameResize).',
      frame(url)],
    ['WordPress: iframe in a Custom HTML block', 'The frame asks WordPress for its height where WordPress\'s embed script runs on the page (at most 1000 px).',
      frame(`${url}#?secret=${secret}`, ` class="wp-embedded-content" data-secret="${secret}"`)],
    ['Google Classroom: link', 'Add it as a Link in the material or assignment.', url],
  ];
}

function render() {
  const data = new FormData(form);
  if (!form.elements.base.checkValidity()) return;
  const list = document.querySelector('#snippets');
  list.replaceChildren(
    ...snippets(data).map(([heading, note, code]) => {
      const section = document.createElement('section');
      section.className = 'snippet';
      const textarea = Object.assign(document.createElement('textarea'), { readOnly: true, rows: code.split('\n').length + 2, value: code });
      const copy = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Copy' });
      copy.addEventListener('click', () => navigator.clipboard.writeText(code).then(() => (copy.textContent = 'Copied')));
      const h3 = Object.assign(document.createElement('h3'), { textContent: heading });
      const p = Object.assign(document.createElement('p'), { textContent: note });
      section.append(h3, p, textarea, copy);
      return section;
    })
  );
  const previewUrl = defaultBase + query(data);
  if (preview.src !== previewUrl) preview.src = previewUrl;
}

form.addEventListener('input', render);
form.addEventListener('submit', (event) => event.preventDefault());
render();
