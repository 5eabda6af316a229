/**
 * /verify, public: a document's page (the address its QR code carries) says it is authentic, what
 * it is and its number, and checks a chosen file against it; the form finds a code however it is
 * typed; a file not issued, or an unknown code, is said plainly. The issued document is recorded
 * straight in the e2e database for one of the demo requests, with the hash of the file used here:
 * the page only ever compares hashes (the sealing itself is tests/integration/verify.test.ts's).
 */
import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { formatVerificationCode, newVerificationCode } from '@/lib/issued/codes';
import { sql } from '../fixtures';
import { answerPdf } from '../journeys';
import { expectNoAxeViolations, useLocale } from '../support';

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

/** An approval issued for a filed demo request: its formatted code, its registration number, and the file. */
async function issuedApproval() {
  const [request] = await sql<{ id: string; registrationNumber: string; submittedAt: Date }>(
    `SELECT id, "registrationNumber", "submittedAt" FROM "ServiceRequest" WHERE "registrationNumber" IS NOT NULL AND "submittedAt" IS NOT NULL ORDER BY "submittedAt" LIMIT 1`,
  );
  expect(request, 'a filed demo request').toBeTruthy();
  const bytes = await answerPdf(`Certificat de atestare fiscala ${crypto.randomUUID()}`);
  const code = newVerificationCode();
  await sql(
    `INSERT INTO "IssuedDocument" (id, code, kind, "requestId", "registrationNumber", "registeredAt", sha256, "sizeBytes", "unsealedSizeBytes", "sealedBy", "sealCertSerial", "sealQualified", "sealedAt")
     VALUES ($1, $2, 'APPROVAL', $3, $4, $5, $6, $7, $7, 'DEMO — sigiliu de test, nealificat — Primăria Municipiului Roman', '01', false, now())`,
    [crypto.randomUUID(), code, request!.id, request!.registrationNumber, request!.submittedAt, sha256(bytes), bytes.length],
  );
  return { code: formatVerificationCode(code), raw: code, number: request!.registrationNumber, bytes };
}

/** The same file with one byte changed. */
function changed(bytes: Buffer) {
  const copy = Buffer.from(bytes);
  copy[Math.floor(copy.length / 2)]! ^= 0x01;
  return copy;
}

test("a document's page says it is authentic, and whether a chosen file is the one issued", async ({ page }) => {
  const document = await issuedApproval();
  const response = await page.goto(`/verify/${document.code}`);
  expect(response?.status()).toBe(200);
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Document autentic');
  await expect(main).toContainText('Răspuns favorabil');
  await expect(main).toContainText(document.number);
  await expect(main).toContainText(document.code);
  await expect(main).toContainText(/Sigilat electronic de DEMO — sigiliu de test, nealificat — Primăria Municipiului Roman la \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  await expect(main).toContainText('certificat de test, nealificat');
  await expectNoAxeViolations(page);

  const file = page.getByLabel(/Alegeți fișierul PDF/);
  const answer = page.getByTestId('file-check-result');
  await file.setInputFiles({ name: 'raspuns.pdf', mimeType: 'application/pdf', buffer: document.bytes });
  await expect(answer).toContainText('Fișierul este identic cu cel emis.');
  await expect(answer).toContainText('Fișier verificat: raspuns.pdf');
  await file.setInputFiles({ name: 'raspuns-modificat.pdf', mimeType: 'application/pdf', buffer: changed(document.bytes) });
  await expect(answer).toContainText('Fișierul diferă de cel emis.');
  await expect(answer).not.toContainText('identic');
  await expectNoAxeViolations(page);
});

test('the /verify form finds a code typed in lower case without dashes; a file is checked against every issued document', async ({ page }) => {
  const document = await issuedApproval();
  await page.goto('/verify');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verificarea documentelor');
  await expectNoAxeViolations(page);

  // The file check first: the issued file is authentic, the changed one was not issued by the city hall.
  const answer = page.getByTestId('file-check-result');
  const file = page.getByLabel(/Alegeți fișierul PDF/);
  await file.setInputFiles({ name: 'raspuns.pdf', mimeType: 'application/pdf', buffer: document.bytes });
  await expect(answer).toContainText('Document autentic');
  await expect(answer).toContainText(document.number);
  await file.setInputFiles({ name: 'alt-fisier.pdf', mimeType: 'application/pdf', buffer: changed(document.bytes) });
  await expect(answer).toContainText('Acest fișier nu a fost emis de Primăria Municipiului Roman.');
  await expect(answer).not.toContainText(document.number);
  await expectNoAxeViolations(page);

  // A wrong code is said next to the field.
  const code = page.getByLabel('Codul de verificare');
  await code.fill('7KQ2-M9');
  await page.getByRole('button', { name: 'Verifică codul' }).click();
  await expect(code).toHaveAccessibleDescription(/Codul de verificare are 12 litere și cifre, de exemplu 7KQ2-M9XP-4TRA\./);
  await expect(code).toHaveAttribute('aria-invalid', 'true');

  await code.fill(document.raw.toLowerCase());
  await page.getByRole('button', { name: 'Verifică codul' }).click();
  await expect(page).toHaveURL(new RegExp(`/verify/${document.code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Document autentic');
  await expect(page.getByRole('main')).toContainText(document.number);
});

for (const [locale, title] of [
  ['ro', 'Cod de verificare necunoscut'],
  ['en', 'Unknown verification code'],
] as const) {
  test(`an unknown or malformed code is said plainly, with the form again (${locale})`, async ({ page, context }) => {
    await useLocale(context, locale);
    let unknown = newVerificationCode();
    const [taken] = await sql(`SELECT 1 FROM "IssuedDocument" WHERE code = $1`, [unknown]);
    if (taken) unknown = newVerificationCode();
    for (const path of [`/verify/${formatVerificationCode(unknown)}`, '/verify/nu-e-un-cod']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('textbox', { name: locale === 'ro' ? 'Codul de verificare' : 'Verification code' })).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
}
