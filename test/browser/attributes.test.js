import { CONTENT } from '../../dist/pekso-fields.js';

const FIELD_IDS = CONTENT.fields.map((f) => f.id);
import {
  buttonFor, captureWarnings, expect, fieldName, fieldNames, fixture, FRAME_IDS, headerButtons, idle, isOpen, openIds, panelFor, shadow, shadowAll, toggleAll,
} from './helpers.js';

describe('<pekso-fields> attributes', () => {
  describe('lang', () => {
    it('shows Bahasa Indonesia when neither it nor the page says a language', async () => {
      const el = await fixture('<pekso-fields></pekso-fields>');
      expect(fieldNames(el)[0]).to.equal(fieldName('casework', 'id'));
      expect(shadow(el, '.root').lang).to.equal('id');
    });

    it('shows English with lang="en"', async () => {
      const el = await fixture('<pekso-fields lang="en"></pekso-fields>');
      expect(fieldNames(el)).to.deep.equal(CONTENT.fields.map((f) => f.name.en));
      expect(toggleAll(el).textContent.trim()).to.equal(CONTENT.ui.expandAll.en);
    });

    it('follows the nearest ancestor\'s lang, by its primary subtag ("en-GB" is English)', async () => {
      const el = await fixture('<pekso-fields></pekso-fields>', { lang: 'en-GB' });
      expect(fieldNames(el)[0]).to.equal(fieldName('casework', 'en'));
    });

    it('falls back to Indonesian under an ancestor in a language it does not have', async () => {
      const el = await fixture('<pekso-fields></pekso-fields>', { lang: 'fr' });
      expect(fieldNames(el)[0]).to.equal(fieldName('casework', 'id'));
    });

    it('switches language when the attribute changes', async () => {
      const el = await fixture('<pekso-fields></pekso-fields>');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(fieldNames(el)[0]).to.equal(fieldName('casework', 'en'));
      el.lang = 'id';
      await el.updateComplete;
      expect(fieldNames(el)[0]).to.equal(fieldName('casework', 'id'));
      expect(el.getAttribute('lang')).to.equal('id');
    });

    it('labels the level badge and the panel headings in the chosen language', async () => {
      const el = await fixture('<pekso-fields lang="en" open="casework"></pekso-fields>');
      expect(shadow(el, '[part~="badge"]').textContent.trim()).to.equal('Micro');
      const labels = shadowAll(el, '#p-casework [part~="label"]').map((h) => h.textContent.trim());
      expect(labels).to.deep.equal(['Scope', 'Examples', "The social worker's roles", 'Related fields', 'Sources']);
    });
  });

  describe('fields', () => {
    it('shows only the listed fields, in the order given, ignoring spaces and case', async () => {
      const el = await fixture('<pekso-fields fields=" Policy ,casework"></pekso-fields>');
      expect(headerButtons(el).map((b) => b.id)).to.deep.equal(['b-policy', 'b-casework']);
    });

    it('shows a field once even when listed twice', async () => {
      const el = await fixture('<pekso-fields fields="research,research"></pekso-fields>');
      expect(headerButtons(el).length).to.equal(1);
    });

    it('updates when the attribute changes', async () => {
      const el = await fixture('<pekso-fields fields="research"></pekso-fields>');
      el.fields = 'groupwork,community';
      await el.updateComplete;
      expect(headerButtons(el).map((b) => b.id)).to.deep.equal(['b-groupwork', 'b-community']);
    });
  });

  describe('open', () => {
    it('opens the listed fields at start', async () => {
      const el = await fixture('<pekso-fields open="policy,casework"></pekso-fields>');
      expect(openIds(el)).to.deep.equal(['casework', 'policy']);
      expect(isOpen(el, 'policy')).to.equal(true);
    });

    it('ignores open ids that are not shown', async () => {
      const el = await fixture('<pekso-fields fields="casework" open="policy"></pekso-fields>');
      expect(openIds(el)).to.deep.equal([]);
    });

    it('opens exactly the listed fields when set later', async () => {
      const el = await fixture('<pekso-fields open="casework"></pekso-fields>');
      el.setAttribute('open', 'research');
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['research']);
    });
  });

  describe('heading-level', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`makes each header an h${level} with heading-level="${level}", and its panel headings one below`, async () => {
        const el = await fixture(`<pekso-fields heading-level="${level}" open="casework"></pekso-fields>`);
        for (const button of headerButtons(el)) expect(button.parentElement.tagName).to.equal(`H${level}`);
        const label = shadow(el, '#p-casework [part~="label"]');
        expect(label.tagName).to.equal(`H${Math.min(6, level + 1)}`);
      });
    }
  });

  describe('theme', () => {
    const colours = (el) => {
      const style = getComputedStyle(el);
      return { color: style.color, background: style.backgroundColor };
    };

    it('takes the page\'s text colour and a transparent background by default', async () => {
      const el = await fixture('<div style="color: rgb(10, 20, 30)"><pekso-fields></pekso-fields></div>');
      const widget = el.firstElementChild;
      await widget.updateComplete;
      expect(colours(widget)).to.deep.equal({ color: 'rgb(10, 20, 30)', background: 'rgba(0, 0, 0, 0)' });
    });

    it('paints light text on a dark background with theme="dark"', async () => {
      const el = await fixture('<pekso-fields theme="dark"></pekso-fields>');
      const { color, background } = colours(el);
      const lightness = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0);
      expect(lightness(color)).to.be.greaterThan(600);
      expect(lightness(background)).to.be.lessThan(150);
    });

    it('paints dark text on a white background with theme="light", even on a dark page', async () => {
      const el = await fixture('<div style="color: white; background: black"><pekso-fields theme="light"></pekso-fields></div>');
      const widget = el.firstElementChild;
      await widget.updateComplete;
      expect(colours(widget).background).to.equal('rgb(255, 255, 255)');
      expect(colours(widget).color).to.not.equal('rgb(255, 255, 255)');
    });

    it('lets --pekso-* variables override a built-in theme', async () => {
      const el = await fixture('<pekso-fields theme="dark" style="--pekso-background: rgb(1, 2, 3); --pekso-accent: rgb(200, 0, 0)" open="casework"></pekso-fields>');
      expect(colours(el).background).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(shadow(el, '[part~="badge"]')).borderTopColor).to.equal('rgb(200, 0, 0)');
    });
  });
});

describe('<pekso-fields> deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens the field named in the URL (#pekso-<id>) on load and scrolls it into view', async () => {
    history.replaceState(null, '', '#pekso-research');
    const el = await fixture('<div style="height: 3000px"></div><pekso-fields></pekso-fields>');
    const widget = el.nextElementSibling;
    await widget.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(openIds(widget)).to.deep.equal(['research']);
    const top = buttonFor(widget, 'research').getBoundingClientRect().top;
    expect(top).to.be.within(-1, window.innerHeight);
  });

  it('opens a field when the hash changes, and reports it as a user action', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    const events = [];
    el.addEventListener('pekso-toggle', (e) => events.push(e.detail));
    location.hash = '#pekso-policy';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['policy']);
    expect(events).to.deep.equal([{ id: 'policy', open: true, user: true }]);
  });

  it('ignores hashes that are not its own', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    location.hash = '#pekso-nothing';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
  });
});

describe('<pekso-fields> and find-in-page', () => {
  it('keeps closed panels findable (hidden="until-found") where the browser supports it', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    expect(panelFor(el, 'casework').getAttribute('hidden')).to.equal('until-found');
  });

  it('has the text of every closed panel in the page once the browser is idle, without opening it', async () => {
    const el = await fixture('<pekso-fields lang="en"></pekso-fields>');
    await idle();
    expect(openIds(el)).to.deep.equal([]);
    for (const id of [...FIELD_IDS, ...FRAME_IDS]) expect(panelFor(el, id).textContent.length, id).to.be.greaterThan(100);
    expect(panelFor(el, 'casework').textContent).to.contain('direct practice');
  });

  it('fills closed panels as each idle period allows, and asks for the next, so that no task runs long', async function () {
    if (!window.requestIdleCallback) this.skip(); // a timeout fills one panel each time instead
    await idle(); // no panel of an earlier widget is left to fill
    const asked = [];
    const real = window.requestIdleCallback;
    window.requestIdleCallback = (callback) => asked.push(callback);
    try {
      const el = await fixture('<pekso-fields lang="en"></pekso-fields>');
      const ids = [...FIELD_IDS, ...FRAME_IDS];
      const filled = () => ids.filter((id) => panelFor(el, id).textContent.length > 0).length;
      expect([asked.length, filled()]).to.deep.equal([1, 0], 'one request, nothing filled yet');
      asked.shift()({ didTimeout: false, timeRemaining: () => 0 });
      expect([asked.length, filled()]).to.deep.equal([1, 1], 'an idle period with no time left: one panel, then a new request');
      asked.shift()({ didTimeout: false, timeRemaining: () => 1000 });
      expect([asked.length, filled()]).to.deep.equal([0, ids.length], 'time enough: every panel, and no more requests');
    } finally {
      window.requestIdleCallback = real;
    }
  });

  it('shows a panel\'s text as soon as it opens, and every panel\'s before printing', async () => {
    const el = await fixture('<pekso-fields lang="en"></pekso-fields>');
    buttonFor(el, 'groupwork').click();
    await el.updateComplete;
    expect(panelFor(el, 'groupwork').textContent).to.contain('group');
    const other = await fixture('<pekso-fields lang="en"></pekso-fields>');
    window.dispatchEvent(new Event('beforeprint'));
    expect(panelFor(other, 'research').textContent.length).to.be.greaterThan(100);
  });

  it('opens a panel when find-in-page reveals it (beforematch)', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    const events = [];
    el.addEventListener('pekso-toggle', (e) => events.push(e.detail));
    panelFor(el, 'groupwork').dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['groupwork']);
    expect(events).to.deep.equal([{ id: 'groupwork', open: true, user: true }]);
  });
});

describe('<pekso-fields> bad input', () => {
  it('warns about an unknown field id, naming it and the valid ones, and shows the rest', async () => {
    let el;
    const warnings = await captureWarnings(async () => {
      el = await fixture('<pekso-fields fields="casework,astrology,policy"></pekso-fields>');
    });
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('"astrology"').and.contain('casework, groupwork, community, organization, policy, research');
    expect(headerButtons(el).map((b) => b.id)).to.deep.equal(['b-casework', 'b-policy']);
  });

  it('shows every field, never an empty widget, when no listed field exists', async () => {
    let el;
    const warnings = await captureWarnings(async () => {
      el = await fixture('<pekso-fields fields="nope"></pekso-fields>');
    });
    expect(warnings[0]).to.contain('fields="nope"');
    expect(headerButtons(el).length).to.equal(FIELD_IDS.length);
  });

  it('warns about an unknown lang and falls back to Indonesian', async () => {
    let el;
    const warnings = await captureWarnings(async () => {
      el = await fixture('<pekso-fields lang="fr"></pekso-fields>');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lang="fr"').and.contain('id, en');
    expect(fieldNames(el)[0]).to.equal(fieldName('casework', 'id'));
  });

  for (const bad of ['1', '7', 'three', '']) {
    it(`warns about heading-level="${bad}" and uses h3`, async () => {
      let el;
      const warnings = await captureWarnings(async () => {
        el = await fixture(`<pekso-fields heading-level="${bad}"></pekso-fields>`);
      });
      expect(warnings[0]).to.contain(`heading-level="${bad}"`).and.contain('a whole number from 2 to 6');
      expect(headerButtons(el)[0].parentElement.tagName).to.equal('H3');
    });
  }

  it('warns about an unknown theme and keeps the page\'s colours', async () => {
    let el;
    const warnings = await captureWarnings(async () => {
      el = await fixture('<pekso-fields theme="neon"></pekso-fields>');
    });
    expect(warnings[0]).to.contain('theme="neon"').and.contain('light, dark, auto');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('warns when a method is given an id it does not show, and changes nothing', async () => {
    const el = await fixture('<pekso-fields fields="casework"></pekso-fields>');
    const warnings = await captureWarnings(() => el.show('policy'));
    expect(warnings[0]).to.contain('"policy"').and.contain('casework');
    expect(openIds(el)).to.deep.equal([]);
  });

  it('never throws on a bad value', async () => {
    await captureWarnings(async () => {
      const el = await fixture('<pekso-fields lang="xx" fields="," open="?" heading-level="h3" theme="1"></pekso-fields>');
      expect(headerButtons(el).length).to.equal(FIELD_IDS.length);
    });
  });
});
