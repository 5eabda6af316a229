/**
 * The city hall's electronic seal: every document the portal issues is sealed (PAdES, the CMS
 * embedded in the PDF with the seal certificate), and the audit log's daily digests are sealed as
 * detached CMS. The key comes from lib/seal/signers (a PKCS#12 file, a remote provider, or the
 * demo seal); a configured RFC 3161 timestamp authority (SEAL_TSA_URL) timestamps each signature.
 */
import 'server-only';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { certificatePem } from '@/lib/seal/certificate';
import { buildDetachedCms, verifyDetachedCms, type TTimestamper } from '@/lib/seal/cms';
import { isPlaceholderTooSmall, signPdf } from '@/lib/seal/pdf';
import { getSealSigner } from '@/lib/seal/signers';
import type { TSealSigner } from '@/lib/seal/signers/signer';
import { requestTimestamp, TimestampError } from '@/lib/seal/tsa';

export type TSealMeta = { reason: string; location: string; contactInfo: string; name: string };
export type TSealResult = { bytes: Uint8Array; sealedBy: string; certSerial: string; qualified: boolean; sealedAt: Date; timestampedAt: Date | null };

/** Room for the signature value and the signed attributes beyond the certificates. */
const CMS_OVERHEAD = 2048;
/** Room for a timestamp token (its own signature, TSTInfo and usually the TSA's certificate chain). */
const TIMESTAMP_ROOM = 12_288;

function timestamper(): TTimestamper | undefined {
  const url = env().seal.tsaUrl;
  if (!url) return undefined;
  return async (signature) => {
    try {
      return await requestTimestamp(url, signature);
    } catch (error) {
      if (!(error instanceof TimestampError)) throw error;
      // Sealing waits for the timestamp rather than issuing a document without the one configured.
      console.error(`[seal] timestamp failed: ${error.message}`);
      throw new AppError('seal.timestampUnavailable');
    }
  };
}

function placeholderSize(signer: TSealSigner, timestamped: boolean): number {
  const certificates = signer.certificates.reduce((sum, c) => sum + c.length, 0);
  const size = certificates + CMS_OVERHEAD + (timestamped ? TIMESTAMP_ROOM : 0);
  return Math.ceil(size / 1024) * 1024;
}

/**
 * Seals a PDF (the portal's own or a clerk's upload; one that already carries signatures keeps
 * them). Throws AppError `seal.unreadablePdf`, `seal.encryptedPdf`, `seal.signedPdfUnsupported`,
 * `seal.timestampUnavailable`.
 */
export async function sealPdf(pdf: Uint8Array, meta: TSealMeta): Promise<TSealResult> {
  const signer = await getSealSigner();
  const timestamp = timestamper();
  const sealedAt = new Date();
  let timestampedAt: Date | null = null;
  let cmsLength = 0;
  const cmsFor = async (signedBytes: Uint8Array) => {
    const { cms, genTime } = await buildDetachedCms(signer, signedBytes, { timestamp });
    timestampedAt = genTime;
    cmsLength = cms.length;
    return cms;
  };
  const fields = { reason: meta.reason, location: meta.location, contactInfo: meta.contactInfo, name: meta.name };
  let bytes: Uint8Array;
  try {
    bytes = await signPdf(pdf, fields, { cmsFor, signatureLength: placeholderSize(signer, !!timestamp), signingTime: sealedAt });
  } catch (error) {
    // A TSA that answers with a larger token than foreseen: once more with room for what it sent.
    if (!isPlaceholderTooSmall(error)) throw error;
    bytes = await signPdf(pdf, fields, { cmsFor, signatureLength: Math.ceil((cmsLength + 4096) / 1024) * 1024, signingTime: sealedAt });
  }
  return { bytes, ...signer.identity, sealedAt, timestampedAt };
}

/** A detached CMS over arbitrary bytes (the audit log's daily digest), with signing time and, when configured, a timestamp. */
export async function sealData(data: Uint8Array): Promise<{ cms: Uint8Array; sealedBy: string; certificatePem: string }> {
  const signer = await getSealSigner();
  const { cms } = await buildDetachedCms(signer, data, { signingTime: new Date(), timestamp: timestamper() });
  return { cms, sealedBy: signer.identity.sealedBy, certificatePem: certificatePem(signer.certificates[0]!) };
}

/** Whether `cms` is a valid detached signature of `data`, and the name of its signer. */
export async function verifySealedData(data: Uint8Array, cms: Uint8Array): Promise<{ valid: boolean; sealedBy: string | null }> {
  return verifyDetachedCms(data, cms);
}

/** Who seals in this process (without sealing anything). */
export async function sealIdentity(): Promise<{ sealedBy: string; certSerial: string; qualified: boolean }> {
  const { identity } = await getSealSigner();
  return { ...identity };
}
