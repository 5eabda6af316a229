import { expect, test, type Browser, type Page } from '@playwright/test';
import { createUser, signIn, sql, waitForEmail } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const CLERK = { email: 'clerk@demo.local', password: 'Demo-Parola-2026' };
const FOREIGN_CLERK = { email: 'clerk.urbanism@demo.local', password: 'Demo-Parola-2026' };
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);

/** A citizen files the fiscal certificate through the portal; returns its registration number and id. */
async function fileFiscalCertificate(page: Page) {
  await page.goto('/services/certificat-atestare-fiscala-persoane-fizice/apply');
  await page.getByLabel('Scopul eliberării certificatului').selectOption({ label: 'Bancă sau instituție financiară' });
  await page.getByRole('checkbox', { name: /Declar pe propria răspundere/ }).check();
  await page.getByLabel(/Alegeți fișierul – Copia actului de identitate/).setInputFiles({ name: 'buletin.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('main').getByText('Încărcat și verificat')).toBeVisible();
  await page.getByRole('button', { name: 'Continuă la verificare' }).click();
  await page.getByRole('button', { name: 'Trimite cererea' }).click();
  const number = (await page.getByTestId('registration-number').textContent())!.trim();
  const [row] = await sql<{ id: string }>(`SELECT id FROM "ServiceRequest" WHERE "registrationNumber" = $1`, [number]);
  return { number, id: row!.id };
}

async function staffPage(browser: Browser, who: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who.email, who.password);
  return page;
}

const inDays = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Bucharest' }).format(new Date(Date.now() + days * 86_400_000));

test('the demo clerk takes up a citizen\'s request, asks for information, asks for a fee, confirms the payment and approves with a PDF; the applicant gets every email', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const citizen = await createUser({ firstName: 'Maria', lastName: 'Dobre' });
  await signIn(page, citizen.email);
  const request = await fileFiscalCertificate(page);

  const clerk = await staffPage(browser, CLERK);
  // The inbox, "assigned to me" (the request was assigned to the department's clerk at submission).
  await clerk.goto('/admin');
  await clerk.getByRole('radio', { name: 'Doar cererile mele' }).check();
  await clerk.getByRole('button', { name: 'Filtrează' }).click();
  await expect(clerk).toHaveURL(/assigned=me/);
  await clerk.getByRole('link', { name: request.number }).click();
  await expect(clerk.getByRole('heading', { level: 1 })).toHaveText(request.number);
  const main = clerk.getByRole('main');
  await expect(main).toContainText('Maria Dobre');
  await expect(main).toContainText('1••••••••0018');
  await expect(main).not.toContainText('1800101270018');
  await expectNoAxeViolations(clerk);

  await clerk.getByRole('button', { name: 'Afișează numărul complet', exact: true }).click();
  await expect(main).toContainText('1800101270018');

  await clerk.getByRole('button', { name: 'Preiau cererea' }).click();
  await expect(main.getByText('În analiză', { exact: true })).toBeVisible();
  await waitForEmail(citizen.email, new RegExp(`${request.number} este în analiză`));

  // Request information: a checklist of one field and one document, with a deadline.
  const info = clerk.getByRole('region', { name: 'Cerere de completări' });
  await info.getByLabel('Ce trebuie completat și de ce').fill('Adresa nu corespunde cu actul de identitate.');
  await info.getByRole('checkbox', { name: 'Domiciliul' }).check();
  await info.getByRole('checkbox', { name: 'Copia actului de identitate' }).check();
  await info.getByLabel('Termen pentru completări').fill(inDays(10));
  await info.getByRole('button', { name: 'Cere completări' }).click();
  await expect(main.getByText('Necesită completări', { exact: true })).toBeVisible();
  await expect(main).toContainText('corectați câmpul „Domiciliul”');
  const infoMail = await waitForEmail(citizen.email, new RegExp(`${request.number} necesită completări`));
  expect(infoMail.text).toContain('Adresa nu corespunde cu actul de identitate.');

  // The applicant answers from the personal space: only the flagged address is editable.
  await page.goto(`/requests/${request.id}`);
  const reply = page.getByRole('region', { name: 'Primăria vă cere completări' });
  await expect(reply.getByLabel('Nume și prenume')).toHaveAttribute('readonly', '');
  await expectNoAxeViolations(page);
  await reply.getByLabel('Strada').fill('Bulevardul Republicii');
  await reply.getByLabel(/Alegeți fișierul – Copia actului de identitate/).setInputFiles({ name: 'buletin-nou.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(reply.getByText('Încărcat și verificat')).toBeVisible();
  await reply.getByRole('button', { name: 'Trimite completările' }).click();
  await expect(page.getByRole('main').getByText('În analiză', { exact: true })).toBeVisible();
  await clerk.reload();
  await expect(main).toContainText('Strada Libertății');
  await expect(main).toContainText('Bulevardul Republicii');
  await expect(main).toContainText('buletin-nou.pdf');

  // A stale page is refused, not silently applied.
  const stale = await staffPage(browser, CLERK);
  await stale.goto(`/admin/requests/${request.id}`);
  const fee = clerk.getByRole('region', { name: 'Solicitare de plată' });
  await fee.getByLabel('Suma (lei)').fill('125,50');
  await fee.getByLabel('Temeiul legal').fill('HCL nr. 45/2025, anexa 2, poziția 7');
  await fee.getByLabel('Termen de plată').fill(inDays(15));
  await fee.getByRole('button', { name: 'Solicită plata' }).click();
  await expect(main.getByText('Așteaptă plata', { exact: true })).toBeVisible();
  await expect(main).toContainText('125,50 lei');
  await waitForEmail(citizen.email, new RegExp(`${request.number}: aveți de plătit 125,50 lei`));

  await stale.getByRole('region', { name: 'Notă internă' }).getByLabel('Nota').fill('Notă de pe o pagină veche');
  await stale.getByRole('button', { name: 'Adaugă nota' }).click();
  await expect(stale.getByRole('main').getByRole('alert')).toContainText('Cererea a fost modificată între timp');
  await stale.context().close();

  // The applicant sees the amount and where to pay, and sends the proof.
  await page.goto(`/requests/${request.id}`);
  const pay = page.getByRole('region', { name: 'De plată: 125,50 lei' });
  await expect(pay).toContainText('RO80 TREZ 4922 440X XXXX XXXX');
  await expect(pay).toContainText(request.number);
  await pay.getByLabel(/Alegeți fișierul – Dovada plății/).setInputFiles({ name: 'chitanta.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(pay.getByText('Încărcat și verificat')).toBeVisible();
  await pay.getByRole('button', { name: 'Trimite dovada plății' }).click();
  await expect(page.getByRole('main').getByText('Plată în verificare', { exact: true })).toBeVisible();
  await clerk.reload();
  await clerk.getByRole('button', { name: 'Confirm plata' }).click();
  await expect(main.getByText('În analiză', { exact: true })).toBeVisible();
  await waitForEmail(citizen.email, new RegExp(`Plata pentru cererea ${request.number} a fost confirmată`));

  await clerk.getByRole('region', { name: 'Notă internă' }).getByLabel('Nota').fill('Verificat în evidența fiscală: fără datorii.');
  await clerk.getByRole('button', { name: 'Adaugă nota' }).click();
  await expect(main).toContainText('Verificat în evidența fiscală: fără datorii.');

  const approve = clerk.getByRole('region', { name: 'Aprobare' });
  await approve.getByLabel('Mesaj pentru solicitant').fill('Vă transmitem certificatul de atestare fiscală.');
  await approve.getByLabel(/Alegeți fișierul – Documentul de răspuns/).setInputFiles({ name: 'certificat-fiscal.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(approve.getByText('Încărcat și verificat')).toBeVisible();
  await approve.getByRole('button', { name: 'Aprobă cererea' }).click();
  await expect(main.getByText('Aprobată', { exact: true })).toBeVisible();
  await expect(main).toContainText('certificat-fiscal.pdf');
  await waitForEmail(citizen.email, new RegExp(`Cererea ${request.number} a fost aprobată`));
  await expectNoAxeViolations(clerk);

  // The applicant sees the whole public history, not the internal parts, and downloads the answer.
  await page.goto(`/requests/${request.id}`);
  const mine = page.getByRole('main');
  await expect(mine.getByText('Aprobată', { exact: true })).toBeVisible();
  for (const entry of ['Cerere trimisă și înregistrată', 'Cererea a intrat în analiză', 'Primăria cere completări', 'Completări trimise', 'Plată solicitată', 'Dovada plății trimisă', 'Plată confirmată', 'Cerere aprobată']) {
    await expect(mine.getByText(entry, { exact: true })).toBeVisible();
  }
  await expect(mine).toContainText('corectați câmpul „Domiciliul”');
  await expect(mine).not.toContainText('Verificat în evidența fiscală');
  await expect(mine).not.toContainText('Mihai Ionescu');
  await expectNoAxeViolations(page);
  const answer = mine.getByRole('link', { name: 'certificat-fiscal.pdf' });
  const file = await page.request.get((await answer.getAttribute('href'))!);
  expect(file.headers()['content-disposition']).toContain('attachment');
  expect((await file.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const audit = await sql<{ action: string }>(`SELECT action FROM "AuditLog" WHERE "entityId" = $1 ORDER BY "createdAt"`, [request.id]);
  expect(audit.map((a) => a.action)).toEqual(['request.revealIdNumber', 'request.take', 'request.requestInfo', 'request.requestFee', 'request.confirmPayment', 'request.internalNote', 'request.approve']);
  await clerk.context().close();
});

test('a citizen and a clerk of another department are refused on every back-office URL of a request', async ({ page, browser }) => {
  const citizen = await createUser();
  await signIn(page, citizen.email);
  const request = await fileFiscalCertificate(page);
  const [document] = await sql<{ id: string }>(`SELECT id FROM "Document" WHERE "requestId" = $1`, [request.id]);
  const urls = ['/admin', `/admin/requests/${request.id}`, '/admin/staff', '/admin/audit', '/admin/stats'];

  // The citizen: sent to their own space, never shown a back-office page.
  for (const url of urls) {
    await page.goto(url);
    await expect(page, url).toHaveURL(/\/dashboard$/);
  }
  const download = await page.request.get(`/admin/requests/${request.id}/documents/${document!.id}`, { maxRedirects: 0 });
  expect(download.status()).toBe(307);
  expect(download.headers().location).toMatch(/\/dashboard$/);

  // The clerk of Urbanism: the request and its document do not exist for them.
  const foreign = await staffPage(browser, FOREIGN_CLERK);
  const response = await foreign.goto(`/admin/requests/${request.id}`);
  expect(response?.status()).toBe(404);
  await expect(foreign.getByRole('heading', { level: 1 })).toContainText('nu a fost găsită');
  expect((await foreign.request.get(`/admin/requests/${request.id}/documents/${document!.id}`, { maxRedirects: 0 })).status()).toBe(404);
  await foreign.goto('/admin');
  await expect(foreign.getByRole('main')).not.toContainText(request.number);
  for (const url of ['/admin/staff', '/admin/audit']) {
    const refused = await foreign.goto(url);
    expect(refused?.status(), url).toBe(403);
  }
  await foreign.context().close();
});
