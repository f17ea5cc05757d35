// Sends the check's xAPI statements (its `pekso-xapi` events) to the LRS an LMS names in
// the launch parameters of the page (?endpoint=…&auth=…&actor=…&registration=…), as xAPI
// launches pass them. Adds who answered, the registration and a timestamp. An LRS that is
// down or refuses a statement never stops the check: each is tried twice, then dropped
// with a warning.

/** The LRS settings in a query string, or undefined when it names no LRS. */
export function lrsFrom(search) {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  if (!endpoint) return undefined;
  let actor;
  try {
    actor = JSON.parse(params.get('actor') ?? '');
  } catch {
    console.warn('pekso: the xAPI launch has no valid actor: statements are not sent.');
    return undefined;
  }
  return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, auth: params.get('auth'), actor, registration: params.get('registration') };
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

/** Sends every `pekso-xapi` statement that reaches `target`, one after another, in order. */
export function sendStatementsTo(lrs, target) {
  let queue = Promise.resolve();
  target.addEventListener('pekso-xapi', ({ detail }) => {
    const statement = {
      ...detail,
      id: crypto.randomUUID(),
      actor: lrs.actor,
      timestamp: new Date().toISOString(),
      ...(lrs.registration ? { context: { registration: lrs.registration } } : {}),
    };
    queue = queue.then(() => post(lrs, statement));
  });
}
