import { sendKeys } from '@web/test-runner-commands';
import { accessibleNameAndDescription, buttonFor, click, expect, fieldName, fixture, openIds, panelFor, shadow } from './helpers.js';
import { PeksoFields } from '../../dist/pekso-fields.js';

describe('header buttons, as a screen reader names them', () => {
  it('names each button by the field and its level, with a pause between, and gives the summary as its description', async () => {
    const el = await fixture('<pekso-fields lang="en"></pekso-fields>');
    const { name, description } = accessibleNameAndDescription(buttonFor(el, 'casework'));
    expect(name).to.equal('Casework, Micro');
    expect(description).to.equal(shadow(el, '#b-casework [part~="summary"]').textContent.trim());
    expect(description.length).to.be.greaterThan(20);
  });

  it('does the same in Bahasa Indonesia', async () => {
    const el = await fixture('<pekso-fields lang="id" fields="groupwork"></pekso-fields>');
    expect(accessibleNameAndDescription(buttonFor(el, 'groupwork')).name).to.equal(`${fieldName('groupwork', 'id')}, Mezzo`);
  });
});

describe('related-field links', () => {
  it('open the related field and move focus to its header, by mouse', async () => {
    const el = await fixture('<pekso-fields lang="en" open="casework"></pekso-fields>');
    const link = panelFor(el, 'casework').querySelector('a[href^="#pekso-"]');
    const target = link.getAttribute('href').slice('#pekso-'.length);
    await click(link, el);
    await el.updateComplete;
    expect(openIds(el)).to.include(target);
    expect(el.shadowRoot.activeElement).to.equal(buttonFor(el, target));
  });

  it('open the related field by keyboard (Enter on the link)', async () => {
    const el = await fixture('<pekso-fields lang="en" open="policy"></pekso-fields>');
    const link = panelFor(el, 'policy').querySelector('a[href^="#pekso-"]');
    const target = link.getAttribute('href').slice('#pekso-'.length);
    link.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(openIds(el)).to.include(target);
    expect(el.shadowRoot.activeElement).to.equal(buttonFor(el, target));
  });
});

describe('the boolean rule: false, 0, no and off, in any case, mean off', () => {
  for (const off of ['false', '0', 'no', 'off', 'FALSE', ' No ']) {
    it(`single="${off}" is off`, async () => {
      const el = await fixture(`<pekso-fields single="${off}" open="casework,policy"></pekso-fields>`);
      expect(el.single).to.equal(false);
      expect(openIds(el)).to.deep.equal(['casework', 'policy']);
    });
  }
  for (const on of ['', 'true', 'single', 'yes']) {
    it(`single="${on}" is on`, async () => {
      const el = await fixture(`<pekso-fields single="${on}" open="casework,policy"></pekso-fields>`);
      expect(el.single).to.equal(true);
      expect(openIds(el)).to.deep.equal(['casework']);
    });
  }
});

describe('subclasses', () => {
  it('keep the public and protected API: shownLang, shownHeadingLevel and emitToggle work in a subclass', async () => {
    class Custom extends PeksoFields {
      ping() {
        this.emitToggle({ id: 'casework', open: true, user: false });
        return [this.shownLang, this.shownHeadingLevel];
      }
    }
    customElements.define('custom-pekso-fields', Custom);
    const el = await fixture('<custom-pekso-fields lang="en" heading-level="4"></custom-pekso-fields>');
    const events = [];
    el.addEventListener('pekso-toggle', (e) => events.push(e.detail.id));
    expect(el.ping()).to.deep.equal(['en', 4]);
    expect(events).to.deep.equal(['casework']);
  });
});
