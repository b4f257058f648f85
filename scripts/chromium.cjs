// Debian's Chromium and the flags it needs here (closed network, run as root), shared
// by the end-to-end tests and the bench. No tool may fetch a browser of its own.
module.exports = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
