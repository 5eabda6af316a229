/**
 * SEAL_PROVIDER=remote: the seal key stays with a qualified trust service provider (QTSP) in its
 * qualified seal creation device, and the portal asks the provider's remote signing API for each
 * signature. This file is the extension point, plugged in like a payment provider
 * (lib/payments/provider.ts); no provider is built in, and selecting `remote` without one fails the
 * configuration at start (lib/env.ts).
 *
 * To plug one in (e.g. a Cloud Signature Consortium API v2 of a Romanian QTSP):
 *   1. Write lib/seal/signers/remote/<id>.ts exporting a `TRemoteSealProvider`; read its endpoint,
 *      client credentials and credential id from its own environment variables, parsed with zod.
 *   2. `certificates`: the seal certificate and its chain as the provider returns them
 *      (CSC: credentials/info with certificates=chain), DER, the seal's own first.
 *   3. `signHash`: have the provider sign one SHA-256 hash (CSC: signatures/signHash, with the
 *      seal's automatic authorization) and return the raw signature value.
 *   4. Set it below as `remoteSealProvider` and SEAL_PROVIDER=remote. Timestamps (SEAL_TSA_URL) and
 *      the CMS/PAdES structure stay the portal's (lib/seal/cms.ts).
 * This module imports nothing, so lib/env.ts can check it without an import cycle.
 */

export type TRemoteSealProvider = {
  /** Shown in configuration errors and logs. */
  id: string;
  certificates(): Promise<Uint8Array[]>;
  algorithm: 'RSASSA-PKCS1-v1_5' | 'ECDSA';
  /** The signature value over a SHA-256 hash: PKCS#1 v1.5 for RSA, DER ECDSA-Sig-Value for ECDSA. */
  signHash(sha256: Uint8Array): Promise<Uint8Array>;
};

/** The plugged-in provider; none in this build. */
export const remoteSealProvider: TRemoteSealProvider | null = null;

export const REMOTE_SEAL_MISSING =
  'SEAL_PROVIDER=remote needs a remote signing provider, and this build has none: plug one in as lib/seal/signers/remote.ts explains, or set SEAL_P12_PATH and SEAL_P12_PASSWORD (or leave SEAL_PROVIDER unset for the demo seal)';
