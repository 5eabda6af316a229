/**
 * Issuing documents with legal effect, against the real PostgreSQL and S3-compatible server: what
 * is stored, downloaded and recorded are the same sealed bytes; an independent verifier (pdfsig)
 * accepts them; the QR code leads to the document's verification page; the clerk's own PDF is
 * stamped and sealed in place; the proof of registration is issued once.
 */
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { confirmUpload, startStaffUpload } from '@/lib/documents/uploads';
import { formatVerificationCode } from '@/lib/issued/codes';
import { verificationUrl } from '@/lib/issued/issue';
import { receiptKey, receiptWithAccessCode, storedReceipt } from '@/lib/issued/receipt';
import { approveRequest, rejectRequest, takeRequest, type TStaffContext } from '@/lib/requests/commands/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import { DEMO_SEAL_NAME } from '@/lib/seal/signers/demo';
import { getMunicipality } from '@/lib/settings/settings';
import type { TStorage } from '@/lib/storage';
import { pdfPageTexts, pdfsig } from '../support/pdf';
import { scanPdfQrCodes } from '../support/qr';
import { createApplicant, post, readyDraft, staffPdf, useRequestWorld, type TRequestWorld } from './request-fixtures';

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const VALID = { commonName: DEMO_SEAL_NAME, validation: 'Signature is Valid.', total: true, subFilter: 'ETSI.CAdES.detached' };

describe('issued documents', () => {
  let database: TRequestWorld['database'];
  let storage: TStorage;
  let clerk: TStaffContext;
  useRequestWorld((world) => ({ database, storage, clerk } = world));

  async function inReview() {
    const applicant = await createApplicant(database.prisma);
    const requestId = await readyDraft(applicant, storage);
    await submitRequest(applicant, requestId);
    const filed = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { version: true } });
    const { version } = await takeRequest(clerk, { requestId, version: filed.version });
    const { registrationNumber, submittedAt } = await database.prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId }, select: { registrationNumber: true, submittedAt: true } });
    return { applicant, requestId, version, registrationNumber: registrationNumber!, submittedAt: submittedAt! };
  }

  const issuedOf = (requestId: string) =>
    database.prisma.issuedDocument.findMany({ where: { requestId }, orderBy: { createdAt: 'asc' }, include: { document: { select: { id: true, storageKey: true, sha256: true, sizeBytes: true, eventId: true, fileName: true } } } });

  it('a generated approval: sealed, the same bytes stored, recorded and downloaded, valid for pdfsig, broken by one changed byte, its QR leads to its page', async () => {
    const { requestId, version, registrationNumber } = await inReview();
    await approveRequest(clerk, { requestId, version, body: 'Nu figurați cu datorii la bugetul local.', documentIds: [] });

    const [issued, ...others] = await issuedOf(requestId);
    expect(others).toEqual([]);
    expect(issued).toMatchObject({ kind: 'APPROVAL', registrationNumber, sealedBy: DEMO_SEAL_NAME, sealQualified: false, issuedById: clerk.user.id });
    expect(issued!.templateVersionId).not.toBeNull(); // the demo service's seeded approval template
    const document = issued!.document!;
    expect(document.eventId).not.toBeNull();
    expect(document.fileName).toBe(`raspuns-${registrationNumber}.pdf`);
    expect(issued!.storageKey).toBe(document.storageKey);

    const bytes = await storage.get(document.storageKey);
    expect(sha256(bytes)).toBe(issued!.sha256);
    expect(document.sha256).toBe(issued!.sha256);
    expect(document.sizeBytes).toBe(bytes.length);
    expect(issued!.sizeBytes).toBe(bytes.length);
    expect(issued!.unsealedSizeBytes).toBeLessThan(bytes.length);

    expect(await pdfsig(bytes)).toEqual([VALID]);
    const text = (await pdfPageTexts(bytes)).join('\n');
    const code = formatVerificationCode(issued!.code);
    expect(text).toContain(registrationNumber);
    expect(text).toContain('Ion Vasilescu');
    expect(text).toContain('Nu figurați cu datorii la bugetul local.');
    expect(text).toContain(code);
    expect(await scanPdfQrCodes(bytes)).toContain(verificationUrl(issued!.code));
    expect(verificationUrl(issued!.code)).toMatch(new RegExp(`/verify/${code}$`));

    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf(registrationNumber);
    expect(at).toBeGreaterThan(0);
    tampered[at] = tampered[at] === 0x52 ? 0x53 : 0x52;
    const [report] = await pdfsig(tampered);
    expect(report?.validation).not.toBe('Signature is Valid.');
  });

  it('a generated refusal is sealed as a refusal', async () => {
    const { requestId, version } = await inReview();
    await rejectRequest(clerk, { requestId, version, body: 'Cererea privește alt contribuabil.' });
    const [issued] = await issuedOf(requestId);
    expect(issued?.kind).toBe('REFUSAL');
    expect(await pdfsig(await storage.get(issued!.storageKey!))).toEqual([VALID]);
  });

  it("the clerk's own PDF is stamped with its code and sealed in place, the unsealed copy removed; an image goes as it is", async () => {
    const { requestId, version } = await inReview();
    const pdfId = await staffPdf(clerk, requestId, storage);
    const unsealedKey = (await database.prisma.document.findUniqueOrThrow({ where: { id: pdfId } })).storageKey;
    const image = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(2048)]);
    const started = await startStaffUpload(clerk.user, { requestId, purpose: 'RESPONSE', fileName: 'plan.jpg', contentType: 'image/jpeg', sizeBytes: image.length }, storage);
    await post(started, image, 'image/jpeg');
    await confirmUpload(clerk.user, started.documentId, storage);

    await approveRequest(clerk, { requestId, version, body: 'Certificatul este atașat.', documentIds: [pdfId, started.documentId] });

    const issued = await issuedOf(requestId);
    expect(issued.map((i) => [i.kind, i.documentId])).toEqual([['APPROVAL', pdfId]]);
    const document = issued[0]!.document!;
    expect(document.storageKey).not.toBe(unsealedKey);
    expect(await storage.head(unsealedKey)).toBeNull();
    const bytes = await storage.get(document.storageKey);
    expect(sha256(bytes)).toBe(document.sha256);
    expect(await pdfsig(bytes)).toEqual([VALID]);
    const pages = await pdfPageTexts(bytes);
    expect(pages.at(-1)).toContain(`Cod de verificare: ${formatVerificationCode(issued[0]!.code)}`);
    expect(await scanPdfQrCodes(bytes)).toEqual([verificationUrl(issued[0]!.code)]);

    // The image is sent with the approval, unchanged.
    const jpeg = await database.prisma.document.findUniqueOrThrow({ where: { id: started.documentId } });
    expect(jpeg.eventId).toBe(document.eventId);
    expect(Buffer.from(await storage.get(jpeg.storageKey)).equals(image)).toBe(true);
  });

  it('the proof of registration is issued once per request and language, even for two first downloads at once; with the access code it is sealed, not stored', async () => {
    const { requestId, registrationNumber, submittedAt } = await inReview();
    const request = { id: requestId, registrationNumber, submittedAt };
    const data = (locale: 'ro' | 'en') => ({
      locale,
      municipality: null as never,
      registrationNumber,
      submittedAt,
      dueAt: new Date(submittedAt.getTime() + 30 * 86_400_000),
      serviceTitle: 'Certificat de atestare fiscală',
      departmentName: 'Direcția Impozite și Taxe Locale',
      applicant: { name: 'Ion Vasilescu', idNumber: '1900101270011', email: 'ion@example.ro' },
      answers: [],
      documents: [],
      statusUrl: `http://localhost:3000/requests/${requestId}`,
      lookupUrl: 'http://localhost:3000/status',
    });
    const municipality = await getMunicipality();
    const ro = { ...data('ro'), municipality };

    const [first, second] = await Promise.all([storedReceipt(request, ro), storedReceipt(request, ro)]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const again = await storedReceipt(request, ro);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    let receipts = (await issuedOf(requestId)).filter((i) => i.kind === 'RECEIPT');
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.storageKey).toBe(receiptKey(requestId, 'ro'));
    expect(receipts[0]!.sha256).toBe(sha256(first));
    expect(await pdfsig(first)).toEqual([VALID]);
    expect(await scanPdfQrCodes(first)).toEqual([verificationUrl(receipts[0]!.code)]);

    await storedReceipt(request, { ...data('en'), municipality });
    const withCode = await receiptWithAccessCode(request, { ...ro, accessCode: 'K7M2-QX9P' });
    expect((await pdfPageTexts(withCode)).join('\n')).toContain('K7M2-QX9P');
    receipts = (await issuedOf(requestId)).filter((i) => i.kind === 'RECEIPT');
    expect(receipts.map((r) => r.storageKey)).toEqual([receiptKey(requestId, 'ro'), receiptKey(requestId, 'en'), null]);
    expect(receipts[2]!.sha256).toBe(sha256(withCode));
    expect(await pdfsig(withCode)).toEqual([VALID]);
  });
});
