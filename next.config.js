// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// Headers that do not depend on the request; the Content-Security-Policy (with a per-request
// nonce) is set in middleware.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // forbidden() for signed-in users without the right role (app/forbidden.tsx).
  // Server actions take up to 6 MB: the tax office's export (≤ 5 MB, lib/taxes/schemas.ts) is posted to one.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  reactStrictMode: true,
  // Native or Node-only packages stay out of the server bundle.
  // The seal's libraries (lib/seal) too: loaded by Node as published, as the integration tests run them.
  serverExternalPackages: ['pg-boss', 'pg', '@node-rs/argon2', '@prisma/adapter-pg', 'resend', 'pdfkit', 'pdf-lib', 'node-forge', 'pkijs', 'asn1js', '@signpdf/signpdf', '@signpdf/signer-p12', '@signpdf/placeholder-pdf-lib', '@signpdf/placeholder-plain', '@signpdf/utils'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
