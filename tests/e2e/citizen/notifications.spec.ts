import { expect, test } from '@playwright/test';
import { createUser, signIn, sql } from '../fixtures';
import { clerkTakesRequest, fileFiscalCertificate } from '../journeys';
import { expectNoAxeViolations } from '../support';

test('the bell counts what the city hall did; a notification opens its request and is then read', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const citizen = await createUser({ firstName: 'Elena', lastName: 'Sava' });
  await signIn(page, citizen.email);

  // Filed through the portal: the first notification ("înregistrată").
  const { number, id: requestId } = await fileFiscalCertificate(page);

  // The clerk takes it up: the second one. Staff have no bell, and /notifications is not theirs.
  const clerk = await clerkTakesRequest(browser, requestId);
  await expect(clerk.getByRole('banner').getByRole('link', { name: /^Notificări/ })).toHaveCount(0);
  await clerk.goto('/notifications');
  await expect(clerk).toHaveURL(/\/admin$/);
  await clerk.context().close();

  // On every page of the personal space.
  for (const url of ['/dashboard', `/requests/${requestId}`]) {
    await page.goto(url);
    const bell = page.getByRole('banner').getByRole('link', { name: 'Notificări, 2 necitite' });
    await expect(bell, url).toBeVisible();
    await expect(bell.getByTestId('notification-badge')).toHaveText('2');
  }
  await page.getByRole('banner').getByRole('link', { name: 'Notificări, 2 necitite' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notificări');
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`Necitită: Cererea ${number} a fost preluată și este în analiză.`);
  await expect(items.nth(1)).toContainText(`Necitită: Cererea ${number} a fost înregistrată.`);
  await expect(items.nth(0)).toContainText(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
  await expect(page.getByRole('main')).toContainText('Aveți 2 notificări necitite.');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: new RegExp(`^Necitită\\W+Cererea ${number} a fost preluată și este în analiză\\.$`) }).click();
  await expect(page).toHaveURL(new RegExp(`/requests/${requestId}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Notificări, 1 necitită' })).toBeVisible();

  await page.goto('/notifications');
  await expect(items.nth(0)).not.toContainText('Necitită');
  await expect(items.nth(1)).toContainText('Necitită');
  await page.getByRole('button', { name: 'Marchează toate ca citite' }).click();
  await expect(page.getByRole('main')).toContainText('Nu aveți notificări necitite.');
  await expect(page.getByRole('main')).not.toContainText('Necitită');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Notificări', exact: true })).toBeVisible();

  // Someone else's notification does not exist for this citizen, and stays unread.
  const other = await createUser();
  const [{ id: foreign }] = (await sql<{ id: string }>(
    `INSERT INTO "Notification" (id, "userId", kind, params) VALUES (gen_random_uuid()::text, $1, 'request.message', '{"registrationNumber":"RMN-2026-000001"}') RETURNING id`,
    [other.id],
  )) as [{ id: string }];
  expect((await page.request.get(`/notifications/${foreign}`, { maxRedirects: 0 })).status()).toBe(404);
  expect(await sql(`SELECT 1 FROM "Notification" WHERE id = $1 AND "readAt" IS NULL`, [foreign])).toHaveLength(1);
});
