// Moodle's H5P activity, as far as its attempts go, applied to what an H5P player
// dispatches. No Moodle runs here: this plays its two rules, as Moodle 4's code states them,
// and is the evidence the guide cites.
//
// 1. The page (core_h5p's h5p/js/embed.js): on each xAPI statement of the content whose verb
//    is `answered` or `completed` and that has no parent (context.contextActivities.parent),
//    it posts what the content's getXAPIData() returns, the statement then its children,
//    flattened (H5P.getXAPIStatements); a content without getXAPIData posts the statement.
// 2. The server (mod_h5pactivity's xapi\handler::statement_to_event): each posted statement
//    with a result and the verb `answered` or `completed` whose object id has no
//    `?subContentId=` starts a new attempt; one that has it is recorded in the last attempt.
//    (The server also wants the id before the `?` to be a Moodle context id: that part is
//    the host's, not the content's, and is not played here.)

const ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
const COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';

/**
 * Rule 1, in the page: listens to the H5P of `frameWindow` (the frame that holds the
 * content, as embed.js finds it) and keeps what Moodle would post in `window.moodlePosts`.
 * Self-contained, for page.evaluate.
 * @param {any} frameWindow
 */
export function listenAsMoodle(frameWindow) {
  const H5P = frameWindow.H5P;
  const posts = (/** @type {any} */ (window).moodlePosts = []);
  /** @param {{statement?: object, children?: object[]}} data */
  const flatten = (data) => [...(data.statement ? [data.statement] : []), ...(data.children ?? []).flatMap(flatten)];
  H5P.externalDispatcher.on('xAPI', (/** @type {any} */ event) => {
    const statement = event.data.statement;
    const counts = statement.verb.id === 'http://adlnet.gov/expapi/verbs/answered' || statement.verb.id === 'http://adlnet.gov/expapi/verbs/completed';
    const isChild = statement.context?.contextActivities?.parent?.[0]?.id;
    if (!counts || isChild) return;
    const instance = H5P.instances[0];
    const data = typeof instance.getXAPIData === 'function' ? instance.getXAPIData() : { statement };
    posts.push(JSON.parse(JSON.stringify(flatten(data))));
  });
}

/**
 * Rule 2, on the server: the attempts that `posts` (each a list of statements) make, each
 * with its score (from the statement that started it) and the results recorded in it.
 * @param {object[][]} posts
 * @returns {{score: any, success: boolean | undefined, results: any[]}[]}
 */
export function moodleAttempts(posts) {
  /** @type {{score: any, success: boolean | undefined, results: any[]}[]} */
  const attempts = [];
  for (const statement of posts.flat()) {
    const s = /** @type {any} */ (statement);
    if (!s.result || ![ANSWERED, COMPLETED].includes(s.verb.id)) continue;
    const [, query = ''] = s.object.id.split(/\?(.*)/s);
    const subContent = query.replace('subContentId=', '');
    if (!subContent) attempts.push({ score: s.result.score, success: s.result.success, results: [s] });
    else attempts.at(-1)?.results.push(s);
  }
  return attempts;
}
