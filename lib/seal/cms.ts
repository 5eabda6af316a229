/**
 * The CMS SignedData of a seal (RFC 5652), built with pkijs/asn1js: detached (the signed bytes are
 * not inside), SHA-256, the seal certificate and its chain embedded, and the CAdES signed
 * attributes that PAdES baseline (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached) asks for:
 * content-type, message-digest and the ESS signing-certificate-v2 that binds the signature to its
 * certificate. No signing-time for PDFs: there the time is the signature dictionary's /M (and a
 * timestamp, when a TSA is configured, is an unsigned id-aa-timeStampToken attribute over the
 * signature value).
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { certificateName, parseCertificate } from '@/lib/seal/certificate';
import type { TSealSigner } from '@/lib/seal/signers/signer';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
};

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', Uint8Array.from(bytes)));
}

const arrayBuffer = (bytes: Uint8Array): ArrayBuffer => Uint8Array.from(bytes).buffer;

/** A timestamp token over the signature value (lib/seal/tsa.ts). */
export type TTimestamper = (signatureValue: Uint8Array) => Promise<{ token: pkijs.ContentInfo; genTime: Date }>;

/** ESS SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } (RFC 5035); SHA-256 is the default hash, so it is left out. */
async function signingCertificateV2(certificateDer: Uint8Array, certificate: pkijs.Certificate): Promise<asn1js.Sequence> {
  const issuerSerial = new pkijs.IssuerSerial({
    issuer: new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })] }),
    serialNumber: certificate.serialNumber,
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: arrayBuffer(await sha256(certificateDer)) }), issuerSerial.toSchema()] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/** DER orders a SET OF by the encodings of its elements. */
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((attribute) => ({ attribute, der: Buffer.from(attribute.toSchema().toBER(false)) }));
  return encoded.sort((a, b) => Buffer.compare(a.der, b.der)).map((e) => e.attribute);
}

/** A detached CMS SignedData over `data`; with `timestamp`, the token is added to the signer info. */
export async function buildDetachedCms(
  signer: TSealSigner,
  data: Uint8Array,
  options: { signingTime?: Date; timestamp?: TTimestamper } = {},
): Promise<{ cms: Uint8Array; genTime: Date | null }> {
  const [ownDer] = signer.certificates;
  if (!ownDer) throw new Error('the seal signer has no certificate');
  const certificates = signer.certificates.map(parseCertificate);
  const certificate = parseCertificate(ownDer);
  const sha256Algorithm = () => new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 });

  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: arrayBuffer(await sha256(data)) })] }),
    new pkijs.Attribute({ type: OID.signingCertificateV2, values: [await signingCertificateV2(ownDer, certificate)] }),
  ];
  if (options.signingTime) attributes.push(new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: options.signingTime })] }));

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: sha256Algorithm(),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: derSorted(attributes) }),
    signatureAlgorithm:
      signer.algorithm === 'ECDSA'
        ? new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSHA256 })
        : new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256WithRSAEncryption, algorithmParams: new asn1js.Null() }),
  });
  // The signature covers the signed attributes with their SET tag (RFC 5652 §5.4), not the [0] they carry in SignerInfo.
  const toBeSigned = new Uint8Array(signerInfo.signedAttrs!.toSchema().toBER(false));
  toBeSigned[0] = 0x31;
  const signature = await signer.sign(toBeSigned);
  signerInfo.signature = new asn1js.OctetString({ valueHex: arrayBuffer(signature) });

  let genTime: Date | null = null;
  if (options.timestamp) {
    const stamped = await options.timestamp(signature);
    genTime = stamped.genTime;
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: OID.timeStampToken, values: [stamped.token.toSchema()] })],
    });
  }

  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [sha256Algorithm()],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates,
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return { cms: new Uint8Array(contentInfo.toSchema().toBER(false)), genTime };
}

export function readSignedData(cms: Uint8Array): pkijs.SignedData {
  const contentInfo = pkijs.ContentInfo.fromBER(arrayBuffer(cms));
  if (contentInfo.contentType !== OID.signedData) throw new Error('not a CMS SignedData');
  return new pkijs.SignedData({ schema: contentInfo.content });
}

/** Checks a detached CMS over `data` with the certificate it carries (the chain is not judged here). */
export async function verifyDetachedCms(data: Uint8Array, cms: Uint8Array): Promise<{ valid: boolean; sealedBy: string | null }> {
  let signedData: pkijs.SignedData;
  try {
    signedData = readSignedData(cms);
  } catch {
    return { valid: false, sealedBy: null };
  }
  const signerCertificate = () => {
    const sid = signedData.signerInfos[0]?.sid;
    const found = signedData.certificates?.find(
      (c): c is pkijs.Certificate => c instanceof pkijs.Certificate && sid instanceof pkijs.IssuerAndSerialNumber && c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer),
    );
    return found ? certificateName(found) : null;
  };
  try {
    const result = await signedData.verify({ signer: 0, data: arrayBuffer(data), checkChain: false, extendedMode: true });
    return { valid: result.signatureVerified === true, sealedBy: result.signerCertificate ? certificateName(result.signerCertificate) : signerCertificate() };
  } catch {
    return { valid: false, sealedBy: signerCertificate() };
  }
}
