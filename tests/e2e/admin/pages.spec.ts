/**
 * The city hall edits its public pages: the demo administrator publishes a new version of the
 * about page (the public page shows it) and of the terms; a citizen who had accepted the old terms
 * is asked to accept the new ones at their next visit, accepts, reaches the dashboard and is not
 * asked again. Runs in the "global-state" project (playwright.config.ts), after every other journey:
 * the new terms concern every citizen.
 */
import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, login, signIn, sql } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };
const CLERK = { email: 'clerk@demo.local', password: 'Demo-Parola-2026' };
const main = (page: Page) => page.getByRole('main');
const word = () => crypto.randomBytes(4).toString('hex');

test.describe.configure({ mode: 'serial' });

/** Appends `addition` to the Romanian text of the page open in the form, publishes, and waits for the confirmation. */
async function publishWithAddition(page: Page, addition: string) {
  const body = page.getByLabel('Textul paginii (română)');
  await body.fill(`${await body.inputValue()}\n\n${addition}`);
  await page.getByRole('button', { name: 'Publică versiunea nouă' }).click();
  await expect(main(page).getByRole('status')).toContainText(/Versiunea \d+ a fost publicată\./);
}

test('a clerk is refused the page administration; the list and the terms page pass axe', async ({ page, browser }) => {
  const clerk = await browser.newContext();
  const clerkPage = await clerk.newPage();
  await signIn(clerkPage, CLERK.email, CLERK.password);
  expect((await clerkPage.goto('/admin/pages'))?.status()).toBe(403);
  expect((await clerkPage.goto('/admin/pages/terms'))?.status()).toBe(403);
  await clerk.close();

  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('navigation', { name: 'Secțiunile administrării' }).getByRole('link', { name: 'Pagini' }).click();
  await expect(page).toHaveURL(/\/admin\/pages$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paginile publice');
  for (const name of ['Despre proiect', 'Termeni și condiții', 'Politica de confidențialitate', 'Declarația de accesibilitate', 'Contact']) {
    await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await main(page).getByRole('link', { name: 'Termeni și condiții' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Termeni și condiții');
  await expect(main(page)).toContainText('fiecărui cetățean cu cont i se va cere, la următoarea vizită, să citească și să accepte din nou termenii și condițiile');
  await expect(page.getByRole('link', { name: /^Vezi v1$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the administrator edits the about page with a preview; the public page shows the new text', async ({ page }) => {
  const sentence = `Paragraf nou adăugat de administrator ${word()}.`;
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/pages/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Despre proiect');

  // An empty title is refused next to its field.
  await page.getByLabel('Titlul (română)').fill('');
  await page.getByRole('button', { name: 'Publică versiunea nouă' }).click();
  await expect(main(page).getByRole('alert').first()).toContainText('Scrieți titlul (cel puțin 2 caractere).');
  await expect(page.getByLabel('Titlul (română)')).toHaveAccessibleDescription(/Scrieți titlul \(cel puțin 2 caractere\)\./);
  await page.getByLabel('Titlul (română)').fill('Despre proiect');

  const body = page.getByLabel('Textul paginii (română)');
  await body.fill(`${await body.inputValue()}\n\n**${sentence}**`);
  await page.getByRole('button', { name: 'Previzualizează textul în română' }).click();
  await expect(main(page).locator('strong', { hasText: sentence })).toBeVisible();
  await page.getByRole('button', { name: 'Publică versiunea nouă' }).click();
  await expect(main(page).getByRole('status')).toContainText(/Versiunea \d+ a fost publicată\./);
  await expect(page.getByRole('link', { name: /^Vezi v2$/ })).toBeVisible();

  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Despre proiect');
  await expect(main(page)).toContainText(sentence);
  await expect(main(page)).toContainText('126260');
});

test('a new terms version makes the citizen accept it at the next visit', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A citizen who accepted the terms in force (set up through the data layer, as registration does).
  const citizen = await createUser({ firstName: 'Ilinca', lastName: 'Tofan' });
  const rule = `Regulă nouă a termenilor ${word()}.`;

  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/pages/terms');
  await publishWithAddition(page, `## Modificări\n\n${rule}`);
  await expect(main(page).getByRole('status')).toContainText('Cetățenilor cu cont li se va cere să o accepte la următoarea vizită.');

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await signIn(visitor, citizen.email, citizen.password);
  await expect(visitor).toHaveURL(/\/accept-terms\?next=%2Fdashboard$/);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Termeni noi de citit și acceptat');
  await expect(visitor.getByRole('link', { name: 'Citiți: Termenii și condițiile' })).toHaveAttribute('href', '/terms');
  await expect(visitor.getByRole('link', { name: 'Citiți: Politica de confidențialitate' })).toHaveCount(0);
  await expectNoAxeViolations(visitor);

  // The new text is one link away; on the public pages a notice leads back to the acceptance.
  await visitor.getByRole('link', { name: 'Citiți: Termenii și condițiile' }).click();
  await expect(visitor).toHaveURL(/\/terms$/);
  await expect(visitor.getByRole('main')).toContainText(rule);
  await expect(visitor.getByRole('link', { name: 'Citiți și acceptați termenii noi' })).toHaveAttribute('href', '/accept-terms?next=%2Fterms');
  await visitor.goBack();
  await expect(visitor).toHaveURL(/\/accept-terms\?next=%2Fdashboard$/);

  // Going on without ticking the box is refused next to it.
  await visitor.getByRole('button', { name: 'Accept și continui' }).click();
  await expect(visitor.getByRole('main').getByRole('alert').first()).toContainText('Bifați că ați citit și acceptați documentele');
  const tick = visitor.getByRole('checkbox', { name: 'Am citit și accept termenii și condițiile.' });
  await expect(tick).toHaveAccessibleDescription(/Bifați că ați citit și acceptați documentele/);
  await expect(visitor).toHaveURL(/\/accept-terms\?next=%2Fdashboard$/);
  await tick.check();
  await visitor.getByRole('button', { name: 'Accept și continui' }).click();
  await expect(visitor).toHaveURL(/\/dashboard$/);
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible();

  // The acceptance is recorded with the IP, and the citizen is not asked again.
  const rows = await sql<{ version: string; ip: string | null }>(
    `SELECT v.version, a.ip FROM "TermsAcceptance" a JOIN "TermsVersion" v ON v.id = a."termsVersionId" WHERE a."userId" = $1 AND v."contentPageVersionId" IS NOT NULL AND v.kind = 'TERMS' ORDER BY v."publishedAt" DESC LIMIT 1`,
    [citizen.id],
  );
  expect(rows[0]?.version).toMatch(/-v\d+$/);
  expect(rows[0]?.ip).toBeTruthy();
  await visitor.reload();
  await expect(visitor).toHaveURL(/\/dashboard$/);
  await visitor.goto('/account');
  await expect(visitor).toHaveURL(/\/account$/);

  await visitor.goto('/terms');
  await expect(visitor.getByRole('main')).toContainText(rule);
  await expect(visitor.getByRole('link', { name: 'Citiți și acceptați termenii noi' })).toHaveCount(0);
  await context.close();
});
