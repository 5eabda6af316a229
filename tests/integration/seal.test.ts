/**
 * The electronic seal (lib/seal) on real files, judged by an independent verifier: poppler's
 * `pdfsig` (NSS underneath) for the PDFs, pkijs for the detached CMS and the timestamp token. The
 * timestamp authority is a stand-in started here (an HTTP server answering RFC 3161 requests with
 * tokens signed by a test key), so the client's checks run against real replies.
 */
import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import forge from 'node-forge';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import signpdf from '@signpdf/signpdf';
import { PDFDocument as PdfLibDocument } from 'pdf-lib';
import PDFDocument from 'pdfkit';
import * as pkijs from 'pkijs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EnvError, env, parseEnv, resetEnvCache } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { renderReceiptPdf } from '@/lib/requests/receipt-pdf';
import { OID, readSignedData } from '@/lib/seal/cms';
import { sealData, sealIdentity, sealPdf, verifySealedData, type TSealMeta } from '@/lib/seal/seal';
import { resetSealSignerCache } from '@/lib/seal/signers';
import { DEMO_SEAL_NAME, demoSealPath } from '@/lib/seal/signers/demo';
import { p12Signer } from '@/lib/seal/signers/p12';
import { SealConfigError } from '@/lib/seal/signers/signer';
import { municipalityFrom } from '@/lib/settings/municipality';
import { pdfsig } from '../support/pdf';

const run = promisify(execFile);
const SEAL_ENV = ['DATA_DIR', 'SEAL_PROVIDER', 'SEAL_P12_PATH', 'SEAL_P12_PASSWORD', 'SEAL_TSA_URL'] as const;
const saved = Object.fromEntries(SEAL_ENV.map((key) => [key, process.env[key]]));
let tmp: string;

function configure(values: Partial<Record<(typeof SEAL_ENV)[number], string>>) {
  for (const key of SEAL_ENV) {
    if (key === 'DATA_DIR') continue;
    if (values[key] === undefined) delete process.env[key];
    else process.env[key] = values[key];
  }
  process.env.DATA_DIR = values.DATA_DIR ?? path.join(tmp, 'data');
  resetEnvCache();
  resetSealSignerCache();
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seal-test-'));
  configure({});
});
afterEach(() => configure({}));
afterAll(() => {
  for (const key of SEAL_ENV) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  resetEnvCache();
  resetSealSignerCache();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const META: TSealMeta = {
  name: 'Primăria Municipiului Roman',
  reason: 'Document emis electronic de Primăria Municipiului Roman',
  location: 'Roman, România',
  contactInfo: 'http://localhost:3000/verify/K7M2-QX9P',
};

function receipt() {
  return renderReceiptPdf({
    locale: 'ro',
    municipality: municipalityFrom(null, env()),
    registrationNumber: 'RMN-2026-000123',
    submittedAt: new Date('2026-03-05T12:30:00Z'),
    dueAt: new Date('2026-04-03T22:30:00Z'),
    serviceTitle: 'Certificat de atestare fiscală',
    departmentName: 'Direcția Impozite și Taxe Locale',
    applicant: { name: 'Ștefan Țurcanu', idNumber: '1900101270011', email: 'stefan.turcanu@example.ro' },
    accessCode: 'K7M2-QX9P',
    answers: [{ label: 'Scopul', value: 'Înscriere în registrul comerțului' }],
    documents: [{ requirement: 'Act de identitate', fileName: 'carte_identitate.pdf', sizeBytes: 1_572_864, sha256: 'a1'.repeat(32) }],
    statusUrl: 'http://localhost:3000/requests/abc',
    lookupUrl: 'http://localhost:3000/status',
  });
}

async function appErrorCode(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** The signer info of the last signature in a sealed PDF (the CMS in its /Contents). */
function lastSignerInfo(bytes: Uint8Array): pkijs.SignerInfo {
  const text = Buffer.from(bytes).toString('latin1');
  const contents = [...text.matchAll(/\/Contents\s*<([0-9a-fA-F]+)>/g)].at(-1)?.[1];
  if (!contents) throw new Error('no /Contents');
  const der = Buffer.from(contents, 'hex');
  // The placeholder is padded with zeroes after the DER.
  const length = asn1js.fromBER(Uint8Array.from(der)).offset;
  return readSignedData(der.subarray(0, length)).signerInfos[0]!;
}

const toDer = (cert: forge.pki.Certificate) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');

/** A key pair made natively, as node-forge objects and as PKCS#8 for WebCrypto. */
function keyPair() {
  const pair = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: forge.pki.privateKeyFromPem(pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
    publicKey: forge.pki.publicKeyFromPem(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString()),
    pkcs8: pair.privateKey.export({ type: 'pkcs8', format: 'der' }),
  };
}

function certificate(options: {
  subject: forge.pki.CertificateField[];
  issuer?: { subject: forge.pki.CertificateField[]; key: forge.pki.rsa.PrivateKey };
  publicKey: forge.pki.PublicKey;
  selfKey: forge.pki.rsa.PrivateKey;
  extensions: unknown[];
  notAfter?: Date;
}) {
  const cert = forge.pki.createCertificate();
  cert.publicKey = options.publicKey;
  const serial = crypto.randomBytes(12);
  serial[0] = (serial[0]! & 0x7f) | 0x01; // positive, minimal
  cert.serialNumber = serial.toString('hex');
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  cert.setSubject(options.subject);
  cert.setIssuer(options.issuer?.subject ?? options.subject);
  cert.setExtensions(options.extensions as never[]);
  cert.sign(options.issuer?.key ?? options.selfKey, forge.md.sha256.create());
  return cert;
}

/** A seal certificate issued by a test CA, with the QCStatements of a qualified seal, as a P12 file. */
function qualifiedTestP12(file: string, password: string, notAfter?: Date) {
  const ca = keyPair();
  const caSubject = [{ name: 'commonName', value: 'Test CA (not a trust service)' }, { name: 'countryName', value: 'RO' }];
  const caCert = certificate({
    subject: caSubject,
    publicKey: ca.publicKey,
    selfKey: ca.privateKey,
    extensions: [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }],
  });
  const seal = keyPair();
  const { asn1 } = forge;
  const statement = (oid: string) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(oid).getBytes())]);
  const qcStatements = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [statement('0.4.0.1862.1.1'), statement('0.4.0.1862.1.4')]);
  const sealCert = certificate({
    subject: [{ name: 'commonName', value: 'Sigiliu de test P12 — Roman', valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class }, { name: 'countryName', value: 'RO' }],
    issuer: { subject: caSubject, key: ca.privateKey },
    publicKey: seal.publicKey,
    selfKey: seal.privateKey,
    extensions: [{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true }, { id: '1.3.6.1.5.5.7.1.3', value: qcStatements }],
    notAfter,
  });
  const p12 = forge.pkcs12.toPkcs12Asn1(seal.privateKey, [sealCert, caCert], password, { algorithm: '3des' });
  fs.writeFileSync(file, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
  return { serial: sealCert.serialNumber.toUpperCase(), caDer: toDer(caCert) };
}

/** An RFC 3161 stand-in: signs TSTInfo tokens with its own test key; `misbehave` answers wrongly on purpose. */
async function startTsa(misbehave: 'none' | 'wrong-nonce' | 'rejection' = 'none') {
  const key = keyPair();
  const subject = [{ name: 'commonName', value: 'Test TSA' }];
  const tsaCertDer = toDer(
    certificate({
      subject,
      publicKey: key.publicKey,
      selfKey: key.privateKey,
      extensions: [{ name: 'extKeyUsage', timeStamping: true, critical: true }, { name: 'keyUsage', digitalSignature: true, critical: true }],
    }),
  );
  const tsaCert = pkijs.Certificate.fromBER(Uint8Array.from(tsaCertDer));
  const privateKey = await crypto.webcrypto.subtle.importKey('pkcs8', key.pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  const requests: { contentType: string | undefined; authorization: string | undefined }[] = [];
  let serial = 1;

  const respond = async (body: Buffer): Promise<Buffer> => {
    const request = pkijs.TimeStampReq.fromBER(Uint8Array.from(body));
    if (misbehave === 'rejection') {
      return Buffer.from(new pkijs.TimeStampResp({ status: new pkijs.PKIStatusInfo({ status: 2, statusStrings: [new asn1js.Utf8String({ value: 'policy not accepted' })] }) }).toSchema().toBER(false));
    }
    const nonce = misbehave === 'wrong-nonce' ? new asn1js.Integer({ value: 42 }) : request.nonce;
    const info = new pkijs.TSTInfo({
      version: 1,
      policy: '1.3.6.1.4.1.99999.1',
      messageImprint: request.messageImprint,
      serialNumber: new asn1js.Integer({ value: serial++ }),
      genTime: new Date(Math.floor(Date.now() / 1000) * 1000),
      ...(nonce ? { nonce } : {}),
    });
    const signedData = new pkijs.SignedData({
      version: 3,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.tstInfo, eContent: new asn1js.OctetString({ valueHex: info.toSchema().toBER(false) }) }),
      signerInfos: [new pkijs.SignerInfo({ version: 1, sid: new pkijs.IssuerAndSerialNumber({ issuer: tsaCert.issuer, serialNumber: tsaCert.serialNumber }) })],
      certificates: [tsaCert],
    });
    await signedData.sign(privateKey, 0, 'SHA-256');
    const token = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
    return Buffer.from(new pkijs.TimeStampResp({ status: new pkijs.PKIStatusInfo({ status: 0 }), timeStampToken: token }).toSchema().toBER(false));
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({ contentType: req.headers['content-type'], authorization: req.headers.authorization });
      respond(Buffer.concat(chunks)).then(
        (reply) => res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(reply),
        () => res.writeHead(400).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://tsa-user:s%40cret@127.0.0.1:${port}/tsa`, requests, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('sealPdf with the demo seal', () => {
  it('seals a portal PDF that pdfsig validates, naming the demo certificate, and reports the seal', async () => {
    const pdf = await receipt();
    const sealed = await sealPdf(pdf, META);

    expect(sealed.sealedBy).toBe(DEMO_SEAL_NAME);
    expect(sealed.sealedBy).toBe('DEMO — sigiliu de test, nealificat — Primăria Municipiului Roman');
    expect(sealed.qualified).toBe(false);
    expect(sealed.timestampedAt).toBeNull();
    expect(sealed.certSerial).toMatch(/^[0-9A-F]+$/);
    expect(await sealIdentity()).toEqual({ sealedBy: sealed.sealedBy, certSerial: sealed.certSerial, qualified: false });

    const [signature, ...others] = await pdfsig(sealed.bytes);
    expect(others).toEqual([]);
    expect(signature).toEqual({ commonName: DEMO_SEAL_NAME, validation: 'Signature is Valid.', total: true, subFilter: 'ETSI.CAdES.detached' });

    // The signature dictionary carries what the caller passed; the CMS the CAdES attributes.
    const text = Buffer.from(sealed.bytes).toString('latin1');
    expect(text).toContain('/SubFilter /ETSI.CAdES.detached');
    expect(text).toContain(`/ContactInfo (${META.contactInfo})`);
    const attributes = lastSignerInfo(sealed.bytes).signedAttrs!.attributes.map((a) => a.type);
    expect(attributes).toEqual(expect.arrayContaining([OID.contentType, OID.messageDigest, OID.signingCertificateV2]));
    expect(attributes).not.toContain(OID.signingTime);

    // The demo seal was generated once, under DATA_DIR/seal, and is reused.
    const file = demoSealPath(env().dataDir);
    expect(fs.existsSync(file)).toBe(true);
    resetSealSignerCache();
    expect((await sealIdentity()).certSerial).toBe(sealed.certSerial);
  });

  it('fails validation after one byte inside the signed range changes', async () => {
    const sealed = await sealPdf(await receipt(), META);
    const tampered = Buffer.from(sealed.bytes);
    const at = tampered.indexOf('PDFKit'); // the Producer, in the first signed range
    expect(at).toBeGreaterThan(0);
    tampered[at + 3] = 'Q'.charCodeAt(0);

    const [signature] = await pdfsig(tampered);
    expect(signature?.commonName).toBe(DEMO_SEAL_NAME);
    expect(signature?.validation).not.toBe('Signature is Valid.');
    expect(signature?.validation).toMatch(/Digest Mismatch|Invalid/);
  });

  it('keeps an earlier signature when a signed PDF is sealed again (incremental update)', async () => {
    const first = await sealPdf(await receipt(), META);
    const second = await sealPdf(first.bytes, { ...META, reason: 'Răspuns emis electronic' });

    // The earlier bytes are untouched: they are the start of the new file.
    expect(Buffer.from(second.bytes.subarray(0, first.bytes.length)).equals(Buffer.from(first.bytes))).toBe(true);
    const signatures = await pdfsig(second.bytes);
    expect(signatures).toHaveLength(2);
    expect(signatures.map((s) => s.validation)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect(signatures.map((s) => s.total)).toEqual([false, true]);
  });

  it('refuses a signed PDF it cannot update incrementally (compressed xref) instead of breaking its signature', async () => {
    // A clerk's PDF signed by another tool (here @signpdf's P12 signer) and saved with an xref stream.
    const file = path.join(tmp, 'clerk.p12');
    qualifiedTestP12(file, 'clerk');
    const doc = await PdfLibDocument.create();
    doc.addPage().drawText('Aviz favorabil');
    pdflibAddPlaceholder({ pdfDoc: doc, reason: 'Semnătura funcționarului', contactInfo: '', name: 'Funcționar', location: 'Roman' });
    const signed = await signpdf.sign(Buffer.from(await doc.save({ useObjectStreams: true })), new P12Signer(fs.readFileSync(file), { passphrase: 'clerk' }));
    expect(Buffer.from(signed).toString('latin1')).toMatch(/\/Type\s*\/XRef/);
    expect((await pdfsig(signed)).map((s) => s.validation)).toEqual(['Signature is Valid.']);

    expect(await appErrorCode(sealPdf(signed, META))).toBe('seal.signedPdfUnsupported');
  });

  it('refuses an encrypted PDF, a non-PDF and a broken PDF with the right errors', async () => {
    const encrypted = await new Promise<Buffer>((resolve) => {
      const doc = new PDFDocument({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.text('Confidențial');
      doc.end();
    });
    expect(await appErrorCode(sealPdf(encrypted, META))).toBe('seal.encryptedPdf');
    expect(await appErrorCode(sealPdf(Buffer.from('GIF89a not a pdf at all'), META))).toBe('seal.unreadablePdf');
    expect(await appErrorCode(sealPdf(Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(4096)]), META))).toBe('seal.unreadablePdf');
    const pdf = await receipt();
    expect(await appErrorCode(sealPdf(pdf.subarray(0, 400), META))).toBe('seal.unreadablePdf');
  });

  it('generates one demo seal when several processes start together', async () => {
    const dataDir = path.join(tmp, 'race');
    const child = path.join(tmp, 'demo-seal-child.ts');
    const go = path.join(tmp, 'race-go');
    // Each child loads the module, says it is ready, and waits for the others before asking for the seal.
    fs.writeFileSync(
      child,
      [
        `import fs from 'node:fs';`,
        `import { demoSigner } from '${path.resolve('lib/seal/signers/demo.ts')}';`,
        `console.log('ready');`,
        `const wait = () => (fs.existsSync(${JSON.stringify(go)}) ? demoSigner(${JSON.stringify(dataDir)}).then((s) => console.log(s.identity.certSerial)) : setTimeout(wait, 2));`,
        `wait();`,
      ].join('\n'),
    );
    const tsx = path.resolve('node_modules/.bin/tsx');
    let ready = 0;
    const serials = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<string>((resolve, reject) => {
            const proc = spawn(tsx, [child], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
            let out = '';
            proc.stdout.on('data', (chunk: Buffer) => {
              out += chunk.toString();
              if (chunk.toString().includes('ready') && ++ready === 3) fs.writeFileSync(go, '');
            });
            proc.on('exit', (code) => (code === 0 ? resolve(out.replace('ready', '').trim()) : reject(new Error(`child exited ${code}`))));
          }),
      ),
    );
    expect(new Set(serials).size).toBe(1);
    expect(serials[0]).toMatch(/^[0-9A-F]{20,}$/);
    expect(fs.readdirSync(path.join(dataDir, 'seal'))).toEqual(['demo-seal.p12']);
  });
});

describe('the PKCS#12 seal', () => {
  it('seals with a configured P12 (not the demo one): its name, serial, qualified statements and chain', async () => {
    const file = path.join(tmp, 'seal.p12');
    const { serial, caDer } = qualifiedTestP12(file, 'parolă-test');
    configure({ DATA_DIR: path.join(tmp, 'p12-data'), SEAL_P12_PATH: file, SEAL_P12_PASSWORD: 'parolă-test' });

    expect(await sealIdentity()).toEqual({ sealedBy: 'Sigiliu de test P12 — Roman', certSerial: serial, qualified: true });
    const sealed = await sealPdf(await receipt(), META);
    expect(sealed).toMatchObject({ sealedBy: 'Sigiliu de test P12 — Roman', qualified: true });
    const [signature] = await pdfsig(sealed.bytes);
    expect(signature).toMatchObject({ commonName: 'Sigiliu de test P12 — Roman', validation: 'Signature is Valid.' });
    // The demo seal was not touched.
    expect(fs.existsSync(demoSealPath(env().dataDir))).toBe(false);
    // The issuing CA travels in the signature.
    const text = Buffer.from(sealed.bytes).toString('latin1');
    const contents = [...text.matchAll(/\/Contents\s*<([0-9a-fA-F]+)>/g)].at(-1)![1]!;
    expect(contents.toUpperCase()).toContain(caDer.toString('hex').toUpperCase());
  });

  it('fails clearly on a wrong password, an unreadable file, a lone setting and an absent remote provider', async () => {
    const file = path.join(tmp, 'seal-wrong.p12');
    qualifiedTestP12(file, 'right');
    // At start: the configuration does not parse.
    expect(() => parseEnv({ SEAL_P12_PATH: file, SEAL_P12_PASSWORD: 'wrong' })).toThrow(
      /SEAL_P12_PASSWORD: SEAL_P12_PATH .*seal-wrong\.p12 cannot be opened as a PKCS#12 seal certificate with the given password/,
    );
    configure({ SEAL_P12_PATH: file, SEAL_P12_PASSWORD: 'wrong' });
    await expect(sealIdentity()).rejects.toThrow(EnvError);
    // The signer itself refuses too (a file replaced after the start).
    await expect(p12Signer(fs.readFileSync(file), 'wrong', 'the file')).rejects.toThrow(SealConfigError);

    expect(() => parseEnv({ SEAL_P12_PATH: path.join(tmp, 'missing.p12'), SEAL_P12_PASSWORD: 'x' })).toThrow(/SEAL_P12_PATH .*missing\.p12 is not a readable file/);
    expect(() => parseEnv({ SEAL_P12_PATH: file })).toThrow(/SEAL_P12_PASSWORD is required with SEAL_P12_PATH/);
    expect(() => parseEnv({ SEAL_P12_PASSWORD: 'x' })).toThrow(/SEAL_P12_PATH is required with SEAL_P12_PASSWORD/);
    expect(() => parseEnv({ SEAL_PROVIDER: 'remote' })).toThrow(EnvError);
    expect(() => parseEnv({ SEAL_PROVIDER: 'remote' })).toThrow(/SEAL_PROVIDER=remote needs a remote signing provider, and this build has none/);
    expect(parseEnv({}).seal).toEqual({ provider: 'demo', p12: null, tsaUrl: null });
    expect(parseEnv({ SEAL_P12_PATH: file, SEAL_P12_PASSWORD: 'right' }).seal).toMatchObject({ provider: 'p12', p12: { path: file, password: 'right' } });
  });

  it('refuses to seal with an expired certificate', async () => {
    const file = path.join(tmp, 'seal-expired.p12');
    qualifiedTestP12(file, 'pw', new Date(Date.now() - 3_600_000));
    configure({ SEAL_P12_PATH: file, SEAL_P12_PASSWORD: 'pw' });
    await expect(sealPdf(await receipt(), META)).rejects.toThrow(/is not valid on .*renew it/);
  });
});

describe('detached seals of data', () => {
  it('sealData and verifySealedData round trip; a changed byte or another signer does not verify', async () => {
    const digest = new TextEncoder().encode('2026-12-07 1..42 3f9a0c');
    const { cms, sealedBy, certificatePem } = await sealData(digest);
    expect(sealedBy).toBe(DEMO_SEAL_NAME);
    expect(certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----\n$/);
    expect(await verifySealedData(digest, cms)).toEqual({ valid: true, sealedBy: DEMO_SEAL_NAME });

    const changed = Uint8Array.from(digest);
    changed[3] = changed[3]! ^ 1;
    expect(await verifySealedData(changed, cms)).toEqual({ valid: false, sealedBy: DEMO_SEAL_NAME });

    const brokenCms = Uint8Array.from(cms);
    brokenCms[brokenCms.length - 10] = brokenCms[brokenCms.length - 10]! ^ 0xff; // inside the signature value
    expect((await verifySealedData(digest, brokenCms)).valid).toBe(false);
    expect(await verifySealedData(digest, new Uint8Array([1, 2, 3]))).toEqual({ valid: false, sealedBy: null });

    // Openssl, a verifier other than pkijs, agrees.
    fs.writeFileSync(path.join(tmp, 'digest.bin'), digest);
    fs.writeFileSync(path.join(tmp, 'digest.p7s'), cms);
    const { stderr } = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', path.join(tmp, 'digest.p7s'), '-content', path.join(tmp, 'digest.bin'), '-noverify', '-out', '/dev/null']);
    expect(stderr).toContain('Verification successful');
  });
});

describe('RFC 3161 timestamps', () => {
  it('adds the authority’s token over the signature value, checked against the request', async () => {
    const tsa = await startTsa();
    try {
      configure({ SEAL_TSA_URL: tsa.url });
      const before = new Date(Math.floor(Date.now() / 1000) * 1000);
      const sealed = await sealPdf(await receipt(), META);
      expect(sealed.timestampedAt).toBeInstanceOf(Date);
      expect(sealed.timestampedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
      expect(tsa.requests).toEqual([{ contentType: 'application/timestamp-query', authorization: `Basic ${Buffer.from('tsa-user:s@cret').toString('base64')}` }]);

      const [signature] = await pdfsig(sealed.bytes);
      expect(signature?.validation).toBe('Signature is Valid.');

      const signerInfo = lastSignerInfo(sealed.bytes);
      const attribute = signerInfo.unsignedAttrs?.attributes.find((a) => a.type === OID.timeStampToken);
      expect(attribute).toBeDefined();
      const token = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: attribute!.values[0] }).content });
      expect(await token.verify({ signer: 0, checkChain: false, data: Uint8Array.from(signerInfo.signature.valueBlock.valueHexView).buffer })).toBe(true);
      const info = pkijs.TSTInfo.fromBER(token.encapContentInfo.eContent!.getValue());
      const imprint = crypto.createHash('sha256').update(signerInfo.signature.valueBlock.valueHexView).digest();
      expect(Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView).equals(imprint)).toBe(true);
      expect(info.genTime.getTime()).toBe(sealed.timestampedAt!.getTime());

      // The audit seals are timestamped too.
      const { cms } = await sealData(new Uint8Array([7, 7, 7]));
      expect(readSignedData(cms).signerInfos[0]!.unsignedAttrs?.attributes.map((a) => a.type)).toEqual([OID.timeStampToken]);
    } finally {
      await tsa.stop();
    }
  });

  it('does not seal with a token that answers another request, a refusal or an authority that is down', async () => {
    for (const misbehave of ['wrong-nonce', 'rejection'] as const) {
      const tsa = await startTsa(misbehave);
      try {
        configure({ SEAL_TSA_URL: tsa.url });
        expect(await appErrorCode(sealPdf(await receipt(), META))).toBe('seal.timestampUnavailable');
        expect(tsa.requests).toHaveLength(1);
      } finally {
        await tsa.stop();
      }
    }
    const down = await startTsa();
    await down.stop();
    configure({ SEAL_TSA_URL: down.url });
    expect(await appErrorCode(sealPdf(await receipt(), META))).toBe('seal.timestampUnavailable');
  });
});
