import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, expect, fieldName, fixture, recordToggles, shadow, shadowAll } from './helpers.js';

const cardButton = (el) => shadow(el, 'button');
const cardPanel = (el) => shadow(el, '[part~="panel"]');

describe('<pekso-field-card>', () => {
  it('shows one field, closed, with a heading holding a button that controls its panel', async () => {
    const el = await fixture('<pekso-field-card field="groupwork"></pekso-field-card>');
    expect(shadow(el, '[part~="name"]').textContent.trim()).to.equal(fieldName('groupwork', 'id'));
    expect(shadowAll(el, '[part~="item"]')).to.have.length(1);
    const button = cardButton(el);
    expect(button.parentElement.tagName).to.equal('H3');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(cardPanel(el).id);
    expect(cardPanel(el).hasAttribute('hidden')).to.equal(true);
  });

  it('folds open on click and shut on Enter, telling listeners', async () => {
    const el = await fixture('<pekso-field-card field="casework" lang="en"></pekso-field-card>');
    const events = recordToggles();
    cardButton(el).click();
    await el.updateComplete;
    expect(cardPanel(el).hasAttribute('hidden')).to.equal(false);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    cardButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(cardPanel(el).hasAttribute('hidden')).to.equal(true);
    expect(events.map(({ id, open, user }) => `${id}:${open}:${user}`)).to.deep.equal(['casework:true:true', 'casework:false:true']);
  });

  it('starts open with the open attribute, and show(), hide(), toggle() work', async () => {
    const el = await fixture('<pekso-field-card field="policy" open></pekso-field-card>');
    expect(cardPanel(el).hasAttribute('hidden')).to.equal(false);
    el.hide();
    await el.updateComplete;
    expect(cardPanel(el).hasAttribute('hidden')).to.equal(true);
    el.toggle();
    await el.updateComplete;
    expect(cardPanel(el).hasAttribute('hidden')).to.equal(false);
  });

  it('with expanded, is always open: its button is disabled (APG) and does nothing', async () => {
    const el = await fixture('<pekso-field-card field="research" expanded></pekso-field-card>');
    expect(cardButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(cardButton(el).getAttribute('aria-expanded')).to.equal('true');
    cardButton(el).click();
    await el.updateComplete;
    expect(cardPanel(el).hasAttribute('hidden')).to.equal(false);
    expect(cardPanel(el).textContent).to.contain('Rubin');
    el.hide();
    await el.updateComplete;
    expect(cardPanel(el).hasAttribute('hidden')).to.equal(false);
  });

  it('takes lang, heading-level and theme like the accordion', async () => {
    const el = await fixture('<pekso-field-card field="community" lang="en" heading-level="2" theme="dark"></pekso-field-card>');
    expect(shadow(el, '[part~="name"]').textContent.trim()).to.equal('Community development');
    expect(cardButton(el).parentElement.tagName).to.equal('H2');
    expect(getComputedStyle(el).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('shows a notice naming the valid fields, and warns, when the field does not exist', async () => {
    let el;
    const warnings = await captureWarnings(async () => {
      el = await fixture('<pekso-field-card field="astrology" lang="en"></pekso-field-card>');
    });
    expect(warnings[0]).to.contain('field="astrology"').and.contain('casework, groupwork');
    const notice = shadow(el, '[part~="notice"]');
    expect(notice.textContent).to.contain('"astrology"').and.contain('casework, groupwork, community');
  });

  it('renders a hostile field value as text, never as HTML', async () => {
    window.peksoInjected = false;
    let el;
    await captureWarnings(async () => {
      el = await fixture('<pekso-field-card></pekso-field-card>');
      el.field = '<img src=x onerror="window.peksoInjected = true">';
      await el.updateComplete;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(shadow(el, 'img')).to.equal(null);
    expect(shadow(el, '[part~="notice"]').textContent).to.contain('<img src=x');
    expect(window.peksoInjected).to.equal(false);
  });
});
