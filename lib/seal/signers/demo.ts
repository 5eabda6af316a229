/**
 * The embedded default seal: without a configured certificate the portal generates, once, a local
 * demo seal (RSA 2048, self-signed, 10 years) as a PKCS#12 file under DATA_DIR/seal, so that the
 * whole flow (sealing, /verify, pdfsig) runs on a fresh clone. Its name says it is a test seal and
 * not qualified, and `qualified` is false: documents sealed with it have no legal effect.
 *
 * Two processes starting together (the web server and the worker) may both find the file missing:
 * each writes its own to a temporary file and hard-links it into place; link() fails when the file
 * exists, so exactly one wins and the other reads the winner's.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import { municipality } from '@/lib/municipality';
import { p12Signer } from '@/lib/seal/signers/p12';
import type { TSealSigner } from '@/lib/seal/signers/signer';

/** A local file protected by the data folder's permissions; the password only satisfies the format. */
const DEMO_PASSWORD = 'demo-seal';
/** At most 64 characters (the X.509 upper bound of a common name). */
export const DEMO_SEAL_NAME = `DEMO — sigiliu de test, nealificat — ${municipality.name.ro}`;
const VALID_YEARS = 10;

export function demoSealPath(dataDir: string): string {
  return path.join(dataDir, 'seal', 'demo-seal.p12');
}

/** A new demo seal as PKCS#12 DER bytes. */
export function generateDemoSealP12(now: Date = new Date()): Uint8Array {
  // Node generates the key natively (node-forge's pure-JS RSA key generation takes seconds).
  const pair = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privateKey = forge.pki.privateKeyFromPem(pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const publicKey = forge.pki.publicKeyFromPem(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString());

  const certificate = forge.pki.createCertificate();
  certificate.publicKey = publicKey;
  // A positive serial of 16 random bytes (RFC 5280: at most 20 octets, non-negative).
  const serial = crypto.randomBytes(16);
  serial[0]! &= 0x7f;
  certificate.serialNumber = serial.toString('hex');
  certificate.validity.notBefore = new Date(now.getTime() - 60_000);
  certificate.validity.notAfter = new Date(now);
  certificate.validity.notAfter.setFullYear(now.getFullYear() + VALID_YEARS);
  const utf8 = (name: string, value: string) => ({ name, value, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class });
  const subject = [utf8('commonName', DEMO_SEAL_NAME), utf8('organizationName', municipality.name.ro), { name: 'countryName', value: 'RO' }];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(privateKey, forge.md.sha256.create());

  const p12 = forge.pkcs12.toPkcs12Asn1(privateKey, [certificate], DEMO_PASSWORD, { algorithm: 'aes256', friendlyName: 'demo-seal' });
  return Uint8Array.from(Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
}

/** The demo seal file's bytes, generated on first use. */
export function ensureDemoSealFile(filePath: string): Buffer {
  if (fs.existsSync(filePath)) return fs.readFileSync(filePath);
  fs.mkdirSync(path.dirname(filePath), { recursive: true, mode: 0o700 });
  const temporary = `${filePath}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, generateDemoSealP12(), { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temporary, filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process was first: use its certificate.
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return fs.readFileSync(filePath);
}

export async function demoSigner(dataDir: string): Promise<TSealSigner> {
  const filePath = demoSealPath(dataDir);
  const signer = await p12Signer(ensureDemoSealFile(filePath), DEMO_PASSWORD, `the demo seal ${filePath}`);
  // Whatever the file says, the demo seal is never presented as qualified.
  return { ...signer, identity: { ...signer.identity, qualified: false } };
}
