/**
 * `npm run bench:submit`: server-side time of submitting a request (the work behind the submit
 * action: lock, validation, registration number, assignment, event, notification, email outbox and
 * job), median and p90 of 20, against embedded PostgreSQL and S3 under .data/bench-submit. Each
 * request is a real draft of the fiscal certificate with an uploaded, confirmed PDF.
 * A benchmark, not a test: it prints numbers and asserts nothing.
 */
import '@/lib/cli/server-only-shim';
import fs from 'node:fs';
import path from 'node:path';
import { measure } from './measure';

process.env.DATA_DIR ??= '.data/bench-submit';
process.env.EMBEDDED_PG_PORT ??= '54371';
process.env.EMBEDDED_S3_PORT ??= '4591';

const RUNS = 20;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);

async function main() {
  fs.rmSync(path.resolve(process.env.DATA_DIR as string), { recursive: true, force: true });
  const { startServices } = await import('@/lib/cli/services');
  const services = await startServices();
  try {
    const [{ applyMigrations }, { db }, { seedDemo }, { saveDraft }, { ZSaveDraftSchema }, uploads, { submitRequest }, { closeQueueClient }, { getStorage }] = await Promise.all([
      import('@/lib/db/migrate'),
      import('@/lib/db'),
      import('@/prisma/seed'),
      import('@/lib/requests/commands/drafts'),
      import('@/lib/requests/schemas/applicant'),
      import('@/lib/documents/uploads'),
      import('@/lib/requests/commands/submit'),
      import('@/lib/jobs/queue'),
      import('@/lib/storage'),
    ]);
    await applyMigrations(process.env.DATABASE_URL as string);
    await seedDemo(db);
    await getStorage().ensureBucket();

    const drafts: { user: { id: string; email: string; accountType: 'PERSON'; locale: 'ro' }; requestId: string }[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const email = `bench${i}@exemplu.ro`;
      const created = await db.user.create({
        data: { email, status: 'ACTIVE', accountType: 'PERSON', personProfile: { create: { firstName: 'Ion', lastName: `Bench${i}`, cnp: '1800101270018' } } },
      });
      const user = { id: created.id, email, accountType: 'PERSON' as const, locale: 'ro' as const };
      const { requestId } = await saveDraft(
        user,
        ZSaveDraftSchema.parse({
          serviceSlug: 'certificat-atestare-fiscala-persoane-fizice',
          draftKey: crypto.randomUUID(),
          answers: {
            fullName: `Ion Bench${i}`,
            cnp: '1800101270018',
            address: { county: 'Neamț', locality: 'Roman', street: 'Strada Ștefan cel Mare', number: '10', postalCode: '611001' },
            email,
            purpose: 'banca',
            declaration: true,
          },
        }),
      );
      const started = await uploads.startUpload(user, { requestId, requirementKey: 'identityDocument', fileName: 'act.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
      const form = new FormData();
      for (const [key, value] of Object.entries(started.fields)) form.append(key, value);
      form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'act.pdf');
      await fetch(started.url, { method: 'POST', body: form });
      await uploads.confirmUpload(user, started.documentId);
      drafts.push({ user, requestId });
    }

    // The warm-up submits drafts[0]; run i submits drafts[i + 1].
    await measure('submit request (server side)', (i) => submitRequest(drafts[i + 1]!.user, drafts[i + 1]!.requestId), RUNS);
    await closeQueueClient();
    await db.$disconnect();
  } finally {
    await services.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
