// Browsers come from Debian (chromium, firefox-esr): never let an install download one.
module.exports = { skipDownload: true };
