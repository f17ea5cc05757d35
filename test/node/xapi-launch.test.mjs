// The embed page's xAPI launch: the actor as the launch gives it, in the current and the
// legacy (TinCanJS) form, the launched activity, and statement ids without Web Crypto's
// secure-context-only randomUUID. The statements themselves go to a real LRS in the e2e
// suite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import xapiValidation from 'xapi-validation';
import { agentFrom, lrsFrom, uuid } from '../../kits/lms/xapi-lrs.js';

const validateStatement = /** @type {any} */ (xapiValidation).default ?? xapiValidation;
/** The problems xapi-validation finds in a statement by `actor`. */
const problemsWith = (actor) =>
  validateStatement({ actor, verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { en: 'answered' } }, object: { objectType: 'Activity', id: 'urn:pekso:check' } });

describe('the xAPI launch', () => {
  it('takes an actor in the current form as it is', () => {
    const actor = { objectType: 'Agent', name: 'Learner', mbox: 'mailto:learner@example.com' };
    assert.deepEqual(agentFrom(actor), actor);
  });

  it('normalises a legacy array-form actor to a valid Agent', () => {
    const legacy = { name: ['Siti Aminah'], mbox: ['mailto:siti@example.ac.id'] };
    assert.ok(problemsWith(legacy).length > 0, 'the legacy form itself is not a valid actor');
    const agent = agentFrom(legacy);
    assert.deepEqual(agent, { objectType: 'Agent', name: 'Siti Aminah', mbox: 'mailto:siti@example.ac.id' });
    assert.deepEqual(problemsWith(agent), []);
  });

  it('normalises a legacy account (accountServiceHomePage, accountName)', () => {
    const agent = agentFrom({ name: ['Budi'], account: [{ accountServiceHomePage: 'https://lms.example.ac.id', accountName: '2023001' }] });
    assert.deepEqual(agent, { objectType: 'Agent', name: 'Budi', account: { homePage: 'https://lms.example.ac.id', name: '2023001' } });
    assert.deepEqual(problemsWith(agent), []);
  });

  it('refuses an actor with no identifier, or with two', () => {
    assert.equal(agentFrom({ name: 'Nobody' }), undefined);
    assert.equal(agentFrom({ mbox: 'mailto:a@example.com', openid: 'https://id.example.com/a' }), undefined);
    assert.equal(agentFrom('mailto:a@example.com'), undefined);
  });

  it('reads the launched activity, and sends nothing without a valid actor', () => {
    const actor = JSON.stringify({ mbox: ['mailto:a@example.com'] });
    const lrs = lrsFrom(`?endpoint=http://lrs.test/xapi&actor=${encodeURIComponent(actor)}&activity_id=${encodeURIComponent('https://lms.test/mod/42')}`);
    assert.equal(lrs.endpoint, 'http://lrs.test/xapi/');
    assert.equal(lrs.activity, 'https://lms.test/mod/42');
    assert.deepEqual(lrs.actor, { objectType: 'Agent', mbox: 'mailto:a@example.com' });
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    try {
      assert.equal(lrsFrom('?endpoint=http://lrs.test/xapi&actor=%7B%7D'), undefined);
    } finally {
      console.warn = warn;
    }
    assert.match(warnings[0], /no valid actor/);
  });

  it('makes version 4 UUIDs without crypto.randomUUID, which insecure contexts lack', () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = Array.from({ length: 100 }, uuid);
      for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(new Set(ids).size, ids.length);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});
