// The teaching frame around the fields: introduction, glossary, references and how to cite.
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, buttonFor, captureWarnings, click, expect, fixture, headerButtons, idle, openIds, panelFor, settleAnimations, shadow } from './helpers.js';

import { CONTENT } from '../../dist/pekso-fields.js';

const FIELD_IDS = CONTENT.fields.map((f) => f.id);

describe('<pekso-fields> teaching frame', () => {
  it('shows the introduction before the fields and the glossary and references after, all closed', async () => {
    const el = await fixture('<pekso-fields lang="en"></pekso-fields>');
    expect(headerButtons(el, { frame: true }).map((b) => b.id.slice(2))).to.deep.equal(['intro', ...FIELD_IDS, 'glossary', 'references']);
    expect(openIds(el)).to.deep.equal([]);
    await idle();
    expect(panelFor(el, 'intro').textContent).to.contain('social functioning');
  });

  it('switches each section off with its attribute, by the boolean rule', async () => {
    const el = await fixture('<pekso-fields intro="off" glossary="false" references="no"></pekso-fields>');
    expect(headerButtons(el, { frame: true }).map((b) => b.id.slice(2))).to.deep.equal(FIELD_IDS);
    el.setAttribute('glossary', '');
    await el.updateComplete;
    expect(headerButtons(el, { frame: true }).at(-1).id).to.equal('b-glossary');
  });

  it('follows the accordion keyboard pattern across the frame and the fields', async () => {
    const el = await fixture('<pekso-fields lang="en" fields="casework"></pekso-fields>');
    buttonFor(el, 'intro').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot.activeElement.id).to.equal('b-casework');
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot.activeElement.id).to.equal('b-references');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['references']);
  });

  it('opens a section from `open` and from a deep link, and "show all" opens the fields only', async () => {
    const el = await fixture('<pekso-fields lang="en" open="glossary"></pekso-fields>');
    expect(openIds(el)).to.deep.equal(['glossary']);
    await click(shadow(el, '.toggle-all'), el);
    expect(openIds(el)).to.deep.equal([...FIELD_IDS, 'glossary']);
  });

  it('names sections without a level: the button reads the section name alone', async () => {
    const el = await fixture('<pekso-fields lang="en"></pekso-fields>');
    expect(buttonFor(el, 'glossary').querySelector('.badge')).to.equal(null);
    expect(buttonFor(el, 'glossary').textContent).to.not.contain(', ');
  });

  it('lists every reference once, in APA 7 order, and cites the widget with its version, year and page', async () => {
    const el = await fixture('<pekso-fields lang="en" open="references"></pekso-fields>');
    const items = [...panelFor(el, 'references').querySelectorAll('.references li')].map((li) => li.textContent);
    expect(new Set(items).size).to.equal(items.length);
    const keys = items.map((t) => t.toLowerCase());
    expect(keys).to.deep.equal([...keys].sort((a, b) => a.localeCompare(b, 'id')));
    const citation = shadow(el, '.citation').textContent;
    expect(citation).to.match(/\(20\d\d\)\. Fields of Social Work Practice \(Version \d+\.\d+\.\d+\) \[Web widget\]\./);
    expect(citation).to.contain(location.href.split('#')[0]);
  });

  it('copies the citation to the clipboard and says so in a live region', async () => {
    const el = await fixture('<pekso-fields lang="en" open="references"></pekso-fields>');
    let copied;
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text) => (copied = text) } });
    try {
      await click(shadow(el, '.copy'), el);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    } finally {
      delete (/** @type {any} */ (navigator)).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
    expect(copied).to.equal(shadow(el, '.citation').textContent.trim());
    expect(shadow(el, '.copy-status').getAttribute('role')).to.equal('status');
    expect(shadow(el, '.copy-status').textContent).to.equal('The citation has been copied.');
  });

  it('selects the citation and says how to copy it where the clipboard is refused', async () => {
    const el = await fixture('<pekso-fields lang="id" open="references"></pekso-fields>');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    try {
      await click(shadow(el, '.copy'), el);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    } finally {
      delete (/** @type {any} */ (navigator)).clipboard;
    }
    expect(shadow(el, '.copy-status').textContent).to.contain('Ctrl+C');
    const selection = el.shadowRoot.getSelection?.() ?? getSelection();
    expect(selection.toString().trim()).to.equal(shadow(el, '.citation').textContent.trim());
  });

  for (const lang of ['id', 'en']) {
    for (const theme of ['light', 'dark']) {
      it(`has no axe violations with every section open (${lang}, ${theme})`, async () => {
        const container = await fixture(`<div style="padding: 1em"><pekso-fields lang="${lang}" theme="${theme}" open="intro,glossary,references"></pekso-fields></div>`);
        const el = container.firstElementChild;
        await el.updateComplete;
        settleAnimations(container);
        expect(await axeViolations(container)).to.deep.equal([]);
      });
    }
  }

  it('warns about an unknown section in `open`, naming the valid ones', async () => {
    const warnings = await captureWarnings(() => fixture('<pekso-fields open="appendix"></pekso-fields>'));
    expect(warnings[0]).to.contain('open="appendix"').and.contain('intro, glossary, references, casework');
  });
});

describe('<pekso-field-card> related fields and references', () => {
  it("shows its field's related fields and what its text rests on", async () => {
    const el = await fixture('<pekso-field-card field="casework" lang="en" expanded></pekso-field-card>');
    const panel = shadow(el, '.panel');
    expect(panel.querySelectorAll('.related a[href^="#pekso-"]').length).to.be.at.least(1);
    expect(panel.querySelector('.sources').textContent).to.contain('What the text rests on');
  });
});
