/**
 * A seal key in a PKCS#12 file (p12-file.ts reads it). Production points SEAL_P12_PATH and
 * SEAL_P12_PASSWORD at the city hall's seal certificate; the demo seal is a P12 too (demo.ts). The
 * key is imported into WebCrypto once and signs in memory.
 */
import fs from 'node:fs';
import forge from 'node-forge';
import { certificateName, certificateSerial, isQualifiedSealCertificate, parseCertificate } from '@/lib/seal/certificate';
import { openP12 } from '@/lib/seal/signers/p12-file';
import { SealConfigError, type TSealSigner } from '@/lib/seal/signers/signer';

/** Opens a PKCS#12 (DER bytes); `source` names it in error messages. */
export async function p12Signer(p12: Uint8Array, password: string, source: string): Promise<TSealSigner> {
  const { key, certificates } = openP12(p12, password, source);
  const pkcs8 = Buffer.from(forge.asn1.toDer(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key))).getBytes(), 'binary');
  const cryptoKey = await globalThis.crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  const certificate = parseCertificate(certificates[0]!);
  return {
    identity: { sealedBy: certificateName(certificate), certSerial: certificateSerial(certificate), qualified: isQualifiedSealCertificate(certificate) },
    certificates,
    algorithm: 'RSASSA-PKCS1-v1_5',
    sign: async (toBeSigned) => new Uint8Array(await globalThis.crypto.subtle.sign('RSASSA-PKCS1-v1_5', cryptoKey, Uint8Array.from(toBeSigned))),
  };
}

/** The production signer: the file must be readable and the password right, else a clear error. */
export async function p12FileSigner(filePath: string, password: string): Promise<TSealSigner> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    throw new SealConfigError(`SEAL_P12_PATH ${filePath} cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return p12Signer(bytes, password, `SEAL_P12_PATH ${filePath}`);
}
