/**
 * RFC 3161 timestamps: the seal's signature value is sent (as its SHA-256) to the configured
 * timestamp authority (SEAL_TSA_URL), which returns a token it signed with the time; the token
 * becomes the signature's id-aa-timeStampToken attribute (PAdES B-T), so the sealing time no
 * longer rests on the portal's clock. The reply is checked before it is used: status granted,
 * the same hash and nonce, and a signature that verifies with the TSA certificate it carries.
 */
import crypto from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID, sha256 } from '@/lib/seal/cms';

export class TimestampError extends Error {}

const TIMEOUT_MS = 20_000;

export async function requestTimestamp(tsaUrl: string, imprintOf: Uint8Array): Promise<{ token: pkijs.ContentInfo; genTime: Date }> {
  const hashed = await sha256(imprintOf);
  const nonceBytes = crypto.randomBytes(8);
  nonceBytes[0]! &= 0x7f; // positive
  const nonce = new asn1js.Integer({ valueHex: Uint8Array.from(nonceBytes).buffer });
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: Uint8Array.from(hashed).buffer }),
    }),
    nonce,
    certReq: true,
  });

  // fetch() refuses URLs with credentials: they travel as HTTP Basic authentication instead.
  const url = new URL(tsaUrl);
  const headers: Record<string, string> = { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' };
  if (url.username || url.password) {
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  let reply: ArrayBuffer;
  try {
    const response = await fetch(url, { method: 'POST', headers, body: Buffer.from(request.toSchema().toBER(false)), signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new TimestampError(`the timestamp authority answered HTTP ${response.status}`);
    reply = await response.arrayBuffer();
  } catch (error) {
    if (error instanceof TimestampError) throw error;
    throw new TimestampError(`the timestamp authority ${url.host} cannot be reached (${error instanceof Error ? error.message : String(error)})`);
  }

  let response: pkijs.TimeStampResp;
  try {
    response = pkijs.TimeStampResp.fromBER(reply);
  } catch {
    throw new TimestampError('the timestamp authority answered something that is not a TimeStampResp');
  }
  const status = response.status.status;
  // 0 granted, 1 granted with modifications.
  if ((status !== 0 && status !== 1) || !response.timeStampToken) {
    const text = response.status.statusStrings?.map((s) => s.valueBlock.value).join('; ');
    throw new TimestampError(`the timestamp authority refused the request (status ${status}${text ? `: ${text}` : ''})`);
  }
  const token = response.timeStampToken;
  const signedData = new pkijs.SignedData({ schema: token.content });
  if (signedData.encapContentInfo.eContentType !== OID.tstInfo || !signedData.encapContentInfo.eContent) throw new TimestampError('the timestamp token carries no TSTInfo');
  const info = pkijs.TSTInfo.fromBER(signedData.encapContentInfo.eContent.getValue());
  const imprint = new Uint8Array(info.messageImprint.hashedMessage.valueBlock.valueHexView);
  if (info.messageImprint.hashAlgorithm.algorithmId !== OID.sha256 || !Buffer.from(imprint).equals(Buffer.from(hashed))) {
    throw new TimestampError('the timestamp token is for another hash');
  }
  if (!info.nonce || !info.nonce.isEqual(nonce)) throw new TimestampError('the timestamp token does not answer this request (nonce)');
  let verified = false;
  try {
    // pkijs checks the TSTInfo's imprint against the data too.
    verified = await signedData.verify({ signer: 0, checkChain: false, data: Uint8Array.from(imprintOf).buffer });
  } catch {
    verified = false;
  }
  if (!verified) throw new TimestampError('the timestamp token signature does not verify');
  return { token, genTime: info.genTime };
}
