/**
 * Opens a PKCS#12 file (.p12/.pfx) with node-forge: the RSA private key and the certificates,
 * the key's own first. Synchronous and free of the rest of lib/seal, so that lib/env.ts can check
 * SEAL_P12_PATH and SEAL_P12_PASSWORD at start.
 */
import forge from 'node-forge';
import { SealConfigError } from '@/lib/seal/signers/signer';

export type TOpenedP12 = { key: forge.pki.rsa.PrivateKey; certificates: Uint8Array[] };

/** `source` names the file in error messages; throws SealConfigError. */
export function openP12(p12: Uint8Array, password: string, source: string): TOpenedP12 {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')));
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SealConfigError(`${source} cannot be opened as a PKCS#12 seal certificate with the given password (${reason})`);
  }

  const { oids } = forge.pki;
  const bags = (type: string | undefined) => (type ? (parsed.getBags({ bagType: type })[type] ?? []) : []);
  const keys = [...bags(oids.pkcs8ShroudedKeyBag), ...bags(oids.keyBag)].map((b) => b.key).filter((k) => !!k);
  const certificates = bags(oids.certBag)
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => !!c);
  // node-forge decodes RSA keys only; an EC key comes back as null.
  const key = keys[0] as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new SealConfigError(`${source} holds no RSA private key (node-forge reads RSA keys; convert an EC seal key or use a remote signer)`);
  const own = certificates.find((c) => {
    const publicKey = c.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
  });
  if (!own) throw new SealConfigError(`${source} holds no certificate for its private key`);

  const toDer = (cert: forge.pki.Certificate) => Uint8Array.from(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary'));
  return { key, certificates: [own, ...certificates.filter((c) => c !== own)].map(toDer) };
}

/** For lib/env.ts: the problem with the configured file, or null when it opens. */
export function p12Problem(bytes: Uint8Array, password: string, source: string): string | null {
  try {
    openP12(bytes, password, source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
