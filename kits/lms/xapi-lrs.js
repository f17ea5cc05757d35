// Sends the check's xAPI statements (its `pekso-xapi` events) to the LRS an LMS names in
// the launch parameters of the page (?endpoint=…&auth=…&actor=…&registration=…
// &activity_id=…), as xAPI launches pass them. The check reports about the launched
// activity; this adds who answered, the registration, an id and a timestamp. An LRS that
// is down or refuses a statement never stops the check: each is tried twice, then
// dropped with a warning.
import { deviceStore } from '../../src/elements/check/progress.ts';

/** The properties that identify an Agent (its inverse functional identifiers). */
const IDENTIFIERS = ['mbox', 'mbox_sha1sum', 'openid', 'account'];

/**
 * The launch's actor as a valid xAPI Agent, or undefined. Launch documents and TinCanJS
 * also accept the legacy form, in which each property is a list (`"name": ["Ann"]`,
 * `"mbox": ["mailto:ann@example.com"]`, `"account": [{…}]`): its first entry is taken.
 */
export function agentFrom(actor) {
  if (!actor || typeof actor !== 'object' || Array.isArray(actor)) return undefined;
  const first = (value) => (Array.isArray(value) ? value[0] : value);
  const agent = { objectType: 'Agent' };
  if (typeof first(actor.name) === 'string') agent.name = first(actor.name);
  for (const key of IDENTIFIERS) {
    const value = first(actor[key]);
    if (value === undefined) continue;
    if (key !== 'account') agent[key] = value;
    else if (value && typeof value === 'object') {
      // TinCanJS's legacy account names its parts accountServiceHomePage and accountName.
      const homePage = value.homePage ?? value.accountServiceHomePage;
      const name = value.name ?? value.accountName;
      agent.account = { homePage: first(homePage), name: first(name) };
    }
  }
  // An Agent has exactly one identifier.
  const found = IDENTIFIERS.filter((key) => key in agent);
  return found.length === 1 ? agent : undefined;
}

/** The LRS settings in a query string, or undefined when it names no LRS. */
export function lrsFrom(search) {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  if (!endpoint) return undefined;
  let actor;
  try {
    actor = agentFrom(JSON.parse(params.get('actor') ?? ''));
  } catch {
    actor = undefined;
  }
  if (!actor) {
    console.warn('pekso: the xAPI launch has no valid actor (an Agent with one of mbox, mbox_sha1sum, openid or account): statements are not sent.');
    return undefined;
  }
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    auth: params.get('auth'),
    actor,
    registration: params.get('registration'),
    activity: params.get('activity_id') || undefined,
  };
}

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts, and many
 * campus LMSs still serve plain http; `getRandomValues` works in every context.
 */
export function uuid() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Posts one statement, trying once more if the first try fails. */
async function post(lrs, statement, tries = 2) {
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      const response = await fetch(`${lrs.endpoint}statements`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          ...(lrs.auth ? { Authorization: lrs.auth } : {}),
        },
        body: JSON.stringify(statement),
      });
      if (response.ok) return true;
    } catch {
      // A network error: as a refusal.
    }
  }
  console.warn(`pekso: the LRS did not take the xAPI statement "${statement.verb.display.en}"; it is dropped.`);
  return false;
}

/**
 * Sends every `pekso-xapi` statement of `check` to the LRS, one after another, in order,
 * about the launched activity when the launch names one.
 */
export function sendStatementsTo(lrs, check) {
  if (lrs.activity) check.xapiActivity = lrs.activity;
  // Progress is the learner's: on a shared computer another learner's launch must not resume
  // it, so it is kept under who answered and the launch's registration.
  check.progressStore = deviceStore(`pekso-check:xapi:${JSON.stringify([lrs.actor, lrs.registration, lrs.activity ?? null])}`);
  let queue = Promise.resolve();
  check.addEventListener('pekso-xapi', ({ detail }) => {
    const statement = {
      ...detail,
      id: uuid(),
      actor: lrs.actor,
      timestamp: new Date().toISOString(),
      ...(lrs.registration ? { context: { ...detail.context, registration: lrs.registration } } : {}),
    };
    queue = queue.then(() => void post(lrs, statement));
  });
}
