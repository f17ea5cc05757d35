// The static fallback (as the WordPress plugin and the static snippets serve it) with its
// stylesheet, dist/pekso-fallback.css (as built), takes the height the widget takes when the script
// replaces it, so nothing below moves. In a frame of its own, so that the fallback is
// seen before <pekso-fields> is defined, at a phone's width and two desktop widths.
import { expect } from './helpers.js';

const WIDTHS = [390, 800, 1200];
const TOLERANCE = 8; // px, issue 9

/** The fallback of `lang`, as built (npm run build writes dist/static/). */
async function fallbackHtml(lang) {
  const page = await (await fetch(`/dist/static/pekso-fields.${lang}.html`)).text();
  const fallback = new DOMParser().parseFromString(page, 'text/html').querySelector('.pekso-static');
  if (!fallback) throw new Error(`no .pekso-static in dist/static/pekso-fields.${lang}.html`);
  return fallback.outerHTML;
}

/** A frame `width` px wide holding a page with the fallback and its stylesheet, and no script yet. */
async function framePage(width, body) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <link rel="stylesheet" href="${location.origin}/dist/pekso-fallback.css">
    <style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0; padding: 0 16px }</style></head>
    <body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((done) => frame.addEventListener('load', done, { once: true }));
  const doc = /** @type {Document} */ (frame.contentDocument);
  return { frame, doc };
}

/** A card's fallback, as the plugin serves it: the static root with one field's heading and <details>. */
async function cardFallbackHtml(lang, field) {
  const root = new DOMParser().parseFromString(await fallbackHtml(lang), 'text/html').querySelector('.pekso-static');
  const heading = root.querySelector(`#pekso-${field}`);
  root.replaceChildren(heading, heading.nextElementSibling);
  return root.outerHTML;
}

/** Loads the bundle into the frame and resolves once the widget has drawn itself. */
async function upgrade(doc, tag) {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `${location.origin}/dist/pekso-fields.js`;
  doc.head.append(script);
  const element = /** @type {any} */ (doc.querySelector(tag));
  await /** @type {Window} */ (doc.defaultView).customElements.whenDefined(tag);
  await element.updateComplete;
  return element;
}

/** The element `tag` in a frame `width` px wide: its height with the fallback, then as the widget. */
async function heights(width, tag, markup) {
  const { frame, doc } = await framePage(width, markup);
  try {
    const element = doc.querySelector(tag);
    const fallback = element.getBoundingClientRect().height;
    await upgrade(doc, tag);
    return { fallback, widget: element.getBoundingClientRect().height };
  } finally {
    frame.remove();
  }
}

describe('the static fallback with its stylesheet', () => {
  for (const lang of ['en', 'id']) {
    for (const width of WIDTHS) {
      it(`takes the widget's height, ±${TOLERANCE} px, at ${width} px (${lang})`, async () => {
        const { fallback, widget } = await heights(width, 'pekso-fields', `<pekso-fields lang="${lang}">${await fallbackHtml(lang)}</pekso-fields>`);
        expect(fallback, 'the fallback is laid out').to.be.above(300);
        expect(Math.abs(widget - fallback), `fallback ${fallback} px, widget ${widget} px`).to.be.at.most(TOLERANCE);
      });

      it(`takes a closed card's height, ±${TOLERANCE} px, at ${width} px (${lang})`, async () => {
        const markup = `<pekso-field-card field="community" lang="${lang}">${await cardFallbackHtml(lang, 'community')}</pekso-field-card>`;
        const { fallback, widget } = await heights(width, 'pekso-field-card', markup);
        expect(fallback, 'the fallback is laid out').to.be.above(40);
        expect(Math.abs(widget - fallback), `fallback ${fallback} px, widget ${widget} px`).to.be.at.most(TOLERANCE);
      });
    }
  }

  it('reads as plain text without it: the name, a comma, then the level', async () => {
    const html = await fallbackHtml('en');
    const heading = new DOMParser().parseFromString(html, 'text/html').querySelector('#pekso-casework');
    expect(heading?.textContent).to.equal('Casework, Micro');
  });
});
