import { buttonFor, click, expect, fixture, openIds, recordToggles, toggleAll } from './helpers.js';

describe('<pekso-fields> events', () => {
  it('fires pekso-toggle, bubbling out of the shadow root, when a person opens a panel', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    const events = recordToggles();
    await click(buttonFor(el, 'casework'), el);
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ id: 'casework', open: true, user: true, bubbles: true, composed: true, target: el });
  });

  it('fires one event per panel that changes when "show all" is pressed', async () => {
    const el = await fixture('<pekso-fields fields="casework,groupwork,policy" open="groupwork"></pekso-fields>');
    const events = recordToggles();
    await click(toggleAll(el), el);
    expect(events.map(({ id, open, user }) => ({ id, open, user }))).to.deep.equal([
      { id: 'casework', open: true, user: true },
      { id: 'policy', open: true, user: true },
    ]);
  });

  it('in single mode, reports the panel it closed as well as the one it opened', async () => {
    const el = await fixture('<pekso-fields single open="casework"></pekso-fields>');
    const events = recordToggles();
    await click(buttonFor(el, 'research'), el);
    expect(events.map(({ id, open }) => ({ id, open }))).to.deep.equal([
      { id: 'casework', open: false },
      { id: 'research', open: true },
    ]);
  });

  it('does not fire for the panels open at start', async () => {
    const events = recordToggles();
    await fixture('<pekso-fields open="casework"></pekso-fields>');
    expect(events).to.deep.equal([]);
  });
});

describe('<pekso-fields> methods', () => {
  it('show(), hide() and toggle() open and close one panel, as a non-user change', async () => {
    const el = await fixture('<pekso-fields></pekso-fields>');
    const events = recordToggles();
    el.show('policy');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['policy']);
    el.toggle('policy');
    el.toggle('research');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['research']);
    el.hide('research');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
    expect(events.map(({ id, open, user }) => `${id}:${open}:${user}`)).to.deep.equal([
      'policy:true:false', 'policy:false:false', 'research:true:false', 'research:false:false',
    ]);
  });

  it('show() of an open panel changes nothing and fires nothing', async () => {
    const el = await fixture('<pekso-fields open="casework"></pekso-fields>');
    const events = recordToggles();
    el.show('casework');
    await el.updateComplete;
    expect(events).to.deep.equal([]);
  });

  it('expandAll() and collapseAll() open and close every panel', async () => {
    const el = await fixture('<pekso-fields fields="casework,community"></pekso-fields>');
    el.expandAll();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['casework', 'community']);
    el.collapseAll();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
  });

  it('expandAll() in single mode opens only the first panel', async () => {
    const el = await fixture('<pekso-fields single></pekso-fields>');
    el.expandAll();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['casework']);
  });
});
