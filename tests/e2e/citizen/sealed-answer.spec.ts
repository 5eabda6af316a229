/**
 * Issue 16, an answer with legal effect: the clerk previews the approval generated from the
 * service's template and approves; the citizen downloads the sealed PDF, scans its QR code (the page
 * rendered to an image and read, as a phone would) and sees the document verified, then checks the
 * downloaded file there.
 */
import { expect, test } from '@playwright/test';
import { createUser, signIn } from '../fixtures';
import { clerkTakesRequest, fileFiscalCertificate } from '../journeys';
import { pdfPageTexts } from '../../support/pdf';
import { scanPdfQrCodes } from '../../support/qr';

test('the clerk previews and approves the answer generated from the template; the citizen downloads it sealed and verifies it', async ({ page, browser }) => {
  const citizen = await createUser({ firstName: 'Mihaela', lastName: 'Stănescu' });
  await signIn(page, citizen.email);
  const { number, id } = await fileFiscalCertificate(page);

  const clerk = await clerkTakesRequest(browser, id);
  const approve = clerk.getByRole('region', { name: 'Aprobare' });
  await approve.getByLabel('Mesaj pentru solicitant').fill('Certificatul de atestare fiscală arată că nu aveți datorii la bugetul local.');
  await approve.getByRole('button', { name: 'Previzualizează documentul' }).click();
  const preview = clerk.getByRole('region', { name: 'Previzualizare document' });
  await expect(preview).toContainText(number);
  await expect(preview).toContainText('Mihaela Stănescu');
  await expect(preview).toContainText('nu aveți datorii la bugetul local');
  await approve.getByRole('button', { name: 'Aprobă cererea' }).click();
  await expect(clerk.getByRole('main').getByText('Aprobată', { exact: true })).toBeVisible();
  await clerk.context().close();

  // The citizen's request page says the answer is sealed, by whom, and gives its code.
  await page.goto(`/requests/${id}`);
  const main = page.getByRole('main');
  await expect(main.getByText(/Sigilat electronic de DEMO/).first()).toBeVisible();
  const answer = main.getByRole('link', { name: new RegExp(`raspuns-${number}`) }).first();
  const file = await page.request.get((await answer.getAttribute('href'))!);
  expect(file.headers()['content-disposition']).toContain('attachment');
  const bytes = await file.body();
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // A PAdES seal: the CMS signature is in the file.
  expect(bytes.includes(Buffer.from('/ByteRange'))).toBe(true);

  // The citizen scans the QR code and opens the address it carries.
  expect((await pdfPageTexts(bytes)).join('\n')).toContain('Mihaela Stănescu');
  const [url, ...more] = await scanPdfQrCodes(bytes);
  expect(more).toEqual([]);
  expect(url).toMatch(/\/verify\/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await page.goto(new URL(url!).pathname);
  await expect(page.getByRole('main')).toContainText('Document autentic');
  await expect(page.getByRole('main')).toContainText(number);

  // The downloaded file is the one issued.
  await page.getByLabel(/Alegeți fișierul PDF/).setInputFiles({ name: 'raspuns.pdf', mimeType: 'application/pdf', buffer: bytes });
  await expect(page.getByRole('status').filter({ hasText: /identic/ })).toBeVisible();
});
