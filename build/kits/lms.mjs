// Builds the LMS kit from the rollup outputs (run after `rollup -c`):
//   dist/embed.html (+ pekso-page.css)          a page to frame, sized by its content
//   dist/pekso-{fields,check}-scorm12.<lang>.zip SCORM 1.2 packages: the overview, and the overview with the check
//   dist/static/pekso-fields.<lang>.html        plain HTML to paste into editors
//   dist/pekso-fields.<lang>.html                one file that works offline, from file://
//   dist/pekso-fallback.css                      the fallback's layout, for pages that serve it
// Sources are in kits/lms/; text comes from the content, never typed here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { loadContent } from '../content/load.mjs';
import { checkStatic, escapeHtml, renderStaticHtml, toHtml } from '../compose/static.mjs';
import { spec } from '../spec.mjs';

const src = (name) => new URL(`../../kits/lms/${name}`, import.meta.url);
const dist = (name) => new URL(`../../dist/${name}`, import.meta.url);
const read = (url) => readFileSync(url, 'utf8');

/** Replaces each {{key}} in a template with its value (values are escaped already). */
const fill = (template, values) =>
  template.replace(/\{\{([\w.]+)\}\}/g, (_, key) => {
    if (!(key in values)) throw new Error(`build-lms: no value for {{${key}}}`);
    return values[key];
  });

/** A zip with a fixed date, so the archive is reproducible. */
const zip = (files) => {
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(files.map(({ name, data }) => [name, [new Uint8Array(Buffer.from(data)), { mtime }]])), { level: 9 });
};

const content = loadContent();
const langs = content.languages.map((l) => l.code);
const { version } = JSON.parse(read(new URL('../../package.json', import.meta.url)));
const values = {
  version: escapeHtml(version),
  fields: escapeHtml(content.fields.map((f) => f.id).join(',')),
  titles: langs.map((lang) => `data-title-${lang}="${escapeHtml(content.ui.title[lang])}"`).join(' '),
  ...Object.fromEntries(langs.map((lang) => [`title.${lang}`, escapeHtml(content.ui.title[lang])])),
};
const pageCss = read(src('pekso-page.css'));

// 1. The embed page.
writeFileSync(dist('embed.html'), fill(read(src('embed.html')), values));
writeFileSync(dist('pekso-page.css'), pageCss);
writeFileSync(dist('pekso-fallback.css'), read(new URL('../../src/markup/pekso-fallback.css', import.meta.url)));

// 2. The SCORM packages, one per language: the overview (completed once every field was
//    opened), and the overview with the check (scored, passed or failed against the pass
//    mark, the manifest's masteryscore). The manifest lists every other file of the zip.
const passMark = spec.ATTRIBUTES.find((a) => a.name === 'pass').default;
const packages = [
  { name: 'pekso-fields-scorm12', script: 'pekso-scorm.js', title: (lang) => content.ui.title[lang] },
  {
    name: 'pekso-check-scorm12',
    script: 'pekso-scorm-check.js',
    check: (lang) => `<pekso-check lang="${escapeHtml(lang)}" heading-level="2"></pekso-check>\n`,
    title: (lang) => `${content.ui.title[lang]}: ${content.ui.checkTitle[lang]}`,
    mastery: `\n        <adlcp:masteryscore>${passMark}</adlcp:masteryscore>`,
  },
];
for (const lang of langs) {
  for (const pkg of packages) {
    const page = { ...values, lang: escapeHtml(lang), title: escapeHtml(pkg.title(lang)), script: escapeHtml(pkg.script), check: pkg.check?.(lang) ?? '' };
    const packageFiles = [
      { name: 'index.html', data: fill(read(src('scorm-index.html')), page) },
      { name: 'pekso-page.css', data: pageCss },
      { name: 'pekso-fields.classic.js', data: readFileSync(dist('pekso-fields.classic.js')) },
      { name: pkg.script, data: readFileSync(dist(pkg.script)) },
    ];
    const fileList = packageFiles.map(({ name }) => `      <file href="${escapeHtml(name)}"/>`).join('\n');
    const manifest = fill(read(src('imsmanifest.xml')), { ...page, identifier: `${pkg.name}-${lang}`, mastery: pkg.mastery ?? '', files: fileList });
    writeFileSync(dist(`${pkg.name}.${lang}.zip`), zip([{ name: 'imsmanifest.xml', data: manifest }, ...packageFiles]));
  }
}

// 3. Plain HTML, per language: a title, then every field as heading + <details>.
mkdirSync(dist('static'), { recursive: true });
for (const lang of langs) {
  const title = `<h2 lang="${escapeHtml(lang)}">${escapeHtml(content.ui.title[lang])}</h2>`;
  writeFileSync(dist(`static/pekso-fields.${lang}.html`), `${title}\n${renderStaticHtml(content, { lang, headingLevel: 3 })}\n`);
}

console.log(`LMS kit: dist/embed.html, dist/pekso-embed-host.js, dist/{pekso-fields,pekso-check}-scorm12.{${langs}}.zip, dist/static/`);

// 4. One offline file per language: a page that holds everything, the script and styles
//    inlined and the text as its no-script fallback, to open from file:// with no network,
//    or share as an attachment: the overview, then the check.
const inlineScript = readFileSync(dist('pekso-fields.classic.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
for (const lang of langs) {
  const fallback = renderStaticHtml(content, { lang, headingLevel: 2 });
  const checkFallback = toHtml([{ tag: 'div', attrs: { class: 'pekso-static', lang }, children: checkStatic({ content, lang }, content.check) }], { headingLevel: 2 });
  writeFileSync(dist(`pekso-fields.${lang}.html`), fill(read(src('offline.html')), {
    ...values,
    lang: escapeHtml(lang),
    title: escapeHtml(content.ui.title[lang]),
    css: pageCss,
    fallback,
    checkFallback,
    script: inlineScript,
  }));
}
