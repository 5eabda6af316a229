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
