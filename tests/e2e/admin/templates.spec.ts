import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, login, signIn, sql } from '../fixtures';
import { clerkTakesRequest, fileFiscalCertificate, inDays, shownDate } from '../journeys';
import { expectNoAxeViolations } from '../support';

const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };
const main = (page: Page) => page.getByRole('main');

/** Letters only, different on every run. */
const uniqueLetters = () => [...crypto.randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

/**
 * A hidden service of its own with the petition's published form, and version 1 of its approval
 * template from the built-in text, as the seed gives the demo services (no author: demo data).
 */
async function createTrialService() {
  const letters = uniqueLetters();
  const id = crypto.randomUUID();
  const title = `Serviciu de probă ${letters}`;
  await sql(
    `INSERT INTO "Service" (id, slug, "titleRo", "titleEn", "summaryRo", "summaryEn", "descriptionRo", "descriptionEn", "categoryId", "departmentId", "applicantTypes", "legalTermDays", "searchText", active, "updatedAt")
     SELECT $1, $2, $3, 'Trial service', 'Un serviciu de probă pentru testele automate.', 'A trial service for the automated tests.',
            'Descrierea serviciului de probă.', 'Description of the trial service.', c.id, d.id, ARRAY['PERSON']::"AccountType"[], 30, $4, false, now()
     FROM "ServiceCategory" c, "Department" d WHERE c.slug = 'relatia-cu-cetatenii' AND d.slug = 'registratura'`,
    [id, `serviciu-sabloane-${letters}`, title, `serviciu de proba ${letters} trial service`],
  );
  await sql(
    `INSERT INTO "ServiceVersion" (id, "serviceId", number, definition, "publishedAt")
     SELECT $1, $2, 1, v.definition, now() - interval '1 day' FROM "ServiceVersion" v JOIN "Service" s ON s.id = v."serviceId" WHERE s.slug = 'petitie-sesizare' AND v.number = 1`,
    [crypto.randomUUID(), id],
  );
  const templateId = crypto.randomUUID();
  await sql(`INSERT INTO "AnswerTemplate" (id, "serviceId", kind) VALUES ($1, $2, 'APPROVAL')`, [templateId, id]);
  await sql(
    `INSERT INTO "AnswerTemplateVersion" (id, "templateId", number, title, body, "legalBasis")
     VALUES ($1, $2, 1, 'Răspuns favorabil — {{serviciu}}', $3, '{{temei_legal}}')`,
    [crypto.randomUUID(), templateId, 'Către {{solicitant.nume}}\n\nCererea nr. {{cerere.numar}} a fost soluționată favorabil.\n\n{{text}}'],
  );
  return { id, title };
}

test('the administrator edits the approval template, is told of an unknown field, and saves version 2', async ({ page }) => {
  test.setTimeout(120_000);
  const service = await createTrialService();
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/services/${service.id}`);
  await main(page).getByRole('navigation', { name: 'Formularul serviciului' }).getByRole('link', { name: 'Șabloane de răspuns' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/services/${service.id}/templates$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Șabloane de răspuns: ${service.title}`);
  const kinds = main(page).getByRole('navigation', { name: 'Tipuri de răspuns' });
  await expect(kinds.getByRole('link', { name: /Răspuns favorabil/ })).toHaveAttribute('aria-current', 'page');
  await expect(main(page).getByText('Textul versiunii 1, cea folosită acum.')).toBeVisible();
  const versions = main(page).getByRole('region', { name: 'Versiunile șablonului, cea mai nouă prima' });
  await expect(versions.getByRole('row')).toHaveCount(2);
  await expect(versions.getByRole('row', { name: /Versiunea 1/ })).toContainText('date demonstrative');
  // The merge fields are documented, the form's answers among them.
  await main(page).getByText('Câmpuri de îmbinare', { exact: true }).click();
  await expect(main(page).getByText('{{raspuns.subject}}', { exact: true })).toBeVisible();
  await expect(main(page).getByText('răspunsul la „Subiectul petiției” din formular, cum apare pe pagina cererii')).toBeVisible();
  await expectNoAxeViolations(page);

  const body = main(page).getByRole('textbox', { name: 'Textul' });
  const original = await body.inputValue();
  // A field of the form, and one that does not exist.
  await body.fill(`${original}\n\nSubiectul cererii: {{raspuns.subject}}. Observații: {{raspuns.observatii}}.`);
  await expect(main(page).getByText('Câmpuri necunoscute: {{raspuns.observatii}}')).toBeVisible();
  const preview = main(page).getByRole('region', { name: 'Previzualizare cu date de exemplu' });
  await expect(preview).toContainText('Subiectul cererii: [Subiectul petiției].');
  await expect(preview).toContainText('Cererea nr. RMN-2026-000123 a fost soluționată favorabil.');
  await main(page).getByRole('button', { name: 'Salvează versiunea nouă' }).click();
  await expect(main(page).getByRole('alert')).toContainText('Textul folosește un câmp de îmbinare care nu există');
  await expect(body).toHaveAccessibleDescription(/Câmpuri necunoscute: \{\{raspuns\.observatii\}\}.*Textul folosește un câmp de îmbinare care nu există/s);
  await expect(versions.getByRole('row')).toHaveCount(2);
  await expectNoAxeViolations(page);

  await body.fill(`${original}\n\nSubiectul cererii: {{raspuns.subject}}.`);
  await expect(main(page).getByText(/Câmpuri necunoscute/)).toHaveCount(0);
  await main(page).getByRole('button', { name: 'Salvează versiunea nouă' }).click();
  await expect(main(page).getByRole('status').filter({ hasText: 'Șablonul a fost salvat.' })).toBeVisible();
  await expect(main(page).getByText('Textul versiunii 2, cea folosită acum.')).toBeVisible();
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByRole('row', { name: /Versiunea 2/ })).toContainText('Ana Popescu');
  const saved = await sql<{ body: string }>(
    `SELECT v.body FROM "AnswerTemplateVersion" v JOIN "AnswerTemplate" t ON t.id = v."templateId" WHERE t."serviceId" = $1 AND v.number = 2`,
    [service.id],
  );
  expect(saved[0]?.body).toContain('Subiectul cererii: {{raspuns.subject}}.');

  // The saved text as the PDF it makes, marked as a preview.
  const pdf = await page.request.get(`/admin/services/${service.id}/templates/pdf?kind=APPROVAL`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expectNoAxeViolations(page);
});

test('the clerk previews the documents a decision would issue, with their own text, marked as a preview', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const citizen = await createUser({ firstName: 'Ștefania', lastName: 'Țăranu' });
  await signIn(page, citizen.email, citizen.password);
  const { id, number } = await fileFiscalCertificate(page);
  const clerk = await clerkTakesRequest(browser, id);

  const approve = clerk.getByRole('region', { name: 'Aprobare' });
  await approve.getByLabel('Mesaj pentru solicitant').fill('Certificatul se eliberează pentru banca solicitată.');
  await approve.getByRole('button', { name: 'Previzualizează documentul' }).click();
  const preview = approve.getByRole('region', { name: 'Previzualizare document: Răspuns favorabil' });
  await expect(preview).toContainText('PREVIZUALIZARE — fără valoare juridică');
  await expect(preview).toContainText('Răspuns favorabil — Certificat de atestare fiscală pentru persoane fizice');
  await expect(preview).toContainText('Către Ștefania Țăranu');
  await expect(preview).toContainText(`cu nr. ${number} din data de`);
  await expect(preview).toContainText('Certificatul se eliberează pentru banca solicitată.');
  await expect(preview.getByRole('link', { name: 'Deschide PDF-ul' })).toHaveAttribute('href', /^blob:/);

  // The clerk changes the text and previews again.
  await approve.getByLabel('Mesaj pentru solicitant').fill('Text schimbat după previzualizare.');
  await approve.getByRole('button', { name: 'Previzualizează din nou' }).click();
  await expect(preview).toContainText('Text schimbat după previzualizare.');
  await expect(preview).not.toContainText('Certificatul se eliberează pentru banca solicitată.');

  const info = clerk.getByRole('region', { name: 'Cerere de completări' });
  const due = inDays(10);
  await info.getByLabel('Ce trebuie completat și de ce').fill('Adresa nu corespunde.');
  await info.getByRole('checkbox', { name: 'Domiciliul' }).check();
  await info.getByLabel('Termen pentru completări').fill(due);
  await info.getByRole('button', { name: 'Previzualizează documentul' }).click();
  const infoPreview = info.getByRole('region', { name: 'Previzualizare document: Solicitare de informații' });
  await expect(infoPreview).toContainText(`până la data de ${shownDate(due)}`);
  await expect(infoPreview).toContainText('– Domiciliul');
  await expectNoAxeViolations(clerk);
  // Nothing was issued or sent by previewing.
  const [row] = await sql<{ status: string; issued: number }>(`SELECT status::text, (SELECT count(*)::int FROM "IssuedDocument" i WHERE i."requestId" = r.id AND i.kind <> 'RECEIPT') AS issued FROM "ServiceRequest" r WHERE id = $1`, [id]);
  expect(row).toEqual({ status: 'IN_REVIEW', issued: 0 });
});
