import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createUser, signIn, sql } from '../fixtures';
import { expectNoAxeViolations } from '../support';

const CLERK = { email: 'clerk@demo.local', password: 'Demo-Parola-2026' };

/** Lower-case without diacritics, as the portal stores names for the search (lib/services/search-text.ts). */
const searchText = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// Names and numbers of this run only: other specs file requests in the same database at the same time.
const letters = () => crypto.randomBytes(4).toString('hex').replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!);
const tag = `Zăvoianu${letters()}`;
const pagesTag = `Paginescu${letters()}`;
const numberBase = 900_000 + crypto.randomInt(90_000);
const number = (n: number) => `RMN-2099-${String(numberBase + n).padStart(6, '0')}`;

type TFiled = { id: string; number: string; name: string };

/** A filed request inserted as the submission leaves it. */
async function file({ n, service, status, dueInDays, firstName, applicantId, assigneeId = null }: {
  n: number;
  service: string;
  status: string;
  dueInDays: number;
  firstName: string;
  applicantId: string;
  assigneeId?: string | null;
}): Promise<TFiled> {
  const id = crypto.randomUUID();
  const name = `${firstName} ${tag}`;
  await sql(
    `INSERT INTO "ServiceRequest" (id, "registrationNumber", "applicantId", "serviceVersionId", "departmentId", status,
       "applicantName", "applicantIdNumber", "applicantSearch", "assigneeId", "submittedAt", "dueAt", "updatedAt")
     SELECT $1, $2, $3, v.id, s."departmentId", $5::"RequestStatus", $6, '1800101270018', $7, $8, now() - interval '5 days', now() + $9 * interval '1 day', now()
     FROM "Service" s JOIN "ServiceVersion" v ON v."serviceId" = s.id
     WHERE s.slug = $4 ORDER BY v.number DESC LIMIT 1`,
    [id, number(n), applicantId, service, status, name, searchText(name), assigneeId, dueInDays],
  );
  return { id, number: number(n), name };
}

const rowOf = (page: Page, filed: TFiled) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: filed.number }) });

async function search(page: Page, text: string) {
  await page.getByLabel('Număr de înregistrare, nume, CNP sau CUI').fill(text);
  await page.getByRole('button', { name: 'Filtrează' }).click();
  await page.waitForURL(/[?&]q=/);
}

test.describe('the clerks’ inbox', () => {
  let mine: TFiled;
  let overdue: TFiled;
  let soon: TFiled;
  let colleagues: TFiled;
  let urbanism: TFiled;

  test.beforeAll(async () => {
    const applicant = await createUser({ firstName: 'Ion', lastName: tag });
    const colleague = await createUser({ role: 'CLERK', firstName: 'Radu', lastName: 'Colegul' });
    await sql(`INSERT INTO "DepartmentMember" ("departmentId", "userId") SELECT id, $1 FROM "Department" WHERE slug = 'taxe-impozite'`, [colleague.id]);
    const [clerk] = await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [CLERK.email]);
    const fiscal = 'certificat-atestare-fiscala-persoane-fizice';
    // 20 days: more than 3 working days whatever the holidays in between (Christmas to 7 January has few).
    mine = await file({ n: 1, service: fiscal, status: 'IN_REVIEW', dueInDays: 20, firstName: 'Ștefan', applicantId: applicant.id, assigneeId: clerk!.id });
    overdue = await file({ n: 2, service: fiscal, status: 'SUBMITTED', dueInDays: -2, firstName: 'Ana', applicantId: applicant.id });
    soon = await file({ n: 3, service: fiscal, status: 'NEEDS_INFO', dueInDays: 1, firstName: 'Elena', applicantId: applicant.id, assigneeId: colleague.id });
    colleagues = soon;
    urbanism = await file({ n: 4, service: 'certificat-de-urbanism', status: 'IN_REVIEW', dueInDays: 5, firstName: 'Mihai', applicantId: applicant.id });
  });

  test('the demo clerk sees the requests of Taxe și impozite only, filters “Doar cererile mele”, finds a number, sees what is overdue; no axe violation', async ({ page }) => {
    await signIn(page, CLERK.email, CLERK.password);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'Cereri' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Cereri după stare' }).getByRole('link', { name: /Deschise/ })).toHaveAttribute('aria-current', 'page');

    // The applicant's name, without diacritics: the three requests of taxes, not the one of urban planning.
    await search(page, searchText(tag));
    const table = page.getByRole('table', { name: 'Cereri ordonate după termen, cel mai apropiat întâi' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('rowheader')).toHaveText([overdue.number, soon.number, mine.number]);
    await expect(page.getByRole('main')).not.toContainText(urbanism.number);
    await expectNoAxeViolations(page);

    // Working days left or past, as the law counts them: overdue in red and words; at most 3 working
    // days left in amber and words; the rest counted, unmarked. (How many depends on today's weekday.)
    await expect(rowOf(page, overdue).getByRole('cell').nth(3)).toContainText(/depășit cu (o zi lucrătoare|\d+ zile lucrătoare)/);
    await expect(rowOf(page, soon).getByRole('cell').nth(3)).toContainText(/mai este o zi lucrătoare|mai sunt [23] zile lucrătoare|ultima zi: azi/);
    await expect(rowOf(page, soon).getByRole('cell').nth(3)).toHaveClass(/text-amber-800/);
    await expect(rowOf(page, mine).getByRole('cell').nth(3)).toContainText(/mai sunt \d+ (de )?zile lucrătoare/);
    await expect(rowOf(page, mine).getByRole('cell').nth(3)).not.toHaveClass(/text-red-700|text-amber-800/);
    await expect(rowOf(page, overdue).getByRole('cell').nth(3)).toHaveClass(/text-red-700/);
    await expect(rowOf(page, colleagues)).toContainText('Radu Colegul');
    await expect(rowOf(page, overdue)).toContainText('nerepartizată');

    // Only my requests (the search stays).
    await page.getByRole('radio', { name: 'Doar cererile mele' }).check();
    await page.getByRole('button', { name: 'Filtrează' }).click();
    await page.waitForURL(/assigned=me/);
    await expect(table.getByRole('rowheader')).toHaveText([mine.number]);

    // Only overdue ones, for anyone.
    await page.getByRole('radio', { name: 'Oricine' }).check();
    await page.getByRole('checkbox', { name: 'Doar cele depășite' }).check();
    await page.getByRole('button', { name: 'Filtrează' }).click();
    await page.waitForURL(/overdue=1/);
    await expect(table.getByRole('rowheader')).toHaveText([overdue.number]);

    // A registration number as people type it; the link opens the request.
    await page.getByRole('link', { name: 'Resetează' }).click();
    await page.waitForURL(/\/admin$/);
    await search(page, mine.number.toLowerCase().replace(/-/g, ' '));
    await expect(table.getByRole('rowheader')).toHaveText([mine.number]);
    await expect(table.getByRole('link', { name: mine.number })).toHaveAttribute('href', `/admin/requests/${mine.id}`);

    // Another department's number finds nothing, in any status.
    await page.goto(`/admin?status=all&q=${encodeURIComponent(urbanism.number)}`);
    await expect(page.getByText('Nicio cerere nu corespunde filtrelor alese.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the counters link to each status and keep the other filters; pages follow the cursor; no JavaScript needed', async ({ page, browser }) => {
    await signIn(page, CLERK.email, CLERK.password);
    await page.goto(`/admin?q=${encodeURIComponent(searchText(tag))}`);
    const tabs = page.getByRole('navigation', { name: 'Cereri după stare' });
    await expect(tabs.getByRole('link', { name: /^Deschise\s*3$/ })).toBeVisible();
    await expect(tabs.getByRole('link', { name: /^În analiză\s*1$/ })).toBeVisible();
    await tabs.getByRole('link', { name: /^Trimisă\s*1$/ }).click();
    await page.waitForURL(/status=SUBMITTED/);
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveText([overdue.number]);
    await expect(page.getByLabel('Număr de înregistrare, nume, CNP sau CUI')).toHaveValue(searchText(tag));

    // 26 open requests of one applicant: a full page of 25, then the next one by its cursor.
    const [applicant] = await sql<{ id: string }>(`SELECT "applicantId" AS id FROM "ServiceRequest" WHERE id = $1`, [mine.id]);
    const pagesName = `Ion ${pagesTag}`;
    await sql(
      `INSERT INTO "ServiceRequest" (id, "registrationNumber", "applicantId", "serviceVersionId", "departmentId", status,
         "applicantName", "applicantIdNumber", "applicantSearch", "submittedAt", "dueAt", "updatedAt")
       SELECT gen_random_uuid()::text, 'RMN-2099-' || lpad(($1::int + 100 + g)::text, 6, '0'), $2, x.version, x.department, 'IN_REVIEW',
         $3, '1800101270018', $4, now() - interval '5 days', now() + (g % 7 + 5) * interval '1 day', now()
       FROM generate_series(1, 26) g,
         (SELECT v.id AS version, s."departmentId" AS department FROM "Service" s JOIN "ServiceVersion" v ON v."serviceId" = s.id
          WHERE s.slug = 'certificat-atestare-fiscala-persoane-fizice' ORDER BY v.number DESC LIMIT 1) x`,
      [numberBase, applicant!.id, pagesName, searchText(pagesName)],
    );
    await page.goto(`/admin?q=${encodeURIComponent(pagesTag)}`);
    const rows = page.getByRole('table').getByRole('rowheader');
    await expect(rows).toHaveCount(25);
    const first = await rows.allTextContents();
    await expect(page.getByRole('link', { name: 'Prima pagină' })).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Paginarea cererilor' }).getByRole('link', { name: 'Pagina următoare' }).click();
    await page.waitForURL(/after=/);
    await expect(rows).toHaveCount(1);
    expect(first).not.toContain(await rows.first().textContent());
    await expect(page.getByRole('link', { name: 'Pagina următoare' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Prima pagină' }).click();
    await expect(rows).toHaveText(first);

    // No JavaScript needed: the filter form is a plain GET form.
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await context.newPage();
    await plain.goto('/admin');
    await plain.getByLabel('Număr de înregistrare, nume, CNP sau CUI').fill(searchText(tag));
    await plain.getByLabel('Ordonare').selectOption({ label: 'După data depunerii, cele mai noi întâi' });
    await plain.getByRole('button', { name: 'Filtrează' }).click();
    await expect(plain.getByRole('table', { name: 'Cereri ordonate după data depunerii, cele mai noi întâi' })).toBeVisible();
    await expect(plain.getByRole('table').getByRole('rowheader')).toHaveCount(3);
    await context.close();
  });
});
