import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, login, signIn, sql } from '../fixtures';
import { inDays, shownDate } from '../journeys';
import { expectNoAxeViolations } from '../support';

const main = (page: Page) => page.getByRole('main');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Secțiunile administrării' });
const ADMIN = { email: 'admin@demo.local', password: 'Demo-Parola-2026' };

/** Letters only, different on every run. */
const uniqueLetters = () => [...crypto.randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

/** A 1×1 PNG, and text that only claims to be one. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const NOT_AN_IMAGE = Buffer.from('doar text, nu o imagine\n');

/** Whether the image was really loaded (through the portal's image route, under its CSP). */
const loaded = (image: ReturnType<Page['getByRole']>) => image.evaluate((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0);

test('the administrator writes a post in Markdown, publishes it, and it appears on the home page under "Ultimele noutăți"', async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Program de sărbători ${uniqueLetters()}`;
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await nav(page).getByRole('link', { name: 'Noutăți' }).click();
  await expect(page).toHaveURL(/\/admin\/news$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noutăți');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Știre nouă' }).click();
  await expect(page).toHaveURL(/\/admin\/news\/new$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Știre nouă');
  await expectNoAxeViolations(page);

  // Nothing typed: each field says what it needs, before anything is sent.
  await page.getByRole('button', { name: 'Salvează ciorna' }).click();
  await expect(main(page).getByRole('alert').first()).toContainText('Scrieți titlul (cel puțin 3 caractere).');
  await page.getByLabel('Titlul în română').fill(title);
  await page.getByLabel('Rezumatul în română').fill('Programul ghișeelor în zilele de sărbătoare.');
  await page.getByLabel('Textul în română').fill('## Programul ghișeelor\n\nÎn zilele libere:\n\n- 24 decembrie: 8–12\n- 31 decembrie: închis\n\nDetalii pe [site-ul primăriei](https://primariaroman.ro).');
  await page.getByLabel('Titlul în engleză').fill('Holiday opening hours');
  await page.getByLabel('Rezumatul în engleză').fill('Opening hours of the desks on public holidays.');
  await page.getByLabel('Textul în engleză').fill('## Desk hours\n\n- 24 December: 8–12');
  await page.getByRole('button', { name: 'Salvează ciorna' }).click();

  await expect(page).toHaveURL(/\/admin\/news\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(main(page)).toContainText('Ciornă');
  // The preview renders the saved Markdown.
  const preview = page.getByRole('region', { name: 'În română' });
  await expect(preview.getByRole('heading', { name: 'Programul ghișeelor' })).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveText(['24 decembrie: 8–12', '31 decembrie: închis']);

  // The image: described first; a file that only claims to be a PNG is refused by the server's check.
  const image = page.getByRole('region', { name: 'Imagine', exact: true });
  await image.getByLabel('Descrierea imaginii în română').fill('Clădirea primăriei');
  await image.getByLabel('Descrierea imaginii în engleză').fill('The city hall building');
  await image.getByLabel('Fișierul imaginii').setInputFiles({ name: 'poza.png', mimeType: 'image/png', buffer: NOT_AN_IMAGE });
  await image.getByRole('button', { name: 'Încarcă imaginea' }).click();
  await expect(image.getByRole('alert')).toContainText('Imaginea trebuie să fie JPEG, PNG sau WebP.');
  await image.getByLabel('Fișierul imaginii').setInputFiles({ name: 'primaria.png', mimeType: 'image/png', buffer: PNG });
  await image.getByRole('button', { name: 'Încarcă imaginea' }).click();
  await expect(image.getByRole('status')).toHaveText('Imaginea a fost adăugată.');
  await expect(image.getByRole('img', { name: 'Clădirea primăriei' })).toBeVisible();
  await expect.poll(() => loaded(image.getByRole('img', { name: 'Clădirea primăriei' }))).toBe(true);
  await expect(page.getByRole('region', { name: 'Textul știrii' }).getByLabel('Descrierea imaginii în engleză')).toHaveValue('The city hall building');
  await expectNoAxeViolations(page);

  const publication = page.getByRole('region', { name: 'Publicare' });
  await publication.getByRole('button', { name: 'Publică acum' }).click();
  await expect(publication.getByRole('status')).toHaveText('Știrea a fost publicată.');
  await expect(publication).toContainText('Știrea este pe portal din');

  await page.goto('/');
  const latest = page.getByRole('region', { name: 'Ultimele noutăți' });
  await latest.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/news\/program-de-sarbatori-[a-z]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { level: 2, name: 'Programul ghișeelor' })).toBeVisible();
  await expect(main(page).getByRole('listitem')).toHaveText(['24 decembrie: 8–12', '31 decembrie: închis']);
  await expect(main(page).getByRole('link', { name: 'site-ul primăriei' })).toHaveAttribute('href', 'https://primariaroman.ro');
  await expect.poll(() => loaded(main(page).getByRole('img', { name: 'Clădirea primăriei' }))).toBe(true);
  await expectNoAxeViolations(page);

  await page.goto('/news');
  await expect(main(page).getByRole('link', { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a post scheduled for tomorrow is not on /news yet', async ({ page }) => {
  test.setTimeout(90_000);
  const title = `Consultare publică ${uniqueLetters()}`;
  const id = crypto.randomUUID();
  // The draft exists already (set up through the database); its scheduling is what is tested.
  await sql(
    `INSERT INTO "NewsPost" (id, slug, "titleRo", "titleEn", "excerptRo", "excerptEn", "bodyRo", "bodyEn", "updatedAt")
     VALUES ($1, $2, $3, 'Public consultation', 'Consultare publică privind bugetul.', 'Public consultation on the budget.', 'Textul anunțului.', 'The text.', now())`,
    [id, `consultare-${uniqueLetters()}`, title],
  );
  const tomorrow = { iso: inDays(1), printed: shownDate(inDays(1)) };
  await login(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/news/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  const publication = page.getByRole('region', { name: 'Publicare' });
  await publication.getByLabel('Data și ora publicării (ora României)').fill(`${tomorrow.iso}T09:00`);
  await publication.getByRole('button', { name: 'Programează publicarea' }).click();
  await expect(publication.getByRole('status')).toHaveText('Publicarea a fost programată.');
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText(`Programată pentru ${tomorrow.printed} 09:00`);
  await expectNoAxeViolations(page);

  await page.goto('/admin/news');
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText(`Programată pentru ${tomorrow.printed} 09:00`);

  await page.goto('/news');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noutăți');
  await expect(main(page).getByRole('link', { name: title })).toHaveCount(0);
});

test('a clerk gets 403 on the news administration and does not see its link', async ({ page }) => {
  const clerk = await createUser({ role: 'CLERK' });
  const [post] = await sql<{ id: string }>(`SELECT id FROM "NewsPost" ORDER BY "createdAt" LIMIT 1`);
  await signIn(page, clerk.email);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(nav(page).getByRole('link', { name: 'Noutăți' })).toHaveCount(0);
  for (const path of ['/admin/news', '/admin/news/new', `/admin/news/${post!.id}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nu aveți acces la această pagină');
  }
});
