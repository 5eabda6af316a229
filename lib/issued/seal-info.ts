/**
 * What a request page says next to an issued document: sealed by whom and when, whether the
 * certificate is the demo one, and the code of its /verify page. Read with the document (one join),
 * never per document.
 */
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatVerificationCode } from '@/lib/issued/codes';

export const ISSUED_SEAL_SELECT = {
  code: true,
  sealedBy: true,
  sealedAt: true,
  sealQualified: true,
  timestampedAt: true,
  sha256: true,
} satisfies Prisma.IssuedDocumentSelect;

export type TIssuedSeal = Prisma.IssuedDocumentGetPayload<{ select: typeof ISSUED_SEAL_SELECT }>;

/** The seal as the timeline shows it: the code printed as on the document. */
export function sealInfo(issued: TIssuedSeal | null | undefined) {
  if (!issued) return null;
  const code = formatVerificationCode(issued.code);
  return { ...issued, code, verifyHref: `/verify/${code}` };
}
