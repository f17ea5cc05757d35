import { sendKeys } from '@web/test-runner-commands';
import {
  buttonFor, click, expect, fieldName, fieldNames, fixture, headerButtons, isOpen, openIds, panelFor, shadow, toggleAll,
} from './helpers.js';

import { CONTENT } from '../../dist/pekso-fields.js';

const IDS = CONTENT.fields.map((f) => f.id);

describe('<pekso-fields> as an APG accordion', () => {
  it('shows the six fields in order, each header a level-3 heading holding only a button', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    const buttons = headerButtons(el);
    expect(buttons.map((b) => b.id)).to.deep.equal(IDS.map((id) => `b-${id}`));
    for (const button of buttons) {
      const heading = button.parentElement;
      expect(heading.tagName).to.equal('H3');
      expect(heading.children.length).to.equal(1);
    }
  });

  it('starts with every panel closed, each button controlling a panel labelled by it', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    for (const id of IDS) {
      const button = buttonFor(el, id);
      const panel = panelFor(el, id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(panel.id);
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(isOpen(el, id)).to.equal(false);
    }
  });

  it('opens and closes a panel when its header is clicked', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    await click(buttonFor(el, 'community'), el);
    expect(isOpen(el, 'community')).to.equal(true);
    expect(buttonFor(el, 'community').getAttribute('aria-expanded')).to.equal('true');
    expect(panelFor(el, 'community').textContent).to.contain('Suharto');
    await click(buttonFor(el, 'community'), el);
    expect(isOpen(el, 'community')).to.equal(false);
  });

  it('opens the panel when Enter is pressed on its header, and closes it on Space', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    buttonFor(el, 'groupwork').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isOpen(el, 'groupwork')).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(isOpen(el, 'groupwork')).to.equal(false);
  });

  it('moves focus between headers with Down, Up (wrapping), Home and End', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    const focused = () => el.shadowRoot.activeElement?.id;
    buttonFor(el, 'casework').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('b-groupwork');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal('b-methods');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal('b-intro');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal('b-references', 'Up on the first header wraps to the last');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('b-intro');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('b-references');
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal('b-intro');
  });

  it('leaves arrow keys alone outside the headers', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    toggleAll(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot.activeElement).to.equal(toggleAll(el));
  });

  it('moves Tab from a header to the next header, past closed panels', async () => {
    const el = await fixture('<pekso-fields open="research"></pekso-fields>');
    buttonFor(el, 'casework').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot.activeElement?.id).to.equal('b-groupwork');
  });

  it('has a visible focus ring on the focused header', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    buttonFor(el, 'casework').focus();
    await sendKeys({ press: 'ArrowDown' }); // keyboard focus, so :focus-visible applies
    const style = getComputedStyle(buttonFor(el, 'groupwork'));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('<pekso-fields> "show all" control', () => {
  it('reads "Buka semua bidang" and opens every panel when pressed', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    const control = toggleAll(el);
    expect(control.textContent.trim()).to.equal('Buka semua bidang');
    expect(control.getAttribute('aria-expanded')).to.equal('false');
    await click(control, el);
    expect(openIds(el)).to.deep.equal(IDS);
    expect(control.textContent.trim()).to.equal('Tutup semua bidang');
    expect(control.getAttribute('aria-expanded')).to.equal('true');
    await click(control, el);
    expect(openIds(el)).to.deep.equal([]);
  });

  it('follows the panels: it turns to "Hide all fields" once the last one is opened by hand', async () => {
    const el = await fixture('<pekso-fields lang="en" fields="casework,policy" open="casework"></pekso-fields>');
    expect(toggleAll(el).textContent.trim()).to.equal('Show all fields');
    await click(buttonFor(el, 'policy'), el);
    expect(toggleAll(el).textContent.trim()).to.equal('Hide all fields');
    await click(buttonFor(el, 'casework'), el);
    expect(toggleAll(el).textContent.trim()).to.equal('Show all fields');
  });
});

describe('<pekso-fields single>', () => {
  it('keeps only one panel open: opening another closes the first', async () => {
    const el = await fixture('<pekso-fields single open="casework"></pekso-fields>');
    await click(buttonFor(el, 'policy'), el);
    expect(openIds(el)).to.deep.equal(['policy']);
    await click(buttonFor(el, 'policy'), el);
    expect(openIds(el)).to.deep.equal([]);
  });

  it('opens only the first of several ids in `open`, and has no "show all" control', async () => {
    const el = await fixture('<pekso-fields single open="research,casework"></pekso-fields>');
    expect(openIds(el)).to.deep.equal(['research']);
    expect(toggleAll(el)).to.equal(null);
  });

  it('shows the subset in the order given', async () => {
    const el = await fixture('<pekso-fields lang="en" fields="research, casework" single></pekso-fields>');
    expect(fieldNames(el)).to.deep.equal([fieldName('research', 'en'), fieldName('casework', 'en')]);
    expect(shadow(el, '#b-groupwork')).to.equal(null);
  });
});
