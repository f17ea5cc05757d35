// Builds the LMS kit from the rollup bundle (run after `rollup -c`):
//   dist/embed.html (+ pekso-embed.js, pekso-page.css)  a page to frame, sized by its content
//   dist/pekso-embed-host.js                             optional script for the framing page
//   dist/pekso-fields-scorm12.zip                        a SCORM 1.2 package
//   dist/static/pekso-fields.{id,en}.html                plain HTML to paste into editors
// Sources are in src/embed/; text comes from the content, never typed here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { loadContent, LANGS } from './content.mjs';
import { escapeHtml, renderStaticHtml } from './static-html.mjs';
import { zip } from './zip.mjs';

const src = (name) => new URL(`../src/embed/${name}`, import.meta.url);
const dist = (name) => new URL(`../dist/${name}`, import.meta.url);
const read = (url) => readFileSync(url, 'utf8');

/** Bundles one script of src/embed/ as a classic script (no module loading needed in an LMS). */
async function script(name) {
  const build = await rollup({ input: fileURLToPath(src(name)), plugins: [terser({ format: { comments: false } })] });
  const { output } = await build.generate({ format: 'iife' });
  await build.close();
  return output[0].code;
}

/** Replaces each {{key}} in a template with its value (values are escaped already). */
const fill = (template, values) =>
  template.replace(/\{\{([\w.]+)\}\}/g, (_, key) => {
    if (!(key in values)) throw new Error(`build-lms: no value for {{${key}}}`);
    return values[key];
  });

const content = loadContent();
const { version } = JSON.parse(read(new URL('../package.json', import.meta.url)));
const values = {
  version: escapeHtml(version),
  fields: escapeHtml(content.fields.map((f) => f.id).join(",")),
  ...Object.fromEntries(LANGS.map((lang) => [`title.${lang}`, escapeHtml(content.ui.title[lang])])),
};
const pageCss = read(src('pekso-page.css'));
const bundle = readFileSync(dist('pekso-fields.classic.js'));

// 1. The embed page and the host script.
writeFileSync(dist('embed.html'), fill(read(src('embed.html')), values));
writeFileSync(dist('pekso-page.css'), pageCss);
writeFileSync(dist('pekso-embed.js'), await script('embed.js'));
writeFileSync(dist('pekso-embed-host.js'), await script('host.js'));

// 2. The SCORM package: the manifest lists every other file of the zip.
const packageFiles = [
  { name: 'index.html', data: fill(read(src('scorm-index.html')), values) },
  { name: 'pekso-page.css', data: pageCss },
  { name: 'pekso-fields.classic.js', data: bundle },
  { name: 'pekso-scorm.js', data: await script('scorm.js') },
];
const fileList = packageFiles.map(({ name }) => `      <file href="${escapeHtml(name)}"/>`).join('\n');
const manifest = fill(read(src('imsmanifest.xml')), { ...values, files: fileList });
writeFileSync(dist('pekso-fields-scorm12.zip'), zip([{ name: 'imsmanifest.xml', data: manifest }, ...packageFiles]));

// 3. Plain HTML: a title, then every field as heading + <details>.
mkdirSync(dist('static'), { recursive: true });
for (const lang of LANGS) {
  const title = `<h2 lang="${lang}">${escapeHtml(content.ui.title[lang])}</h2>`;
  writeFileSync(dist(`static/pekso-fields.${lang}.html`), `${title}\n${renderStaticHtml(content, { lang, headingLevel: 3 })}\n`);
}

console.log('LMS kit: dist/embed.html, dist/pekso-embed-host.js, dist/pekso-fields-scorm12.zip, dist/static/');
