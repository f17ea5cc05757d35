// Stand-ins for the pages that frame embed.html: each listens the way its platform's
// own script does (as those scripts and their documentation describe it), so a test
// can watch the frame's height follow the content. The plain host uses our real
// pekso-embed-host.js.

export const WP_SECRET = 'pEkS0test';

// WordPress's wp-embed.js: the frame carrying the secret, clamped to 200–1000 px, via the height attribute.
// WordPress writes its embed frames 600 px wide.
const wordpress = {
  frame: (src) => `<iframe class="wp-embedded-content" data-secret="${WP_SECRET}" width="600" src="${src}#?secret=${WP_SECRET}"></iframe>`,
  script: `
    window.addEventListener('message', (event) => {
      const data = event.data;
      if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
      for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
        if (event.source !== frame.contentWindow) continue;
        frame.removeAttribute('style');
        if (data.message === 'height') frame.height = Math.min(1000, Math.max(200, parseInt(data.value, 10)));
      }
    });
    const frame = document.querySelector('iframe');
    frame.addEventListener('load', () => frame.contentWindow.postMessage({ message: 'ready', secret: frame.dataset.secret }, '*'));`,
};

// Canvas: {subject: 'lti.frameResize', height} from the frame that sent it (an object or its JSON).
const canvas = {
  frame: (src) => `<iframe src="${src}"></iframe>`,
  script: `
    window.addEventListener('message', (event) => {
      let data = event.data;
      if (typeof data === 'string') { try { data = JSON.parse(data); } catch { return; } }
      if (!data || data.subject !== 'lti.frameResize') return;
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
      if (frame) frame.style.height = Number(data.height) + 'px';
    });`,
};

// H5P's h5p-resizer.js: answers hello, shrinks on prepareResize, grows to scrollHeight on resize.
const h5p = {
  frame: (src) => `<iframe src="${src}"></iframe>`,
  script: `
    const actions = {
      hello: (frame, data, respond) => { frame.style.width = '100%'; respond('hello'); },
      prepareResize: (frame, data, respond) => {
        if (frame.clientHeight !== data.scrollHeight || data.scrollHeight !== data.clientHeight) {
          frame.style.height = data.clientHeight + 'px';
          respond('resizePrepared');
        }
      },
      resize: (frame, data) => { frame.style.height = data.scrollHeight + 'px'; },
    };
    window.addEventListener('message', (event) => {
      if (!event.data || event.data.context !== 'h5p') return;
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
      const action = actions[event.data.action];
      if (!frame || !action) return;
      action(frame, event.data, (name) => event.source.postMessage({ context: 'h5p', action: name }, event.origin));
    });`,
};

const plain = {
  frame: (src) => `<iframe src="${src}"></iframe>`,
  scriptSrc: (widgetOrigin) => `${widgetOrigin}/pekso-embed-host.js`,
};

export const HOSTS = { wordpress, canvas, h5p, plain };

/** A course page on the host's origin that frames `src` and listens as `platform` does. */
export function hostPage(platform, src, widgetOrigin) {
  const host = HOSTS[platform];
  const script = host.scriptSrc ? `<script src="${host.scriptSrc(widgetOrigin)}"></script>` : `<script>${host.script}</script>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course page (${platform})</title>
<style>body { margin: 0 auto; max-width: 760px; font: 16px serif } iframe { display: block; width: 100%; border: 0 }</style>
</head><body>
<h1>Week 1: the fields of practice</h1>
${host.frame(src)}
<p>Text after the frame.</p>
${script}
</body></html>`;
}
