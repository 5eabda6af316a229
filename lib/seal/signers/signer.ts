/**
 * Where the seal's private key lives. The portal builds the CMS signature itself (lib/seal/cms.ts,
 * with pkijs) and asks the signer only for its certificates and for the signature value over the
 * signed attributes, so the same code serves a key in a PKCS#12 file (lib/seal/signers/p12.ts),
 * the demo seal (demo.ts) and a qualified trust service provider that signs remotely (remote.ts;
 * such APIs sign a hash, e.g. the Cloud Signature Consortium's signatures/signHash).
 */

export type TSealIdentity = {
  /** The certificate subject's common name: what "sealed by" shows. */
  sealedBy: string;
  /** The certificate's serial number, upper-case hexadecimal. */
  certSerial: string;
  /** The certificate says it is a qualified seal (QcCompliance + QcSSCD); false for the demo seal. */
  qualified: boolean;
};

export type TSignatureAlgorithm = 'RSASSA-PKCS1-v1_5' | 'ECDSA';

export type TSealSigner = {
  /** Read once from the certificate. */
  identity: TSealIdentity;
  /** DER certificates: the seal's own first, then the issuing CAs (embedded in every signature). */
  certificates: Uint8Array[];
  /** The key's algorithm; the hash is always SHA-256. */
  algorithm: TSignatureAlgorithm;
  /**
   * Signs `toBeSigned` (hashes it with SHA-256 and signs the hash): PKCS#1 v1.5 bytes for RSA, a
   * DER `ECDSA-Sig-Value` for ECDSA, as CMS carries them.
   */
  sign(toBeSigned: Uint8Array): Promise<Uint8Array>;
};

/** A configuration problem of the seal (unreadable file, wrong password, expired certificate): the operator's to fix. */
export class SealConfigError extends Error {}
