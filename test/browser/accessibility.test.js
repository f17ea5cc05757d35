// axe-core on every named example of the demo, in both languages, on a light and a
// dark page, closed and fully open.
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { examples } from '../../demo/examples.js';
import { axeViolations, expect, fixture } from './helpers.js';

const PAGES = {
  'a light page': 'color: #1b1b1b; background: #fff',
  'a dark page': 'color: #eee; background: #181a1b',
};

async function mountExample(example, lang, pageStyle) {
  const container = await fixture(`<div style="${pageStyle}; padding: 1em">${example.html}</div>`, { lang, css: example.css });
  const widget = container.firstElementChild;
  await widget.updateComplete;
  return { container, widget };
}

/** Opens every panel, or, for a check, answers its first case. */
async function openEverything(widget) {
  if (widget.expandAll) widget.expandAll();
  else if (widget.show) widget.show();
  else {
    widget.shadowRoot.querySelector('input[type=radio]').click();
    widget.shadowRoot.querySelector('button.action').click();
  }
  await widget.updateComplete;
}

describe('accessibility (axe-core) of every demo example', () => {
  for (const example of examples) {
    for (const lang of ['id', 'en']) {
      for (const [page, pageStyle] of Object.entries(PAGES)) {
        it(`"${example.title}" has no violations in ${lang} on ${page}, closed and open`, async () => {
          // The page's language decides when the example itself does not set one.
          const { container, widget } = await mountExample(example, lang, pageStyle);
          expect(await axeViolations(container)).to.deep.equal([]);
          await openEverything(widget);
          expect(await axeViolations(container)).to.deep.equal([]);
        });
      }
    }
  }

  describe('with the reader\'s system in dark mode', () => {
    before(() => emulateMedia({ colorScheme: 'dark' }).catch(() => null));
    after(() => emulateMedia({ colorScheme: 'light' }).catch(() => null));

    it('theme="auto" turns dark and has no violations', async function () {
      if (!matchMedia('(prefers-color-scheme: dark)').matches) this.skip(); // the browser cannot emulate it
      const { container, widget } = await mountExample({ html: '<pekso-fields theme="auto" open="casework"></pekso-fields>' }, 'id', '');
      const background = getComputedStyle(widget).backgroundColor;
      expect(background).to.not.equal('rgb(255, 255, 255)');
      expect(await axeViolations(container)).to.deep.equal([]);
    });
  });

  describe('in forced-colors (Windows high contrast) mode', () => {
    before(() => executeServerCommand('emulate-forced-colors', { active: true }));
    after(() => executeServerCommand('emulate-forced-colors', { active: false }));

    it('draws its borders, badge and open marker in the system text colour, and has no violations', async function () {
      if (!matchMedia('(forced-colors: active)').matches) this.skip(); // no CDP here (Firefox)
      const { container, widget } = await mountExample({ html: '<pekso-fields open="casework"></pekso-fields>' }, 'id', '');
      const canvasText = getComputedStyle(container).color; // CanvasText, as forced on the page
      for (const selector of ['[part~="item"]', '[part~="badge"]', '[part~="panel"]']) {
        const style = getComputedStyle(widget.shadowRoot.querySelector(selector));
        const side = selector.includes('panel') ? 'borderInlineStartColor' : 'borderTopColor';
        expect(style[side], selector).to.equal(canvasText);
      }
      expect(await axeViolations(container)).to.deep.equal([]);
    });
  });
});
