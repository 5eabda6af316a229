// The production web server: Next.js behind a small Node HTTP server that decides the client's IP
// address before Next.js sees the request. Next.js keeps a client-sent X-Forwarded-For as it is, so
// without this anyone could pick their own address and walk around the per-IP rate limits.
// TRUSTED_PROXIES (default 0) is how many reverse proxies in front of us append to X-Forwarded-For.
const http = require('node:http');
const next = require('next');
const { clientAddress } = require('./client-address');

const port = Number(process.env.PORT || 3000);
// Loopback unless HOST says otherwise (as lib/env.ts): nobody else reaches a demo by accident.
const hostname = process.env.HOST || '127.0.0.1';
const trustedProxies = Number(process.env.TRUSTED_PROXIES || 0);

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();

app.prepare().then(() => {
  const server = http.createServer((req, res) => {
    req.headers['x-forwarded-for'] = clientAddress(req, trustedProxies);
    handle(req, res);
  });
  server.listen(port, hostname, () => console.log(`[portal] web server listening on http://${hostname}:${port}`));
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
});

