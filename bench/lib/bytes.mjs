// What pekso makes readers download, per bundle, and how much of each is code and how much
// content: the bundles as npm run build wrote them, the content module of each, minified as
// the bundle minifies it (build/rollup/content.mjs), and the code built with no content.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LIBRARIES } from '../../build/kits/h5p.mjs';
import { minifiedContentModule } from '../../build/rollup/content.mjs';
import { sizes } from '../../build/sizes.mjs';
import { buildLitAlone, buildWithoutContent, distDir } from './build.mjs';

export const NONE = { min: 0, gzip: 0, brotli: 0 };
export const add = (a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
export const sub = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });

const bundleFile = (name) => sizes(readFileSync(join(distDir, name)));
/** @param {'accordion' | 'check' | 'all'} bundle @param {string[]} [langs] every language when absent */
const contentOf = async (bundle, langs) => sizes(await minifiedContentModule({ bundle, langs }));

/**
 * pekso's bytes: per language, the page bundles (`pekso-accordion.<lang>.js`,
 * `pekso-check.<lang>.js`) and their content; the all-language bundle; the accordion
 * elements' code, built with no content; and the check's own code: the code of every
 * element less the accordion's, so that Lit and the base, which both carry, cancel out.
 * For scale: the check's page with no case at all (its bundle built with no content), and
 * Lit alone.
 * @param {string[]} langs
 */
export async function peksoBytes(langs) {
  const perLang = {};
  for (const lang of langs) {
    const accordionPage = bundleFile(`pekso-accordion.${lang}.js`);
    const accordionContent = await contentOf('accordion', [lang]);
    const checkPage = bundleFile(`pekso-check.${lang}.js`);
    perLang[lang] = { accordionPage, accordionContent, checkPage, checkContent: await contentOf('check', [lang]) };
  }
  const accordionCode = sizes(await buildWithoutContent('accordion'));
  const checkCode = sub(sizes(await buildWithoutContent('all')), accordionCode);
  const checkPageCode = sizes(await buildWithoutContent('check'));
  return { perLang, all: bundleFile('pekso-fields.js'), accordionCode, checkCode, checkPageCode, litAlone: sizes(await buildLitAlone()) };
}

/**
 * Each H5P package's size on disk (`dist/<name>.<lang>.h5p`), by file name: a zip, which
 * hosts store and readers' browsers never download whole, so its bytes are what an upload
 * weighs. Null for one the kits' build has not written.
 * @param {string[]} langs
 */
export const h5pPackageBytes = (langs) =>
  Object.fromEntries(LIBRARIES.flatMap((library) => langs.map((lang) => `${library.package}.${lang}.h5p`)).map((file) => {
    const path = join(distDir, file);
    return [file, existsSync(path) ? statSync(path).size : null];
  }));

/** A file's sizes, or null when it is not there (the offline file needs the kits' build). */
export const sizesIfThere = (path) => (existsSync(path) ? sizes(readFileSync(path)) : null);
