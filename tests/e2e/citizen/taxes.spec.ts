/**
 * Issue 17, paying local taxes online: the demo citizen sees what the tax office's (demo) file says
 * they owe, ticks two obligations, pays them on the local test provider's page and comes back to a
 * paid, sealed receipt; the obligations read "Achitat" and the receipt email arrives.
 */
import { expect, test } from '@playwright/test';
import { signIn, waitForEmail } from '../fixtures';
import { expectPdfDownload } from '../journeys';
import { expectNoAxeViolations } from '../support';

const CITIZEN = { email: 'citizen@demo.local', password: 'Demo-Parola-2026' };

test('the demo citizen pays two obligations by card and gets the receipt', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, CITIZEN.email, CITIZEN.password);
  await page.goto('/taxes');
  await expect(page.getByRole('heading', { level: 1, name: 'Taxe și impozite locale' })).toBeVisible();
  await expect(page.getByText('Mod demonstrativ: plata cu cardul se face la furnizorul de test.')).toBeVisible();
  await expectNoAxeViolations(page);

  // Two obligations of the demo file (prisma/seed/taxes-demo.csv): the 2025 building tax, first in
  // the legal order of payment, and a fine, which the tax system gives no rank.
  const labels = ['Impozit pe clădiri — Impozit clădire locuință, Str. Ștefan cel Mare nr. 10 — rest neachitat 2025', /^Amendă — Amendă contravențională, PV seria RMN nr\. 5521/];
  const names: string[] = [];
  for (const label of labels) {
    const box = page.getByRole('checkbox', { name: label });
    names.push((await box.getAttribute('value'))!);
    await box.check();
  }
  // 198,00 + 29,70 increments + 200,00.
  const total = '427,70 lei';
  await expect(page.getByText(`2 obligații selectate: ${total}`)).toBeVisible();

  // Ticking a 2026 instalment also ticks what the law has paid before it; unticking it leaves the rest.
  const instalment = page.getByRole('checkbox', { name: /rata a II-a$/ });
  await instalment.check();
  await expect(page.getByRole('checkbox', { name: /Impozit teren intravilan/ })).not.toBeChecked();
  await instalment.uncheck();
  await expect(page.getByText(`2 obligații selectate: ${total}`)).toBeVisible();

  await page.getByRole('button', { name: 'Plătiți cu cardul' }).click();
  await page.waitForURL(/\/dev\/payments\//);
  await expect(page.getByText(/FURNIZOR DE PLĂȚI DE TEST/)).toBeVisible();
  await expect(page.getByText(total, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Plătește (test)' }).click();

  await page.waitForURL(/\/taxes\/payments\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Plata a fost înregistrată' })).toBeVisible();
  const number = (await page.locator('dd.font-mono').first().textContent())!;
  expect(number).toMatch(/^CH-\d{4}-\d{6}$/);
  await expectNoAxeViolations(page);
  const receipt = page.getByRole('link', { name: 'Descărcați chitanța (PDF)' });
  await expectPdfDownload(page, (await receipt.getAttribute('href'))!);

  await page.getByRole('link', { name: 'Înapoi la taxe și impozite' }).click();
  await expect(page.getByRole('link', { name: `Chitanța ${number}` })).toBeVisible();
  for (const id of names) await expect(page.locator(`input[value="${id}"]`)).toHaveCount(0);

  const mail = await waitForEmail(CITIZEN.email, new RegExp(`^Chitanța ${number}: plata de ${total} a fost înregistrată$`));
  expect(mail.text).toContain(total);
});

test('the taxes page in English, and the request for a selection', async ({ page, context }) => {
  await signIn(page, CITIZEN.email, CITIZEN.password);
  await page.goto('/taxes');
  await page.getByRole('button', { name: 'Plătiți cu cardul' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Selectați cel puțin o obligație de plată.');
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: page.url() }]);
  await page.goto('/taxes');
  await expect(page.getByRole('heading', { level: 1, name: 'Local taxes and fees' })).toBeVisible();
  await expectNoAxeViolations(page);
});
