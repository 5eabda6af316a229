/** Applicants and ready drafts of the fiscal certificate, for the request tests. */
import crypto from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, expect } from 'vitest';
import { currentTermsVersionIds } from '@/lib/accounts/register';
import { confirmUpload, startStaffUpload, startUpload } from '@/lib/documents/uploads';
import type { TPrismaClient } from '@/lib/db';
import { closeQueueClient } from '@/lib/jobs/queue';
import { saveDraft } from '@/lib/requests/commands/drafts';
import type { TStaffContext } from '@/lib/requests/commands/staff';
import { ZSaveDraftSchema } from '@/lib/requests/schemas/applicant';
import type { TStorage } from '@/lib/storage';
import { seedDemo } from '@/prisma/seed';
import { setupTestBucket, setupTestDatabase, uniqueName } from './support';

export type TRequestWorld = { database: Awaited<ReturnType<typeof setupTestDatabase>>; storage: TStorage; clerk: TStaffContext; admin: TStaffContext };

/** A fresh database with the demo data, a fresh bucket the portal uses, the demo clerk (clerk@demo.local) and administrator (admin@demo.local). */
export async function startRequestWorld(): Promise<TRequestWorld> {
  const database = await setupTestDatabase();
  const storage = await setupTestBucket();
  (globalThis as { portalStorage?: TStorage }).portalStorage = storage;
  await seedDemo(database.prisma);
  const staff = (email: string) => database.prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
  const [clerk, admin] = await Promise.all([staff('clerk@demo.local'), staff('admin@demo.local')]);
  return { database, storage, clerk: { user: clerk }, admin: { user: admin } };
}

/** The demo administrator and clerk as the actors the administration functions take. */
export const adminActors = ({ admin, clerk }: Pick<TRequestWorld, 'admin' | 'clerk'>) => ({
  admin: { id: admin.user.id, role: 'ADMIN' as const },
  clerk: { id: clerk.user.id, role: 'CLERK' as const },
});

export async function stopRequestWorld(world: Pick<TRequestWorld, 'database'> | undefined) {
  await closeQueueClient();
  await world?.database.cleanup();
}

/**
 * Starts a request world before the first test of a file and stops it after the last (`beforeStop`
 * first, for what the file opened besides); `onStart` hands its parts to the file's variables.
 */
export function useRequestWorld(onStart: (world: TRequestWorld) => void, { beforeStop }: { beforeStop?: () => Promise<unknown> } = {}) {
  let world: TRequestWorld | undefined;
  beforeAll(async () => {
    world = await startRequestWorld();
    onStart(world);
  });
  afterAll(async () => {
    await beforeStop?.();
    await stopRequestWorld(world);
  });
}

export const SERVICE = 'certificat-atestare-fiscala-persoane-fizice';
export const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(4096), Buffer.from('\n%%EOF\n')]);

/** A real one-page PDF, as a clerk's answer must be: the portal stamps and seals it. */
export async function answerPdf(text = 'Certificat de atestare fiscala') {
  const doc = await PDFDocument.create();
  doc.addPage().drawText(text, { x: 50, y: 750, size: 14 });
  return Buffer.from(await doc.save());
}

export const VALID_ANSWERS = {
  fullName: 'Ion Vasilescu',
  cnp: '1800101270018',
  address: { county: 'Neamț', locality: 'Roman', street: 'Strada Ștefan cel Mare', number: '10', postalCode: '611001' },
  email: 'ion@example.ro',
  purpose: 'notariat',
  declaration: true,
};

export type TApplicant = { id: string; email: string; accountType: 'PERSON'; locale: 'ro'; role: 'CITIZEN'; displayName: string };

/** POSTs bytes to a presigned upload, as a browser would. */
export async function post(presigned: { url: string; fields: Record<string, string> }, body: Buffer, type: string) {
  const form = new FormData();
  for (const [key, value] of Object.entries(presigned.fields)) form.append(key, value);
  form.append('file', new Blob([new Uint8Array(body)], { type }), 'file');
  const response = await fetch(presigned.url, { method: 'POST', body: form });
  expect(response.status).toBeLessThan(300);
}

export async function createApplicant(prisma: TPrismaClient, passwordHash: string | null = null): Promise<TApplicant> {
  const email = `${uniqueName('u')}@example.ro`;
  // As registration makes it: with the acceptance of the current terms and privacy notice.
  const termsVersionIds = await currentTermsVersionIds(prisma);
  const user = await prisma.user.create({
    data: {
      email,
      passwordHash,
      status: 'ACTIVE',
      accountType: 'PERSON',
      personProfile: { create: { firstName: 'Ion', lastName: 'Vasilescu', cnp: '1800101270018' } },
      termsAcceptances: { create: termsVersionIds.map((termsVersionId) => ({ termsVersionId })) },
    },
  });
  return { id: user.id, email, accountType: 'PERSON', locale: 'ro', role: 'CITIZEN', displayName: 'Ion Vasilescu' };
}

export const draftInput = (answers: Record<string, unknown> = VALID_ANSWERS, requestId?: string, serviceSlug = SERVICE) =>
  ZSaveDraftSchema.parse({ serviceSlug, draftKey: crypto.randomUUID(), requestId, answers });

/** A PDF the applicant uploads through the presigned flow, checked; returns the document's id. */
export async function applicantUpload(
  user: TApplicant,
  { requestId, purpose = 'APPLICANT', requirementKey, fileName = 'dovada.pdf' }: { requestId: string; purpose?: 'APPLICANT' | 'PAYMENT_PROOF'; requirementKey?: string; fileName?: string },
  storage: TStorage,
) {
  const started = await startUpload(user, { requestId, purpose, requirementKey, fileName, contentType: 'application/pdf', sizeBytes: PDF.length }, storage);
  await post(started, PDF, 'application/pdf');
  await confirmUpload(user, started.documentId, storage);
  return started.documentId;
}

/** A response PDF staff upload through the presigned flow, checked; returns the document's id. */
export async function staffPdf(ctx: TStaffContext, requestId: string, storage: TStorage) {
  const pdf = await answerPdf();
  const started = await startStaffUpload(ctx.user, { requestId, purpose: 'RESPONSE', fileName: 'certificat semnat.pdf', contentType: 'application/pdf', sizeBytes: pdf.length }, storage);
  await post(started, pdf, 'application/pdf');
  await confirmUpload(ctx.user, started.documentId, storage);
  return started.documentId;
}

/** A draft with valid answers and a confirmed identity document. */
export async function readyDraft(user: TApplicant, storage: TStorage) {
  const { requestId } = await saveDraft(user, draftInput());
  await applicantUpload(user, { requestId, requirementKey: 'identityDocument', fileName: 'buletin.pdf' }, storage);
  return requestId;
}
