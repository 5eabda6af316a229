import { expect, test } from '@playwright/test';
import { createUser, signIn } from '../fixtures';
import { CLERK, fileFiscalCertificate, PDF, staffPage } from '../journeys';

test('the clerk writes to the applicant twice: the file sent with the first message is not sent again with the second', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const citizen = await createUser({ firstName: 'Dan', lastName: 'Mesagerul' });
  await signIn(page, citizen.email);
  const request = await fileFiscalCertificate(page);

  const clerk = await staffPage(browser, CLERK);
  await clerk.goto(`/admin/requests/${request.id}`);
  const message = clerk.getByRole('region', { name: 'Mesaj către solicitant' });
  await message.getByLabel('Mesajul').fill('Vă trimitem lista actelor necesare.');
  await message.getByLabel(/Alegeți fișierul – Documente atașate/).setInputFiles({ name: 'lista-acte.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(message.getByText('Încărcat și verificat')).toBeVisible();
  await message.getByRole('button', { name: 'Trimite mesajul' }).click();

  // Sent: the form is empty again, its file included (it went with the first message).
  await expect(message.getByLabel('Mesajul')).toHaveValue('');
  await expect(message).not.toContainText('lista-acte.pdf');
  await message.getByLabel('Mesajul').fill('Program de lucru: luni–vineri, 8–16.');
  await message.getByRole('button', { name: 'Trimite mesajul' }).click();
  await expect(message.getByLabel('Mesajul')).toHaveValue('');
  await expect(message.getByRole('alert')).toHaveCount(0);

  // The applicant sees both messages, the file with the first one only.
  await page.goto(`/requests/${request.id}`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Vă trimitem lista actelor necesare.');
  await expect(main).toContainText('Program de lucru: luni–vineri, 8–16.');
  await expect(main.getByRole('link', { name: /lista-acte\.pdf/ })).toHaveCount(1);
  await clerk.context().close();
});
