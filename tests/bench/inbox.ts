/**
 * `npm run bench:inbox`: the clerks' inbox (lib/requests/inbox.ts) against 1,000,000 requests of
 * 200,000 applicants, on its own embedded PostgreSQL under .data/bench-inbox (port 54375): migrations,
 * demo data, then the bulk data made with SQL (two years of requests over the 15 services, fiscal
 * certificates first; ~6 % still open, most of those overdue; ~20 % assigned to clerk@demo.local).
 * Each query is the library's own function, called directly (server time: the scope lookup and the
 * query), 30 runs after a warm-up: p50 and p95, then the top of its EXPLAIN (ANALYZE, BUFFERS).
 * Target: p95 ≤ 50 ms. A benchmark, not a test: it prints numbers and asserts nothing.
 *
 * Then the personal space of a heavy applicant (a company with 5,000 requests and 20,000
 * notifications): dashboard pages and filter, the bell count, notification pages by keyset.
 *
 * `npm run bench:inbox -- --keep` keeps the data of the previous run (no wipe, no generation when the
 * requests are there): handy when trying indexes.
 */
import '@/lib/cli/server-only-shim';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { toSearchText } from '@/lib/services/search-text';

process.env.DATA_DIR ??= '.data/bench-inbox';
process.env.EMBEDDED_PG_PORT ??= '54375';

const APPLICANTS = 200_000;
const REQUESTS = 1_000_000;
const RUNS = 30;
const KEEP = process.argv.includes('--keep');

const FIRST = [
  'Ion', 'Maria', 'Andrei', 'Elena', 'Mihai', 'Ioana', 'Alexandru', 'Ana', 'Gheorghe', 'Cristina', 'Vasile', 'Mihaela',
  'Constantin', 'Daniela', 'Nicolae', 'Gabriela', 'Florin', 'Adriana', 'Ștefan', 'Alina', 'Dumitru', 'Simona', 'Cătălin', 'Roxana',
  'Răzvan', 'Iulia', 'Bogdan', 'Oana', 'Marian', 'Raluca', 'Ciprian', 'Monica', 'Sorin', 'Irina', 'Lucian', 'Carmen',
  'Petru', 'Teodora', 'Adrian', 'Larisa', 'Costel', 'Anișoara', 'Dănuț', 'Mădălina', 'Tudor', 'Bianca', 'Valentin', 'Diana',
  'Cosmin', 'Luminița', 'Ovidiu', 'Georgiana', 'Emil', 'Florentina', 'Radu', 'Corina', 'Marius', 'Lăcrămioara', 'Viorel', 'Ștefania',
];
const LAST = [
  'Popescu', 'Popa', 'Pop', 'Radu', 'Ionescu', 'Dumitru', 'Stoica', 'Stan', 'Gheorghe', 'Rusu', 'Munteanu', 'Matei',
  'Constantin', 'Șerban', 'Moldovan', 'Lungu', 'Ciobanu', 'Ene', 'Răducanu', 'Marin', 'Tudor', 'Dinu', 'Ursu', 'Florea',
  'Mihai', 'Neagu', 'Toma', 'Nistor', 'Cojocaru', 'Lazăr', 'Bălan', 'Sandu', 'Barbu', 'Ilie', 'Cristea', 'Stănescu',
  'Zamfir', 'Manea', 'Oprea', 'Dobre', 'Surdu', 'Țurcanu', 'Bucur', 'Diaconu', 'Anghel', 'Paraschiv', 'Vlad', 'Pavel',
  'Roman', 'Mocanu', 'Grigore', 'Căpraru', 'Mitrea', 'Preda', 'Ardeleanu', 'Pîrvu', 'Rotaru', 'Chirilă', 'Vasilescu', 'Nedelcu',
  'Avram', 'Andrieș', 'Bejan', 'Tănase', 'Bălănescu', 'Hușanu', 'Apostu', 'Țăranu', 'Ciubotaru', 'Onu', 'Pricop', 'Agavriloaie',
  'Pintilie', 'Lupu', 'Ungureanu', 'Amariei', 'Cozma', 'Păduraru', 'Scutaru', 'Gavrilă', 'Iftime', 'Dănilă', 'Tofan', 'Irimia',
  'Acatrinei', 'Bârsan', 'Vârlan', 'Dascălu', 'Huțanu', 'Crăciun', 'Ababei', 'Chiriac', 'Enache', 'Croitoru', 'Moraru', 'Bostan',
  'Cazacu', 'Sava', 'Timofte', 'Grădinaru', 'Leonte', 'Ifrim', 'Boboc', 'Ciocan', 'Jitaru', 'Mârza', 'Bălțatu', 'Ostafi',
  'Iacob', 'Tănasă', 'Olaru', 'Antonescu', 'Iordache', 'Năstase', 'Fodor', 'Crețu', 'Neculai', 'Spiridon', 'Puiu', 'Ghiță',
];
const COMPANY = ['Construct', 'Agro', 'Trans', 'Impex', 'Serv', 'Com', 'Invest', 'Prod', 'Med', 'Tech'];

/** [service slug, weight in % of requests]: fiscal certificates dominate, as at a real counter. */
const SERVICE_WEIGHTS: [string, number][] = [
  ['certificat-atestare-fiscala-persoane-fizice', 25], ['certificat-atestare-fiscala-persoane-juridice', 8], ['declaratie-impunere-cladiri-teren', 10],
  ['inregistrare-radiere-vehicul', 6], ['istoric-rol-fiscal', 2], ['restituire-sume-platite', 2],
  ['certificat-de-urbanism', 8], ['autorizatie-de-construire', 5], ['autorizatie-de-desfiintare', 1], ['certificat-nomenclatura-stradala', 4],
  ['copii-documente-arhiva', 4], ['acord-de-functionare', 4], ['abonament-parcare-riveran', 5],
  ['petitie-sesizare', 10], ['informatii-de-interes-public', 6],
];

/** Applicants, their requests and more clerks, in bulk with SQL (no triggers, indexes rebuilt after the load). */
async function generate(client: Client, { applicants, requests }: { applicants: number; requests: number }) {
  const t0 = Date.now();
  const step = (label: string) => console.log(`  ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  // Timestamps are stored in UTC (as Prisma does); the rows are built right, so foreign-key triggers are skipped.
  await client.query(`SET TIME ZONE 'UTC'; SET session_replication_role = replica; SET maintenance_work_mem = '512MB'; SET max_parallel_maintenance_workers = 2; SET synchronous_commit = off`);
  // Staff: two more clerks in taxes, one in each other department with services.
  await client.query(`
    INSERT INTO "User" (id, email, role, "accountType", status, "emailVerifiedAt", "updatedAt")
    SELECT 'bench-clerk-' || d.slug || '-' || n, 'clerk' || n || '.' || d.slug || '@bench.local', 'CLERK', 'STAFF', 'ACTIVE', now(), now()
    FROM "Department" d CROSS JOIN generate_series(1, CASE d.slug WHEN 'taxe-impozite' THEN 2 ELSE 1 END) n;
    INSERT INTO "PersonProfile" ("userId", "firstName", "lastName", "updatedAt")
    SELECT id, 'Funcționar', split_part(email, '@', 1), now() FROM "User" WHERE id LIKE 'bench-clerk-%';
    INSERT INTO "DepartmentMember" ("departmentId", "userId")
    SELECT d.id, u.id FROM "User" u JOIN "Department" d ON u.id LIKE 'bench-clerk-' || d.slug || '-%';`);
  // Applicants: 90 % persons, 10 % companies.
  const firstSearch = FIRST.map((n) => toSearchText(n));
  const lastSearch = LAST.map((n) => toSearchText(n));
  await client.query(
    `CREATE TEMP TABLE bench_applicant AS
     SELECT g, id, company,
       CASE WHEN company THEN 'SC ' || ($2::text[])[li] || ' ' || ($5::text[])[ci] || ' SRL' ELSE ($1::text[])[fi] || ' ' || ($2::text[])[li] END AS name,
       CASE WHEN company THEN 'sc ' || ($4::text[])[li] || ' ' || lower(($5::text[])[ci]) || ' srl' ELSE ($3::text[])[fi] || ' ' || ($4::text[])[li] END AS search,
       CASE WHEN company THEN (10000000 + g * 37)::text
            -- 13 digits, unique (the last six are g); the control digit is not checked in the back office
            ELSE (CASE WHEN g % 2 = 0 THEN '2' ELSE '1' END) || lpad(((g * 7919) % 999999)::text, 6, '0') || lpad(g::text, 6, '0') END AS id_number
     FROM (
       SELECT g, 'bench-app-' || lpad(g::text, 6, '0') AS id, g % 10 = 0 AS company,
         -- every first name with every surname: ~28 applicants share a full name
         1 + g % cardinality($1::text[]) AS fi, 1 + (g / cardinality($1::text[])) % cardinality($2::text[]) AS li, 1 + (g / 10) % cardinality($5::text[]) AS ci
       FROM generate_series(1, $6::int) g
     ) x`,
    [FIRST, LAST, firstSearch, lastSearch, COMPANY, applicants],
  );
  await client.query(`
    INSERT INTO "User" (id, email, role, "accountType", status, "emailVerifiedAt", "updatedAt")
    SELECT id, 'applicant' || g || '@bench.local', 'CITIZEN', CASE WHEN company THEN 'COMPANY' ELSE 'PERSON' END::"AccountType", 'ACTIVE', now(), now() FROM bench_applicant;
    INSERT INTO "PersonProfile" ("userId", "firstName", "lastName", cnp, "updatedAt")
    SELECT id, split_part(name, ' ', 1), split_part(name, ' ', 2), id_number, now() FROM bench_applicant WHERE NOT company;
    INSERT INTO "OrganizationProfile" ("userId", name, cui, "representativeName", "updatedAt")
    SELECT id, name, id_number, 'Administrator', now() FROM bench_applicant WHERE company;`);
  step(`${applicants} applicants`);

  // The services, each with its published version, in SERVICE_WEIGHTS order, and the cumulative weights.
  await client.query(
    `CREATE TEMP TABLE bench_service AS
     SELECT w.ord::int AS ord, s."departmentId" AS department_id, s."legalTermDays" AS term, d.slug AS department,
            (SELECT v.id FROM "ServiceVersion" v WHERE v."serviceId" = s.id ORDER BY v.number DESC LIMIT 1) AS version_id
     FROM unnest($1::text[]) WITH ORDINALITY AS w(slug, ord) JOIN "Service" s ON s.slug = w.slug JOIN "Department" d ON d.id = s."departmentId"`,
    [SERVICE_WEIGHTS.map(([slug]) => slug)],
  );
  const cumulative: number[] = [];
  SERVICE_WEIGHTS.reduce((sum, [, w]) => (cumulative.push((sum + w) / 100), sum + w), 0);
  const clerk = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'clerk@demo.local'`);
  const urbanism = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'clerk.urbanism@demo.local'`);

  // Drop the table's secondary indexes while loading, then build them again from their own definitions.
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'ServiceRequest' AND indexname <> 'ServiceRequest_pkey'`,
  );
  for (const index of indexes.rows) await client.query(`DROP INDEX "${index.indexname}"`);

  await client.query(
    `WITH r AS (
       SELECT i,
         -- spread evenly over the last two years, a few minutes of jitter
         now() - interval '730 days' + (i::float8 / $1) * interval '730 days' + random() * interval '5 minutes' AS submitted,
         width_bucket(random(), $2::float8[]) + 1 AS service_ord,
         1 + floor(random() * $3)::int AS applicant_g,
         random() AS r_status, random() AS r_kind, random() AS r_assign, random() AS r_close
       FROM generate_series(1, $1::int) i
     ), s AS (
       SELECT r.*, bs.department_id, bs.department, bs.version_id, bs.term,
         r.submitted + bs.term * interval '1 day' AS due,
         -- still within the legal term: mostly open; past it: mostly closed, 5 % backlog
         CASE WHEN now() < r.submitted + bs.term * interval '1 day' THEN r.r_status < 0.7 ELSE r.r_status < 0.05 END AS open
       FROM r JOIN bench_service bs ON bs.ord = r.service_ord
     ), t AS (
       SELECT s.*,
         CASE WHEN s.open THEN
           CASE WHEN r_kind < 0.20 THEN 'SUBMITTED' WHEN r_kind < 0.65 THEN 'IN_REVIEW' WHEN r_kind < 0.80 THEN 'NEEDS_INFO' WHEN r_kind < 0.92 THEN 'AWAITING_PAYMENT' ELSE 'PAYMENT_SUBMITTED' END
         ELSE
           CASE WHEN r_kind < 0.82 THEN 'APPROVED' WHEN r_kind < 0.94 THEN 'REJECTED' ELSE 'WITHDRAWN' END
         END::"RequestStatus" AS status
       FROM s
     )
     INSERT INTO "ServiceRequest" (id, "registrationNumber", "applicantId", "serviceVersionId", "departmentId", status, answers,
       "applicantName", "applicantIdNumber", "applicantSearch", "assigneeId", "submittedAt", "dueAt", "closedAt", "createdAt", "updatedAt")
     SELECT 'bench-req-' || lpad(t.i::text, 7, '0'),
       'RMN-' || y.year || '-' || lpad(row_number() OVER (PARTITION BY y.year ORDER BY t.submitted, t.i)::text, 6, '0'),
       a.id, t.version_id, t.department_id, t.status, '{}'::jsonb, a.name, a.id_number, a.search,
       CASE
         WHEN t.status = 'SUBMITTED' AND t.r_assign < 0.5 THEN NULL
         WHEN t.department = 'taxe-impozite' THEN CASE WHEN t.r_assign < 0.38 THEN $4 WHEN t.r_assign < 0.7 THEN 'bench-clerk-taxe-impozite-1' ELSE 'bench-clerk-taxe-impozite-2' END
         WHEN t.department = 'urbanism' THEN CASE WHEN t.r_assign < 0.6 THEN $5 ELSE 'bench-clerk-urbanism-1' END
         ELSE 'bench-clerk-' || t.department || '-1'
       END,
       t.submitted, t.due,
       CASE WHEN t.open THEN NULL ELSE t.submitted + t.r_close * t.term * interval '1 day' END,
       t.submitted - interval '10 minutes',
       CASE WHEN t.open THEN t.submitted ELSE t.submitted + t.r_close * t.term * interval '1 day' END
     FROM t
     CROSS JOIN LATERAL (SELECT extract(year FROM t.submitted AT TIME ZONE 'Europe/Bucharest')::int AS year) y
     JOIN bench_applicant a ON a.g = t.applicant_g`,
    [requests, cumulative.slice(0, -1), applicants, clerk.rows[0]!.id, urbanism.rows[0]!.id],
  );
  step(`${requests} requests`);
  for (const index of indexes.rows) await client.query(index.indexdef);
  step(`${indexes.rows.length} indexes rebuilt`);
  // Next registration numbers continue after the generated ones.
  await client.query(`
    INSERT INTO registration_counters (year, last)
    SELECT split_part("registrationNumber", '-', 2)::int, max(split_part("registrationNumber", '-', 3)::int) FROM "ServiceRequest" WHERE id LIKE 'bench-req-%' GROUP BY 1
    ON CONFLICT (year) DO UPDATE SET last = GREATEST(registration_counters.last, EXCLUDED.last);
    SET session_replication_role = DEFAULT`);
  await client.query('VACUUM (ANALYZE) "ServiceRequest"');
  await client.query('ANALYZE');
  step('vacuum and analyze');
}

type TQueryLog = { query: string; params: string };

/** The plan of a logged query, run again with EXPLAIN: the node lines, indexes named. */
async function explain(client: Client, logged: TQueryLog): Promise<string[]> {
  const params = JSON.parse(logged.params) as unknown[];
  const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${logged.query}`, params);
  const lines = result.rows.map((row) => row['QUERY PLAN']);
  const nodes = lines.filter((line, i) => i === 0 || line.includes('->') || /Index Cond|Recheck Cond|Filter:|Execution Time/.test(line));
  return nodes.slice(0, 14).map((line) => (line.length > 170 ? `${line.slice(0, 167)}...` : line));
}

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;

async function main() {
  if (!KEEP) fs.rmSync(path.resolve(process.env.DATA_DIR as string), { recursive: true, force: true });
  const { startServices } = await import('@/lib/cli/services');
  const services = await startServices({ withStorage: false });
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  try {
    const [{ applyMigrations }, { PrismaClient }, { PrismaPg }, { seedDemo }, inbox] = await Promise.all([
      import('@/lib/db/migrate'),
      import('@/lib/generated/prisma/client'),
      import('@prisma/adapter-pg'),
      import('@/prisma/seed'),
      import('@/lib/requests/queries/inbox'),
    ]);
    await applyMigrations(process.env.DATABASE_URL as string);
    await client.connect();

    // The client of lib/db.ts (same adapter and pool), which it picks up from globalThis, logging
    // the SQL of each query to explain it afterwards.
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL as string, max: 10 }), log: [{ emit: 'event', level: 'query' }] });
    (globalThis as { prisma?: unknown }).prisma = prisma;
    const logged: TQueryLog[] = [];
    prisma.$on('query', (event) => logged.push({ query: event.query, params: event.params }));

    const existing = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ServiceRequest" WHERE id LIKE 'bench-req-%'`);
    if (existing.rows[0]!.n === 0) {
      await seedDemo(prisma);
      console.log(`generating ${APPLICANTS.toLocaleString('en')} applicants and ${REQUESTS.toLocaleString('en')} requests…`);
      const started = Date.now();
      await generate(client, { applicants: APPLICANTS, requests: REQUESTS });
      console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else {
      console.log(`reusing ${existing.rows[0]!.n.toLocaleString('en')} generated requests (--keep)`);
    }

    const staff = (email: string) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    const clerk = await staff('clerk@demo.local');
    const admin = await staff('admin@demo.local');
    // An open request of the clerk's department, so that the searches in the default view find it.
    const taxes = await client.query<{ registrationNumber: string; applicantIdNumber: string }>(
      `SELECT r."registrationNumber", r."applicantIdNumber" FROM "ServiceRequest" r JOIN "Department" d ON d.id = r."departmentId"
       WHERE d.slug = 'taxe-impozite' AND r.id LIKE 'bench-req-%' AND length(r."applicantIdNumber") = 13
         AND r.status IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED')
       ORDER BY r.id OFFSET 12345 LIMIT 1`,
    );
    const sample = taxes.rows[0]!;
    const q = (params: Record<string, string>) => inbox.parseInboxQuery(params);

    // Page 1,000 of the default view, reached once by following the cursors.
    const walkStarted = performance.now();
    let deep = q({});
    let pageNumber = 1;
    for (let page = await inbox.listInbox(clerk, deep); pageNumber < 1000 && page.nextCursor; pageNumber++) {
      deep = q({ after: page.nextCursor });
      page = await inbox.listInbox(clerk, deep);
    }
    console.log(`walked to page ${pageNumber.toLocaleString('en')} of the default view in ${((performance.now() - walkStarted) / 1000).toFixed(1)} s`);

    const cases: { label: string; run: () => Promise<unknown> }[] = [
      { label: 'first page (clerk, default filters)', run: () => inbox.listInbox(clerk, q({})) },
      { label: `page ${pageNumber.toLocaleString('en')} by keyset`, run: () => inbox.listInbox(clerk, deep) },
      {
        label: 'filtered: in review + fiscal cert. PF + overdue',
        run: () => inbox.listInbox(clerk, q({ status: 'IN_REVIEW', service: 'certificat-atestare-fiscala-persoane-fizice', overdue: '1' })),
      },
      { label: `search: registration number`, run: () => inbox.listInbox(clerk, q({ q: sample.registrationNumber })) },
      { label: 'search: name "Ionescu"', run: () => inbox.listInbox(clerk, q({ q: 'Ionescu' })) },
      { label: 'search: CNP', run: () => inbox.listInbox(clerk, q({ q: sample.applicantIdNumber })) },
      { label: 'countByStatus (clerk, default filters)', run: () => inbox.countByStatus(clerk, q({})) },
      // Not in the brief's list, measured for the record.
      { label: 'extra: search: name "Maria Popescu"', run: () => inbox.listInbox(clerk, q({ q: 'maria popescu' })) },
      { label: 'extra: search: name "Ionescu", all statuses', run: () => inbox.listInbox(clerk, q({ q: 'Ionescu', status: 'all' })) },
      { label: 'extra: search: name "Ana" (broad), all statuses', run: () => inbox.listInbox(clerk, q({ q: 'Ana', status: 'all' })) },
      { label: 'extra: "Doar cererile mele", sort submitted', run: () => inbox.listInbox(clerk, q({ assigned: 'me', sort: 'submitted' })) },
      { label: 'extra: all statuses, sort submitted', run: () => inbox.listInbox(clerk, q({ status: 'all', sort: 'submitted' })) },
      { label: 'extra: admin first page (all departments)', run: () => inbox.listInbox(admin, q({})) },
      { label: 'extra: admin, all statuses, sort due', run: () => inbox.listInbox(admin, q({ status: 'all' })) },
      { label: 'extra: countByStatus, "Doar cererile mele"', run: () => inbox.countByStatus(clerk, q({ assigned: 'me' })) },
      { label: 'extra: countByStatus, service filter', run: () => inbox.countByStatus(clerk, q({ service: 'istoric-rol-fiscal' })) },
      { label: 'extra: countByStatus (admin)', run: () => inbox.countByStatus(admin, q({})) },
      { label: 'extra: countByStatus, name "Ionescu"', run: () => inbox.countByStatus(clerk, q({ q: 'Ionescu' })) },
      { label: 'extra: countByStatus, name "Ana" (broad)', run: () => inbox.countByStatus(clerk, q({ q: 'Ana' })) },
    ];

    // The personal space of a heavy applicant: a company with 5,000 filed requests and 20,000 notifications.
    const heavy = 'bench-app-000010';
    const moved = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ServiceRequest" WHERE "applicantId" = $1`, [heavy]);
    if (moved.rows[0]!.n < 5000) {
      await client.query(`UPDATE "ServiceRequest" SET "applicantId" = $1 WHERE id IN (SELECT id FROM "ServiceRequest" WHERE id LIKE 'bench-req-%' ORDER BY id LIMIT 5000)`, [heavy]);
      await client.query(
        `INSERT INTO "Notification" (id, "userId", kind, params, "readAt", "createdAt")
         SELECT 'bench-notif-' || g, $1, 'request.inReview', '{"registrationNumber":"RMN-2026-000001"}'::jsonb,
                CASE WHEN g % 10 = 0 THEN NULL ELSE now() END, now() - (g || ' minutes')::interval
         FROM generate_series(1, 20000) g`,
        [heavy],
      );
      await client.query(`ANALYZE "ServiceRequest"; ANALYZE "Notification"`);
    }
    const [dashboard, notifications, { ZNotificationCursorSchema }] = await Promise.all([import('@/lib/requests/queries/applicant'), import('@/lib/notifications/notifications'), import('@/lib/notifications/schemas')]);
    const page = (status: string, number: number) => dashboard.parseDashboardQuery({ status, page: String(number) });
    const firstNotifications = await notifications.listNotifications(heavy);
    let notificationCursor = firstNotifications.nextCursor;
    for (let i = 0; i < 498 && notificationCursor; i++) notificationCursor = (await notifications.listNotifications(heavy, { cursor: ZNotificationCursorSchema.parse(notificationCursor) })).nextCursor;
    const deepNotifications = ZNotificationCursorSchema.parse(notificationCursor);
    cases.push(
      { label: 'dashboard: 5,000 requests, page 1', run: () => dashboard.listOwnRequests(heavy, page('all', 1), 'ro') },
      { label: 'dashboard: 5,000 requests, page 400', run: () => dashboard.listOwnRequests(heavy, page('all', 400), 'ro') },
      { label: 'dashboard: "Așteaptă ceva de la dvs."', run: () => dashboard.listOwnRequests(heavy, page('action', 1), 'ro') },
      { label: 'bell: unread count (2,000 unread)', run: () => notifications.unreadCount(heavy) },
      { label: 'notifications: page 1 of 1,000', run: () => notifications.listNotifications(heavy) },
      { label: 'notifications: page 500 by keyset', run: () => notifications.listNotifications(heavy, { cursor: deepNotifications }) },
    );

    const results: { label: string; p50: number; p95: number }[] = [];
    for (const c of cases) {
      for (let i = 0; i < 3; i++) await c.run(); // warm-up
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await c.run();
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 0.5);
      const p95 = percentile(times, 0.95);
      results.push({ label: c.label, p50, p95 });
      logged.length = 0;
      await c.run();
      const statement = logged.filter((entry) => entry.query.includes('"ServiceRequest"') || entry.query.includes('"Notification"')).at(-1);
      console.log(`\n${c.label}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms${p95 > 50 ? '  (over the 50 ms target)' : ''}`);
      if (statement) for (const line of await explain(client, statement)) console.log(`  ${line}`);
    }

    console.log(`\n${'query'.padEnd(48)} ${'p50'.padStart(9)} ${'p95'.padStart(9)}   (n=${RUNS}, target p95 ≤ 50 ms)`);
    for (const r of results) {
      console.log(`${r.label.padEnd(48)} ${`${r.p50.toFixed(1)} ms`.padStart(9)} ${`${r.p95.toFixed(1)} ms`.padStart(9)}${r.p95 > 50 ? '   over' : ''}`);
    }
    const sizes = await client.query<{ name: string; size: string }>(
      `SELECT indexrelname AS name, pg_size_pretty(pg_relation_size(indexrelid)) AS size FROM pg_stat_user_indexes WHERE relname = 'ServiceRequest' ORDER BY indexrelname`,
    );
    const table = await client.query<{ size: string }>(`SELECT pg_size_pretty(pg_relation_size('"ServiceRequest"')) AS size`);
    console.log(`\nServiceRequest: table ${table.rows[0]!.size}; indexes:`);
    for (const index of sizes.rows) console.log(`  ${index.name.padEnd(58)} ${index.size.padStart(8)}`);
    await prisma.$disconnect();
  } finally {
    await client.end().catch(() => {});
    await services.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
