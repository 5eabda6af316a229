import { expect, test } from '@playwright/test';

test('/api/health reports database, storage and mail delivery up', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  expect(await response.json()).toMatchObject({
    status: 'up',
    checks: { database: { status: 'up' }, storage: { status: 'up' }, mail: { status: 'up', detail: 'mailbox' } },
  });
});

test('every page carries the security headers, with a fresh CSP nonce each time', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  const headers = first.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()['content-security-policy']).not.toContain(nonce as string);
  // Next.js puts the nonce on its own scripts.
  expect(await first.text()).toContain(`nonce="${nonce}"`);
});

test('a client-sent x-middleware-subrequest header changes nothing', async ({ request }) => {
  const forged = await request.get('/about', {
    headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  });
  expect(forged.status()).toBe(200);
  // The middleware still ran: the CSP with a nonce is there.
  expect(forged.headers()['content-security-policy']).toMatch(/'nonce-[^']+'/);
  // ...and its gate too: an anonymous visitor is still sent to the login page.
  const gated = await request.get('/dashboard', {
    headers: { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    maxRedirects: 0,
  });
  expect(gated.status()).toBe(307);
  expect(gated.headers()['location']).toMatch(/\/login\?next=%2Fdashboard$/);
});

test('the page works in the browser under the CSP (no violations reported)', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Schimbă limba în English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(violations).toEqual([]);
});
