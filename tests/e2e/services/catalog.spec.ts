import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useLocale } from '../support';

test('the catalog lists the services by category and finds them without diacritics', async ({ page }) => {
  await page.goto('/services');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Servicii Publice Electronice');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('searchbox', { name: 'Căutați un serviciu' }).fill('urbanism');
  await page.getByRole('button', { name: 'Caută' }).click();
  await expect(page).toHaveURL(/\/services\?q=urbanism$/);
  await expect(page.getByRole('link', { name: 'Certificat de urbanism' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('pentru „urbanism”');

  await page.goto('/services?q=declaratie%20impunere');
  await expect(page.getByRole('link', { name: /Declarație de impunere/ }).first()).toBeVisible();

  await page.goto('/services?q=nu%20exista%20asa%20ceva');
  await expect(page.getByRole('status')).toContainText('Niciun serviciu găsit');
  await page.getByRole('link', { name: 'Vedeți toate serviciile' }).click();
  await expect(page).toHaveURL(/\/services$/);
});

test('a service page shows who may apply, documents with types and sizes, fee, legal term and department', async ({ page }) => {
  await page.goto('/services?q=urbanism');
  await page.getByRole('link', { name: 'Certificat de urbanism' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificat de urbanism');
  const main = page.getByRole('main');
  // The values of the service, not only the headings.
  await expect(main).toContainText('Cine poate depune');
  await expect(main).toContainText('persoane fizice, persoane juridice, instituții partenere');
  await expect(main).toContainText('Termen legal de răspuns');
  await expect(main).toContainText('15 zile');
  await expect(main).toContainText('Urbanism și amenajarea teritoriului');
  await expect(page.getByRole('heading', { name: 'Documente necesare' })).toBeVisible();
  await expect(main).toContainText('Se acceptă PDF, cel mult 15 MB pe fișier, un fișier.');
  await expect(page.getByRole('link', { name: 'Completează cererea' })).toHaveAttribute('href', '/services/certificat-de-urbanism/apply');
  await expectNoAxeViolations(page);
});

test('the catalog and a service page in English', async ({ page, context }) => {
  await useLocale(context, 'en');
  await page.goto('/services');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Electronic Public Services');
  await expectNoAxeViolations(page);
  await page.getByRole('link').filter({ hasText: /certificate/i }).first().click();
  await expect(page.getByRole('heading', { name: 'Documents needed' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unknown service is a 404', async ({ page }) => {
  const response = await page.goto('/services/serviciu-inexistent');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina nu a fost găsită');
});

test('the term is shown as the law counts it: its unit, extension, when it stands still, and tacit approval with its legal text', async ({ page }) => {
  await page.goto('/services');
  const certificate = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Certificat de atestare fiscală pentru persoane fizice' }) });
  await expect(certificate).toContainText('Termen de răspuns: 2 zile lucrătoare');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Petiție / sesizare' }) })).toContainText('Termen de răspuns: 30 de zile calendaristice');

  await page.goto('/services/petitie-sesizare');
  const main = page.getByRole('main');
  await expect(main).toContainText('30 de zile calendaristice (Ordonanța Guvernului nr. 27/2002');
  await expect(main).toContainText('art. 8 și art. 9), prelungibil cu cel mult 15 zile calendaristice.');
  // OG 27/2002 does not stop the term while the city hall asks the petitioner for clarifications.
  await expect(main).not.toContainText('Termenul nu curge');
  await expect(main).not.toContainText('Aprobare tacită');

  await page.goto('/services/certificat-atestare-fiscala-persoane-fizice');
  await expect(main).toContainText('2 zile lucrătoare');
  await expect(main).toContainText('Se numără numai zilele lucrătoare, începând cu ziua de după înregistrare.');
  await expect(main).toContainText('Termenul nu curge cât timp primăria așteaptă completări de la dvs.');

  await page.goto('/services/acord-de-functionare');
  await expect(main.getByRole('term').filter({ hasText: 'Aprobare tacită' })).toBeVisible();
  await expect(main).toContainText('Dacă primăria nu răspunde în termen, cererea se consideră aprobată tacit, potrivit legii: Ordonanța de urgență a Guvernului nr. 27/2003');
  await expect(main).toContainText('Termenul nu curge cât timp primăria așteaptă de la dvs. completări sau plata unei taxe.');
  await expectNoAxeViolations(page);
});
