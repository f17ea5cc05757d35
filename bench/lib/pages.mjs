// Test pages: the same items (the frame's sections and the fields), in the same language, as
// pekso, as plain <details>, and as Shoelace <sl-details>; plus the pages for layout shift on
// upgrade and for the low-end phone, and, for scale, native with an empty module script.
// pekso's pages load the bundle a page in one language loads (bench/lib/build.mjs, pageBundle).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { itemViews } from '../../build/compose/items.ts';
import { fallbackCss } from '../../build/compose/fallback-css.ts';
import { staticHtml, widgetRelease } from '../../build/compose/static.ts';
import { escapeHtml, toHtml } from '../../src/markup/tree.ts';
import { pageBundle } from './build.mjs';
import { IMPLS, LANG, SCRIPT_FLOOR } from './impls.mjs';

const BUNDLE = pageBundle(LANG);
/** The static version, as the WordPress plugin serves it with heading level 3. */
const nativeHtml = (content) => staticHtml(content, { lang: LANG, settings: { 'heading-level': 3 } });

// One base style for every page, so that only the implementation differs.
const BASE_STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem}';

/**
 * Sets window.__ready (ms since navigation start) once every custom element on the page
 * is defined and has rendered (Lit's updateComplete), and the frame after that has been
 * produced: the setTimeout queued from requestAnimationFrame runs after that frame's
 * style, layout and paint. Inline module scripts run after the module scripts before
 * them, so the components are loaded by then.
 */
const READY_SCRIPT = `<script type="module">
const tags = new Set([...document.querySelectorAll(':not(:defined)')].map((e) => e.localName));
await Promise.all([...tags].map((t) => customElements.whenDefined(t)));
await Promise.all([...document.querySelectorAll('pekso-fields, sl-details')].map((e) => e.updateComplete));
await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
window.__ready = performance.now();
</script>`;

function page({ title, head = '', body }) {
  return `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>
<style>${BASE_STYLE}</style>${head}</head><body>
${body}
${READY_SCRIPT}
</body></html>`;
}

/** How many items each page shows: the frame's sections and the fields, as pekso shows them. */
export const itemCount = (content) => itemViews({ content, lang: LANG }, widgetRelease()).length;

/** One Shoelace group: an <sl-details> per item, summary = name + summary line, body = the static HTML's. */
export function shoelaceGroupHtml(content, lang = LANG) {
  const items = itemViews({ content, lang }, widgetRelease()).map((view) => {
    // The panel body exactly as the native version has it.
    const body = toHtml(view.body, { headingLevel: 3 });
    return `<sl-details><div slot="summary"><strong>${escapeHtml(view.name)}</strong><br>${escapeHtml(view.summary)}</div>${body}</sl-details>`;
  });
  return `<div class="sl-group" lang="${lang}">\n${items.join('\n')}\n</div>`;
}

/** The markup of one instance, and what the page head needs, per implementation. */
export function instance(impl, content) {
  switch (impl) {
    case 'pekso':
      return { head: `<script type="module" src="${BUNDLE}"></script>`, html: `<pekso-fields lang="${LANG}"></pekso-fields>` };
    case 'native':
      return { head: '', html: nativeHtml(content) };
    case 'shoelace':
      return {
        head: '<link rel="stylesheet" href="shoelace-light.css"><script type="module" src="shoelace-details.js"></script>',
        html: shoelaceGroupHtml(content),
      };
    default:
      throw new Error(`unknown implementation ${impl}`);
  }
}

/** A blog post with text above and below <pekso-fields>, which holds its static fallback
 * (the WordPress plugin's markup) and the fallback's stylesheet; `end` goes before </body>. */
function blogPage(content, title, end) {
  const text = 'Social work is practised at several levels, from one person to whole policies. '.repeat(4);
  const fallback = nativeHtml(content);
  return `<!doctype html><html lang="${LANG}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>
<style>${BASE_STYLE}</style><link rel="stylesheet" href="pekso-fallback.css"></head><body>
<h1>Fields of practice</h1><p>${text}</p>
<pekso-fields lang="${LANG}">${fallback}</pekso-fields>
<p>${text}</p><p>${text}</p><p>${text}</p>
${end}
</body></html>`;
}

/**
 * The upgrade page: the bundle is added only after the fallback's first frame, as on a
 * slow connection, so the upgrade happens in view; with #in-view the page is first
 * scrolled to the widget.
 */
const UPGRADE_SCRIPT = `<script>
window.__fallbackHeight = null;
addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => {
  // #in-view: the reader who scrolled to the widget before the script arrived.
  if (location.hash === '#in-view') document.querySelector('pekso-fields').scrollIntoView();
  window.__fallbackHeight = document.querySelector('pekso-fields').getBoundingClientRect().height;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '${BUNDLE}';
  document.head.append(script);
})));
</script>`;

/**
 * Writes every page and asset into `dir` (emptied first).
 * @returns {Record<string, number>} HTML bytes of one instance per implementation
 */
export function writePages(dir, { content, peksoJs, shoelaceJs, shoelaceCss, counts }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, BUNDLE), peksoJs);
  // The fallback's stylesheet, as the WordPress plugin serves it with the fallback.
  writeFileSync(join(dir, 'pekso-fallback.css'), fallbackCss());
  writeFileSync(join(dir, 'shoelace-details.js'), shoelaceJs);
  writeFileSync(join(dir, 'shoelace-light.css'), shoelaceCss);
  const instanceHtml = {};
  for (const impl of IMPLS) {
    const { head, html } = instance(impl, content);
    instanceHtml[impl] = html;
    for (const n of counts) {
      const body = Array.from({ length: n }, () => html).join('\n');
      writeFileSync(join(dir, `${impl}-${n}.html`), page({ title: `${impl} × ${n}`, head, body }));
    }
  }
  // For scale, at one instance: the native page plus one empty module script, what loading
  // any module costs (a second request, a module to run before the page's own scripts).
  writeFileSync(join(dir, 'empty-module.js'), 'export {};\n');
  writeFileSync(join(dir, `${SCRIPT_FLOOR}-1.html`), page({ title: 'native + an empty module × 1', head: '<script type="module" src="empty-module.js"></script>', body: instance('native', content).html }));
  writeFileSync(join(dir, 'upgrade.html'), blogPage(content, 'upgrade', UPGRADE_SCRIPT));
  // The low-end phone profile: the page as a blog serves it, and the same with no script.
  writeFileSync(join(dir, 'low-end.html'), blogPage(content, 'low-end', `<script type="module" src="${BUNDLE}"></script>`));
  writeFileSync(join(dir, 'low-end-static.html'), blogPage(content, 'low-end, static', ''));
  return instanceHtml;
}
