/**
 * What the portal reads from a seal certificate (X.509, parsed with pkijs): who it names, its
 * serial number, whether it says it is a qualified seal, and whether it is valid now.
 */
import * as pkijs from 'pkijs';

const OID = {
  commonName: '2.5.4.3',
  organizationName: '2.5.4.10',
  qcStatements: '1.3.6.1.5.5.7.1.3',
  /** ETSI EN 319 412-5: the certificate is an EU qualified certificate. */
  qcCompliance: '0.4.0.1862.1.1',
  /** ETSI EN 319 412-5: the private key is in a qualified signature/seal creation device. */
  qcSscd: '0.4.0.1862.1.4',
};

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(Uint8Array.from(der));
}

function nameAttribute(certificate: pkijs.Certificate, type: string): string | null {
  const value = certificate.subject.typesAndValues.find((t) => t.type === type)?.value;
  return value ? String(value.valueBlock.value) : null;
}

/** The subject's common name (the seal's name shown as "sealed by"), else its organization. */
export function certificateName(certificate: pkijs.Certificate): string {
  return nameAttribute(certificate, OID.commonName) ?? nameAttribute(certificate, OID.organizationName) ?? 'necunoscut';
}

/** Upper-case hexadecimal, as certificate viewers print it. */
export function certificateSerial(certificate: pkijs.Certificate): string {
  return Buffer.from(certificate.serialNumber.valueBlock.valueHexView).toString('hex').toUpperCase();
}

/**
 * A qualified electronic seal needs a qualified certificate whose key is in a qualified creation
 * device; the certificate says both in its QCStatements (QcCompliance and QcSSCD). A certificate
 * without them (the demo seal, a test certificate) is an advanced seal at most.
 */
export function isQualifiedSealCertificate(certificate: pkijs.Certificate): boolean {
  const extension = certificate.extensions?.find((e) => e.extnID === OID.qcStatements);
  if (!extension) return false;
  try {
    const statements = (extension.parsedValue as pkijs.QCStatements | undefined) ?? pkijs.QCStatements.fromBER(Uint8Array.from(extension.extnValue.valueBlock.valueHexView));
    const ids = new Set(statements.values.map((s) => s.id));
    return ids.has(OID.qcCompliance) && ids.has(OID.qcSscd);
  } catch {
    return false;
  }
}

export function certificateValidAt(certificate: pkijs.Certificate, at: Date): boolean {
  return certificate.notBefore.value.getTime() <= at.getTime() && at.getTime() <= certificate.notAfter.value.getTime();
}

export function certificatePem(der: Uint8Array): string {
  const base64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`;
}
