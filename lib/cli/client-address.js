/**
 * The client's address as seen through `trustedProxies` reverse proxies that each append one hop to
 * X-Forwarded-For; with none trusted, the socket's address, whatever the client sent.
 * @param {{ headers: Record<string, string | string[] | undefined>, socket: { remoteAddress?: string } }} req
 * @param {number} trustedProxies
 */
function clientAddress(req, trustedProxies) {
  const hops = String(req.headers['x-forwarded-for'] || '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  hops.push(req.socket.remoteAddress || 'unknown');
  return hops[Math.max(0, hops.length - 1 - trustedProxies)];
}

module.exports = { clientAddress };
