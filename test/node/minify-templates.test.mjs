import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyTemplates } from '../../scripts/rollup-minify-templates.mjs';

describe('template minifier', () => {
  it('drops indentation between tags but keeps a space between attributes', () => {
    const out = minifyTemplates('html`<div\n    class="a"\n    id=${x}>\n  <p>${y}</p>\n</div>`');
    assert.equal(out, 'html`<div class="a" id=${x}><p>${y}</p></div>`');
  });

  it('squeezes CSS without touching expressions', () => {
    const out = minifyTemplates('css`\n  /* why */\n  :host {\n    color: var(--a, 0.5em);\n    ${inner}\n  }\n`');
    assert.equal(out, 'css` :host{color:var(--a,.5em);${inner}}`');
  });

  it('minifies templates nested in expressions and leaves other code alone', () => {
    const out = minifyTemplates('const a = "x  y";\nhtml`<ul>\n  ${items.map((i) => html`<li>\n  ${i}\n</li>`)}\n</ul>`');
    assert.equal(out, 'const a = "x  y";\nhtml`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`');
  });
});
