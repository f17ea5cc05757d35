// pekso-embed-host.js: add it to any page that frames embed.html and the frames take the
// height of their content. It sizes only the frame that sent the message.
(() => {
  if (/** @type {any} */ (window).peksoEmbedHost) return; // loaded twice
  /** @type {any} */ (window).peksoEmbedHost = true;

  const MAX_HEIGHT = 100000;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'pekso:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });

  // Frames that loaded before this script: ask them for their height.
  for (const frame of document.querySelectorAll('iframe')) {
    frame.contentWindow?.postMessage({ type: 'pekso:hello' }, '*');
  }
})();
