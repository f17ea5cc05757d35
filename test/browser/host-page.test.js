// How the widget sits in a host page: hostile CSS, font sizes, print, motion.
import { emulateMedia } from '@web/test-runner-commands';
import { buttonFor, expect, fixture, panelFor, shadow } from './helpers.js';

const HOSTILE_CSS = await (await fetch(new URL('../../demo/hostile.css', import.meta.url))).text();

describe('the widget in a host page', () => {
  it('follows the host\'s font size, also when the theme sets html { font-size: 62.5% }', async () => {
    const el = await fixture('<div style="font-size: 20px"><pekso-fields></pekso-fields></div>', { css: 'html { font-size: 62.5% }' });
    const widget = el.firstElementChild;
    await widget.updateComplete;
    expect(getComputedStyle(shadow(widget, '[part~="summary"]')).fontSize).to.equal('18.75px'); // 0.9375em of 20px
    expect(getComputedStyle(shadow(widget, '[part~="name"]')).fontSize).to.equal('22.5px'); // 1.125em
  });

  it('keeps its look when the page styles button, h3 and lists with !important', async () => {
    const plain = await fixture('<pekso-fields open="casework"></pekso-fields>');
    const expected = getComputedStyle(buttonFor(plain, 'casework'));
    const before = { padding: expected.paddingTop, background: expected.backgroundColor, transform: expected.textTransform };
    const headingSize = getComputedStyle(buttonFor(plain, 'casework').parentElement).fontSize;
    plain.parentElement.remove();

    const el = await fixture('<pekso-fields open="casework"></pekso-fields>', { css: HOSTILE_CSS });
    const button = getComputedStyle(buttonFor(el, 'casework'));
    expect({ padding: button.paddingTop, background: button.backgroundColor, transform: button.textTransform }).to.deep.equal(before);
    expect(getComputedStyle(buttonFor(el, 'casework').parentElement).fontSize).to.equal(headingSize);
    expect(getComputedStyle(shadow(el, '#p-casework li')).display).to.equal('list-item');
  });

  it('does not leak its styles onto the page\'s own buttons and headings', async () => {
    const el = await fixture('<div><pekso-fields></pekso-fields><h3 class="host">Host</h3><button class="host">Host</button></div>');
    await el.firstElementChild.updateComplete;
    const hostButton = getComputedStyle(el.querySelector('button.host'));
    const hostHeading = getComputedStyle(el.querySelector('h3.host'));
    expect(hostButton.cursor).to.not.equal('pointer');
    expect(hostButton.display).to.equal('inline-block');
    expect(parseFloat(hostHeading.marginTop)).to.be.greaterThan(0);
  });

  it('shows every panel when printed', async function () {
    const el = await fixture('<pekso-fields></pekso-fields>');
    // As printing does: the browser fires beforeprint, then lays the page out for print media.
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // the browser driver cannot emulate print
    }
    try {
      expect(panelFor(el, 'research').getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(shadow(el, '[part~="toggle-all"]')).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('animates a panel as it opens, leaves closed panels still, and does not animate under prefers-reduced-motion', async function () {
    const el = await fixture('<pekso-fields></pekso-fields>');
    // Closed panels keep their box (hidden="until-found"): nothing may run in them while the page loads.
    expect(el.shadowRoot.getAnimations(), 'animations in closed panels').to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 300)); // past any animation that began at load
    buttonFor(el, 'casework').click();
    await el.updateComplete;
    const running = panelFor(el, 'casework').getAnimations();
    expect(running, 'the opening panel fades in').to.have.length(1);
    expect(running[0].effect.getComputedTiming().duration).to.be.within(50, 400);
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip();
    }
    try {
      if (!matchMedia('(prefers-reduced-motion: reduce)').matches) this.skip();
      expect(getComputedStyle(panelFor(el, 'casework')).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
