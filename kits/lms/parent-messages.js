// Tells the framing page how tall the embed is, in each protocol that hosts already
// listen to. Heights are not secret, so messages go to any origin ('*').
//   WordPress (wp-embed.js):  {message: 'height', value, secret}, secret from "#?secret=…"
//   Canvas:                   {subject: 'lti.frameResize', height}
//   H5P resizer (h5p-resizer.js): hello ⇄ hello, then prepareResize → resizePrepared → resize
//   pekso-embed-host.js and anyone else: {type: 'pekso:height', height}

/** WordPress puts "#?secret=abc123" on the frame's address; it only accepts letters and digits. */
export function wordpressSecret(hash) {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return secret && /^[a-zA-Z0-9]+$/.test(secret) ? secret : undefined;
}

/**
 * Starts listening to the parent and returns report(height), to call whenever the
 * height changes. Outside a frame, report does nothing.
 */
export function heightReporter(win = window) {
  const parent = win.parent;
  if (!parent || parent === win) return () => {};
  const post = (message) => parent.postMessage(message, '*');
  const h5p = (action, data) => post({ ...data, context: 'h5p', action });
  const secret = wordpressSecret(win.location.hash);
  let height = 0;
  let h5pParent = false; // the H5P resizer answered our hello

  const h5pPrepare = () => h5p('prepareResize', { scrollHeight: height, clientHeight: height });
  const sendAll = () => {
    if (secret) post({ message: 'height', value: height, secret });
    post({ subject: 'lti.frameResize', height });
    post({ type: 'pekso:height', height });
    if (h5pParent) h5pPrepare();
  };
  const onH5p = {
    ready: () => h5p('hello'), // the resizer loaded after us
    hello: () => {
      h5pParent = true;
      h5pPrepare();
    },
    resizePrepared: () => h5p('resize', { scrollHeight: height }),
    resize: h5pPrepare, // the parent window changed size
  };

  win.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== parent || !data || typeof data !== 'object') return;
    if (data.context === 'h5p') onH5p[data.action]?.();
    // WordPress and pekso-embed-host.js say when they are listening: answer with the height.
    else if (data.message === 'ready' || data.type === 'pekso:hello') sendAll();
  });
  h5p('hello');

  return (next) => {
    height = next;
    sendAll();
  };
}
