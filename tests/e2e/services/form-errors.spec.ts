import { expect, test } from '@playwright/test';
import { createUser, signIn } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const APPLY = '/services/certificat-de-urbanism/apply';

test('a missing document and a half-filled address show each error where it belongs, and the summary links go there', async ({ page }) => {
  const user = await createUser({ firstName: 'Elena', lastName: 'Munteanu' });
  await signIn(page, user.email);
  await page.goto(APPLY);
  const main = page.getByRole('main');

  // Left wholly blank, the required address names each part it needs, not the group as a whole.
  const address = page.getByRole('group', { name: 'Adresa imobilului' });
  await page.getByRole('button', { name: 'Continuă la verificare' }).click();
  const summary = main.getByRole('alert').first();
  await expect(summary).toContainText('Adresa imobilului – Localitatea: Completați localitatea.');
  await expect(address.getByLabel('Localitatea')).toHaveAccessibleDescription('Completați localitatea.');
  await expect(address.getByText('Completați acest câmp.')).toHaveCount(0);

  // Only the locality of the property's address, nothing uploaded.
  await address.getByLabel('Localitatea').fill('Roman');
  await page.getByRole('button', { name: 'Continuă la verificare' }).click();
  await expect(summary).toContainText('Plan de încadrare în zonă: Atașați acest document.');

  // The document's own box says it, and its file input is marked invalid and described by it.
  const locationPlan = page.getByLabel('Alegeți fișierul – Plan de încadrare în zonă');
  await expect(locationPlan).toHaveAttribute('aria-invalid', 'true');
  await expect(locationPlan).toHaveAccessibleDescription(/Atașați acest document\./);
  const box = page.getByRole('group', { name: /^Plan de încadrare în zonă/ });
  await expect(box).toContainText('Atașați acest document.');
  await expect(box).toHaveAccessibleDescription('Atașați acest document.');
  await expect(page.getByLabel('Alegeți fișierul – Plan de situație')).toHaveAttribute('aria-invalid', 'true');

  // Each missing part of the address has its own message; the part that was filled in has none.
  await expect(address.getByLabel('Județul')).toHaveAttribute('aria-invalid', 'true');
  await expect(address.getByLabel('Județul')).toHaveAccessibleDescription('Alegeți județul din listă.');
  await expect(address.getByLabel('Strada')).toHaveAccessibleDescription('Completați strada.');
  await expect(address.getByLabel('Număr')).toHaveAccessibleDescription('Completați numărul.');
  await expect(address.getByLabel('Cod poștal')).toHaveAccessibleDescription('Codul poștal are 6 cifre.');
  await expect(address.getByLabel('Localitatea')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(address.getByText('Completați acest câmp.')).toHaveCount(0);
  await expect(summary).toContainText('Adresa imobilului – Strada: Completați strada.');
  await expectNoAxeViolations(page);

  // The summary's links move the focus to the box and to the part.
  await summary.getByRole('link', { name: 'Plan de încadrare în zonă: Atașați acest document.' }).click();
  await expect(locationPlan).toBeFocused();
  await summary.getByRole('link', { name: 'Adresa imobilului – Strada: Completați strada.' }).click();
  await expect(address.getByLabel('Strada')).toBeFocused();

  // Filling a part clears its own message, not the others'.
  await address.getByLabel('Strada').fill('Strada Ștefan cel Mare');
  await address.getByLabel('Număr').focus();
  await expect(address.getByLabel('Strada')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(address.getByLabel('Cod poștal')).toHaveAttribute('aria-invalid', 'true');

});
