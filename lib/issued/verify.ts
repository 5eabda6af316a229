/**
 * "Verificarea documentelor", for anyone holding a paper or a file the city hall issued: by the
 * verification code printed on it (and in its QR code), or by the SHA-256 of the file, which the
 * browser computes (the file itself never leaves the visitor's computer). The answer carries only
 * what the document itself shows anyway: what it is, its registration number and date, the seal.
 * Never the applicant, their CNP, email or answers, nor the request's id.
 *
 * Both ways are public, so both are counted per client IP (LIMITS.verifyIp): codes are random
 * (about 60 bits) and hashes unguessable, the limit only keeps scrapers and floods away.
 */
import 'server-only';
import { consumeLimit } from '@/lib/auth/rate-limit';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { IssuedDocumentKind } from '@/lib/generated/prisma/client';
import { formatVerificationCode, isVerificationCode, normalizeVerificationCode } from '@/lib/issued/codes';

/** The public facts of an issued document. */
export type TIssuedFacts = {
  /** Formatted, "7KQ2-M9XP-4TRA". */
  code: string;
  kind: IssuedDocumentKind;
  registrationNumber: string;
  registeredAt: Date;
  sealedBy: string;
  /** False for the local demo certificate (or any certificate that is not qualified). */
  sealQualified: boolean;
  sealedAt: Date;
  timestampedAt: Date | null;
  /** Of the sealed bytes, the ones issued. */
  sha256: string;
};

export type TFileCheck =
  /** The file is one the city hall issued (no code given). */
  | { status: 'authentic'; facts: TIssuedFacts }
  /** Compared against the document of the code given: the same bytes, or not. */
  | { status: 'identical' | 'different'; facts: TIssuedFacts }
  /** No issued document has this hash (or the code given is unknown). */
  | { status: 'unknown' };

// Only these columns are ever read: nothing personal can leak through a later `include`.
const PUBLIC_SELECT = {
  code: true,
  kind: true,
  registrationNumber: true,
  registeredAt: true,
  sealedBy: true,
  sealQualified: true,
  sealedAt: true,
  timestampedAt: true,
  sha256: true,
} as const;

type TRow = { code: string; kind: IssuedDocumentKind; registrationNumber: string; registeredAt: Date; sealedBy: string; sealQualified: boolean; sealedAt: Date; timestampedAt: Date | null; sha256: string };

const factsOf = (row: TRow): TIssuedFacts => ({ ...row, code: formatVerificationCode(row.code) });

/** The issued document with this code, as typed (any case, dashes or spaces); null when there is none or it is not a code. */
export async function findIssuedByCode(code: string): Promise<TIssuedFacts | null> {
  const normalized = normalizeVerificationCode(code);
  if (!isVerificationCode(normalized)) return null;
  const row = await db.issuedDocument.findUnique({ where: { code: normalized }, select: PUBLIC_SELECT });
  return row ? factsOf(row) : null;
}

/** The issued document whose sealed bytes have this SHA-256 (hex); the first issued if, improbably, two do. */
export async function findIssuedByHash(sha256: string): Promise<TIssuedFacts | null> {
  const hash = sha256.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hash)) return null;
  const row = await db.issuedDocument.findFirst({ where: { sha256: hash }, select: PUBLIC_SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return row ? factsOf(row) : null;
}

/** Counts one verification from this client; throws `verify.rateLimited` (with the wait) past the limit. */
export async function countVerification(ip: string): Promise<void> {
  const state = await consumeLimit('verifyIp', ip);
  if (!state.ok) throw new AppError('verify.rateLimited', { retryAfterSeconds: state.retryAfterSeconds });
}

/**
 * A dropped file's hash: whether the city hall issued it, or, with the code of the document it
 * should be, whether it is that document byte for byte. Counted before anything is looked up.
 */
export async function checkFile({ sha256, code }: { sha256: string; code?: string }, { ip }: { ip: string }): Promise<TFileCheck> {
  await countVerification(ip);
  if (code) {
    const facts = await findIssuedByCode(code);
    if (!facts) return { status: 'unknown' };
    return { status: facts.sha256 === sha256.toLowerCase() ? 'identical' : 'different', facts };
  }
  const facts = await findIssuedByHash(sha256);
  return facts ? { status: 'authentic', facts } : { status: 'unknown' };
}

/** What /verify/<code> shows: the document, none, or "too many checks" (the page is public and counted too). */
export type TCodePage = { status: 'found'; facts: TIssuedFacts } | { status: 'unknown' } | { status: 'rateLimited'; retryAfterSeconds: number };

export async function verifyCodePage(code: string, { ip }: { ip: string }): Promise<TCodePage> {
  const state = await consumeLimit('verifyIp', ip);
  if (!state.ok) return { status: 'rateLimited', retryAfterSeconds: state.retryAfterSeconds };
  const facts = await findIssuedByCode(code);
  return facts ? { status: 'found', facts } : { status: 'unknown' };
}
