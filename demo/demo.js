// Renders the named examples (examples.js) with their markup beside them.
import { examples } from './examples.js';

const main = document.getElementById('examples');
for (const example of examples) {
  const section = document.createElement('section');
  section.id = example.id;
  const heading = document.createElement('h2');
  heading.textContent = example.title;
  const live = document.createElement('div');
  live.className = 'live';
  if (example.pageLang) live.lang = example.pageLang;
  // Our own constant markup, so innerHTML is safe here; under the page's Trusted
  // Types policy it goes through a policy that only this demo script uses.
  live.innerHTML = trusted(example.html);
  if (example.css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(example.css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const code = document.createElement('pre');
  const html = example.pageLang ? `<!-- on a page with lang="${example.pageLang}" -->\n${example.html}` : example.html;
  code.textContent = example.css ? `<style>\n${example.css}\n</style>\n${html}` : html;
  section.append(heading, live, code);
  main.append(section);
}

function trusted(html) {
  const policy = (trusted.policy ??= window.trustedTypes?.createPolicy('pekso-demo', { createHTML: (s) => s }));
  return policy ? policy.createHTML(html) : html;
}

const pageColours = document.getElementById('page-colours');
pageColours.addEventListener('click', () => {
  const dark = document.documentElement.toggleAttribute('data-dark-page');
  pageColours.setAttribute('aria-pressed', String(dark));
});
