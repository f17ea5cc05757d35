// Builds the LMS kit from the rollup outputs (run after `rollup -c`):
//   dist/embed.html (+ pekso-page.css)          a page to frame, sized by its content; it loads the bundle it needs
//   dist/pekso-{fields,check}-scorm12.<lang>.zip SCORM 1.2 packages: the overview, and the overview with the check
//   dist/static/pekso-fields.<lang>.html        plain HTML to paste into editors
//   dist/pekso-fields.<lang>.html                one file that works offline, from file://
//   dist/pekso-fallback.css                      the fallback's layout, for pages that serve it
// Pages and scripts are in kits/lms/; text and markup come from the content and the spec
// (build/compose/static.ts), never typed here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { escapeHtml } from '../../src/markup/tree.ts';
import { fallbackCss } from '../compose/fallback-css.ts';
import { elementHtml, staticHtml } from '../compose/static.ts';
import { loadContent } from '../content/load.mjs';
import { spec } from '../spec.mjs';

const src = (name) => new URL(`../../kits/lms/${name}`, import.meta.url);
const defaultDist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (url) => readFileSync(url, 'utf8');

/** Replaces each {{key}} in a template with its value (values are escaped already). */
const fill = (template, values) =>
  template.replace(/\{\{([\w.-]+)\}\}/g, (_, key) => {
    if (!(key in values)) throw new Error(`build/kits/lms.mjs: no value for {{${key}}}`);
    return values[key];
  });

/** A zip with a fixed date, so the archive is reproducible. */
const zip = (files) => {
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(files.map(({ name, data }) => [name, [new Uint8Array(Buffer.from(data)), { mtime }]])), { level: 9 });
};

/**
 * Writes the kit for `content` into `outDir`, from the bundles already there and the kit's
 * scripts in `scriptsDir` (both dist/ by default), for `langs` (default: every language).
 */
export function buildLmsKit({ content = loadContent(), outDir = defaultDist, scriptsDir = defaultDist, langs = content.languages.map((l) => l.code) } = {}) {
  const dist = (name) => join(outDir, name);
  const script = (name) => join(scriptsDir, name);
  const dirOf = (lang) => content.languages.find((l) => l.code === lang).dir;
  const { version } = JSON.parse(read(new URL('../../package.json', import.meta.url)));
  const pageCss = read(src('pekso-page.css'));
  const css = fallbackCss();
  // What a package may be used under: its text (content/LICENSE), its code (LICENSE), and Lit's notice.
  const licence = ['content/LICENSE', 'LICENSE', 'THIRD-PARTY-NOTICES.md'].map((file) => read(new URL(`../../${file}`, import.meta.url))).join('\n\n---\n\n');
  /** What every page of one language fills in. */
  const pageValues = (lang, title) => ({ version: escapeHtml(version), lang: escapeHtml(lang), dir: dirOf(lang), title: escapeHtml(title) });
  /** The widgets of a page, heading level 2 under the page's h1, each with its fallback inside. */
  const widgets = (lang, tags) => tags.map((tag) => elementHtml(content, { lang, tag, settings: { 'heading-level': 2 } })).join('\n');

  // 1. The embed page: it loads the bundle of the element its query asks for, in that language.
  writeFileSync(
    dist('embed.html'),
    fill(read(src('embed.html')), {
      ...pageValues(langs[0], content.ui.title[langs[0]]),
      langs: langs.join(' '),
      // Per language: the page's title, its writing direction, and the message if own cases cannot be loaded.
      titles: langs
        .map((lang) => `data-title-${lang}="${escapeHtml(content.ui.title[lang])}" data-dir-${lang}="${dirOf(lang)}" data-cases-failed-${lang}="${escapeHtml(content.ui.embedCasesFailed[lang])}"`)
        .join(' '),
    })
  );
  writeFileSync(dist('pekso-page.css'), pageCss);
  writeFileSync(dist('pekso-fallback.css'), css);

  // 2. The SCORM packages, one per language: the overview (completed once every field was
  //    opened), and the overview with the check (scored, passed or failed against the pass
  //    mark, the manifest's masteryscore). Each carries the bundle of its elements in its
  //    language. The manifest lists every other file of the zip.
  const passMark = spec.ATTRIBUTES.find((a) => a.name === 'pass').default;
  const packages = [
    { name: 'pekso-fields-scorm12', script: 'pekso-scorm.js', bundle: 'pekso-accordion', tags: ['pekso-fields'], title: (lang) => content.ui.title[lang] },
    {
      name: 'pekso-check-scorm12',
      script: 'pekso-scorm-check.js',
      bundle: 'pekso-fields',
      tags: ['pekso-fields', 'pekso-check'],
      title: (lang) => `${content.ui.title[lang]}: ${content.ui.checkTitle[lang]}`,
      mastery: `\n        <adlcp:masteryscore>${passMark}</adlcp:masteryscore>`,
    },
  ];
  for (const lang of langs) {
    for (const pkg of packages) {
      const bundle = `${pkg.bundle}.${lang}.classic.js`;
      const page = { ...pageValues(lang, pkg.title(lang)), bundle, script: pkg.script, widgets: widgets(lang, pkg.tags) };
      const packageFiles = [
        { name: 'index.html', data: fill(read(src('scorm-index.html')), page) },
        { name: 'pekso-page.css', data: pageCss },
        { name: 'pekso-fallback.css', data: css },
        { name: bundle, data: readFileSync(dist(bundle)) },
        { name: pkg.script, data: readFileSync(script(pkg.script)) },
        { name: 'LICENSE.txt', data: licence },
        // The manifest names it (adlcp:location): the package's title, language and licences as LOM.
        { name: 'metadata.xml', data: fill(read(src('metadata.xml')), page) },
      ];
      const fileList = packageFiles.map(({ name }) => `      <file href="${escapeHtml(name)}"/>`).join('\n');
      const manifest = fill(read(src('imsmanifest.xml')), { ...page, identifier: `${pkg.name}-${lang}`, mastery: pkg.mastery ?? '', files: fileList });
      writeFileSync(dist(`${pkg.name}.${lang}.zip`), zip([{ name: 'imsmanifest.xml', data: manifest }, ...packageFiles]));
    }
  }

  // 3. Plain HTML, per language: a title, then every item as heading + <details>.
  mkdirSync(dist('static'), { recursive: true });
  for (const lang of langs) {
    const title = `<h2 lang="${escapeHtml(lang)}">${escapeHtml(content.ui.title[lang])}</h2>`;
    writeFileSync(dist(`static/pekso-fields.${lang}.html`), `${title}\n${staticHtml(content, { lang })}\n`);
  }

  // 4. One offline file per language: a page that holds everything, the script and styles
  //    inlined and the text as its no-script fallback, to open from file:// with no network,
  //    or share as an attachment: the overview, then the check.
  for (const lang of langs) {
    const inlined = readFileSync(dist(`pekso-fields.${lang}.classic.js`), 'utf8').replace(/<\/script/gi, '<\\/script');
    writeFileSync(
      dist(`pekso-fields.${lang}.html`),
      fill(read(src('offline.html')), { ...pageValues(lang, content.ui.title[lang]), css: `${pageCss}\n${css}`, widgets: widgets(lang, ['pekso-fields', 'pekso-check']), script: inlined })
    );
  }

  return langs;
}

// `node --import tsx build/kits/lms.mjs` (npm run build:kits): the kit in dist/.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const langs = buildLmsKit();
  console.log(`LMS kit: dist/embed.html, dist/{pekso-fields,pekso-check}-scorm12.{${langs}}.zip, dist/static/, dist/pekso-fields.{${langs}}.html`);
}
