import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useLocale, type TLocale } from '../support';

type TPageCase = { path: string; h1: Record<TLocale, RegExp>; status?: number };

const PAGES: TPageCase[] = [
  { path: '/', h1: { ro: /Servicii publice electronice/, en: /Electronic public services/ } },
  { path: '/about', h1: { ro: /Despre proiect|Administrație electronică/, en: /About|Electronic administration/ } },
  { path: '/news', h1: { ro: /^Noutăți$/, en: /^News$/ } },
  { path: '/news/portalul-de-servicii-electronice-este-disponibil', h1: { ro: /Portalul de servicii electronice/, en: /e-services portal/ } },
  { path: '/terms', h1: { ro: /Termeni și condiții/, en: /Terms/ } },
  { path: '/privacy', h1: { ro: /confidențialitate/i, en: /Privacy/ } },
  { path: '/accessibility', h1: { ro: /accesibilitate/i, en: /Accessibility/ } },
  { path: '/contact', h1: { ro: /Contact/, en: /Contact/ } },
  { path: '/verify', h1: { ro: /^Verificarea documentelor$/, en: /^Document verification$/ } },
  { path: '/pagina-care-nu-exista', h1: { ro: /Pagina nu a fost găsită/, en: /Page not found/ }, status: 404 },
  { path: '/news/stire-inexistenta', h1: { ro: /Pagina nu a fost găsită/, en: /Page not found/ }, status: 404 },
  { path: '/dev/mailbox', h1: { ro: /Căsuța poștală locală/, en: /Local mailbox/ } },
  { path: '/services', h1: { ro: /^Servicii Publice Electronice$/, en: /^Electronic Public Services$/ } },
  { path: '/services/certificat-de-urbanism', h1: { ro: /^Certificat de urbanism$/, en: /^Urban planning certificate$/ } },
  { path: '/login', h1: { ro: /^Autentificare$/, en: /^Sign in$/ } },
  { path: '/register', h1: { ro: /^Creați un cont$/, en: /^Create an account$/ } },
  { path: '/forgot-password', h1: { ro: /^Ați uitat parola\?$/, en: /^Forgot your password\?$/ } },
  { path: '/reset-password?token=invalid-token-value-123456', h1: { ro: /^Alegeți o parolă nouă$/, en: /^Choose a new password$/ } },
  { path: '/activate?token=invalid-token-value-123456', h1: { ro: /^Activarea contului$/, en: /^Account activation$/ } },
];

for (const locale of ['ro', 'en'] as const) {
  test.describe(`public pages in ${locale}`, () => {
    for (const pageCase of PAGES) {
      test(`${pageCase.path} renders with zero axe violations`, async ({ page, context }) => {
        await useLocale(context, locale);
        const response = await page.goto(pageCase.path);
        expect(response?.status()).toBe(pageCase.status ?? 200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageCase.h1[locale]);
        await expect(page.getByRole('banner')).toBeVisible();
        await expect(page.getByRole('contentinfo')).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('the home page shows the four big buttons and the latest news', async ({ page }) => {
  await page.goto('/');
  const buttons = page.getByRole('navigation', { name: 'Ce doriți să faceți?' }).getByRole('link');
  await expect(buttons).toHaveText([/Servicii Publice Electronice/, /Contul meu/, /Verifică stadiul unei cereri/, /Noutăți/]);
  await expect(page.getByRole('heading', { name: 'Ultimele noutăți' })).toBeVisible();
  await page.getByRole('link', { name: 'Terminale de autoservire în holul primăriei' }).click();
  await expect(page).toHaveURL(/\/news\/terminale-de-autoservire-in-primarie$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terminale de autoservire în holul primăriei');
});

test('the about page presents the project and its EU funding', async ({ page }) => {
  await page.goto('/about');
  const main = page.getByRole('main');
  await expect(main).toContainText('126260');
  await expect(main).toContainText('SIPOCA 526');
  await expect(main).toContainText('Fondul Social European');
});

test('the contact page shows the city hall address', async ({ page }) => {
  await page.goto('/contact');
  await expect(page.getByRole('main')).toContainText('Piața Roman-Vodă nr. 1');
  await expect(page.getByRole('main')).toContainText('611022');
});

test('the language switch changes the whole page to English and back, and remembers the choice', async ({ page }) => {
  await page.goto('/about');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  // The accessible names start with what the buttons show, so "EN" said by voice finds the button.
  await expect(page.getByRole('button', { name: 'RO – Română' })).toHaveText('RO');
  await expect(page.getByRole('button', { name: 'RO – Română' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /^EN\b/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await page.goto('/news');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
  await page.getByRole('button', { name: 'Change the language to Română' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noutăți');
});

test('news pages are paginated through the query string without errors for bad input', async ({ page }) => {
  for (const query of ['?page=abc', '?page=-3', '?page=99999']) {
    const response = await page.goto(`/news${query}`);
    expect(response?.status()).toBe(200);
    // Bad input falls back to the first page.
    await expect(page.getByRole('link', { name: 'Certificatul de atestare fiscală se poate cere online' })).toBeVisible();
  }
  await page.goto('/news?page=500');
  await expect(page.getByText('Nu există noutăți pe această pagină.')).toBeVisible();
  await page.getByRole('link', { name: 'Mergeți la prima pagină' }).click();
  await expect(page).toHaveURL(/\/news$/);
});
