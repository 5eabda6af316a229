// The end-to-end tests need Debian's Chromium; fail loudly (never skip) when it is missing.
const fs = require('node:fs');

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(path)) {
  console.error(`Chromium not found at ${path}: install it with "apt-get install -y chromium" (Debian), then run the tests again.`);
  process.exit(1);
}
