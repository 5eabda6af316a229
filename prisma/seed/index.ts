/**
 * Demo data for embedded mode only (the launcher never calls it against an external database).
 * Idempotent: every row is upserted by a natural key, so a second `npm start` changes nothing.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { seedContentPages } from '@/lib/content/seed';
import type { TStorage } from '@/lib/storage';
import { seedAnswerTemplates } from '@/prisma/seed/answer-templates';
import { seedCatalog } from '@/prisma/seed/catalog';
import { seedDemoRequests } from '@/prisma/seed/demo-requests';
import { SEED_CATEGORIES } from '@/prisma/seed/categories';
import { SEED_SERVICES } from '@/prisma/seed/services';

export const DEMO_PASSWORD = 'Demo-Parola-2026';
export const TERMS_VERSION = '2026-11-28';

const DEPARTMENTS = [
  { slug: 'registratura', nameRo: 'Registratură', nameEn: 'Registry Office' },
  { slug: 'urbanism', nameRo: 'Urbanism și amenajarea teritoriului', nameEn: 'Urban Planning' },
  { slug: 'taxe-impozite', nameRo: 'Taxe și impozite locale', nameEn: 'Local Taxes' },
  { slug: 'stare-civila', nameRo: 'Stare civilă', nameEn: 'Civil Status' },
  { slug: 'relatii-publice', nameRo: 'Relații cu publicul', nameEn: 'Public Relations' },
] as const;

type TDemoUser = {
  email: string;
  role: 'ADMIN' | 'CLERK' | 'CITIZEN';
  accountType: 'STAFF' | 'PERSON' | 'COMPANY';
  firstName: string;
  lastName: string;
  departments: string[];
  person?: { cnp: string; phone: string; county: string; locality: string; street: string; number: string; postalCode: string };
  /** A company's profile instead of a person's; firstName and lastName are then its representative's. */
  organization?: {
    name: string;
    cui: string;
    tradeRegisterNumber: string;
    representativeRole: string;
    phone: string;
    county: string;
    locality: string;
    street: string;
    number: string;
    postalCode: string;
  };
};

export const DEMO_USERS: TDemoUser[] = [
  { email: 'admin@demo.local', role: 'ADMIN', accountType: 'STAFF', firstName: 'Ana', lastName: 'Popescu', departments: [] },
  { email: 'clerk@demo.local', role: 'CLERK', accountType: 'STAFF', firstName: 'Mihai', lastName: 'Ionescu', departments: ['taxe-impozite'] },
  { email: 'clerk.urbanism@demo.local', role: 'CLERK', accountType: 'STAFF', firstName: 'Elena', lastName: 'Dumitrescu', departments: ['urbanism'] },
  {
    email: 'citizen@demo.local',
    role: 'CITIZEN',
    accountType: 'PERSON',
    firstName: 'Ion',
    lastName: 'Vasilescu',
    departments: [],
    // A valid CNP (control digit checked) for a person born 1 Jan 1980 in Neamț (county code 27).
    person: { cnp: '1800101270018', phone: '0722 123 456', county: 'Neamț', locality: 'Roman', street: 'Strada Ștefan cel Mare', number: '10', postalCode: '611001' },
  },
  {
    email: 'firma@demo.local',
    role: 'CITIZEN',
    accountType: 'COMPANY',
    firstName: 'Andrei',
    lastName: 'Munteanu',
    departments: [],
    // A valid CUI (control digit checked) and a Neamț (27) trade register number.
    organization: {
      name: 'SC Demo Construct SRL',
      cui: '18456728',
      tradeRegisterNumber: 'J27/1234/2006',
      representativeRole: 'Administrator',
      phone: '0744 555 210',
      county: 'Neamț',
      locality: 'Roman',
      street: 'Bulevardul Roman Mușat',
      number: '54',
      postalCode: '611024',
    },
  },
];

const NEWS = [
  {
    slug: 'portalul-de-servicii-electronice-este-disponibil',
    publishedAt: new Date('2026-11-20T09:00:00+02:00'),
    titleRo: 'Portalul de servicii electronice al Primăriei Roman este disponibil',
    titleEn: 'Roman City Hall’s e-services portal is now available',
    excerptRo: 'De acum puteți depune cereri către primărie de acasă, la orice oră, și urmări stadiul lor în contul personal.',
    excerptEn: 'You can now file requests with the city hall from home, at any hour, and follow them in your personal space.',
    bodyRo:
      'Primăria Municipiului Roman a pus la dispoziția cetățenilor, firmelor și instituțiilor portalul de servicii publice electronice.\n\nDupă crearea unui cont cu o adresă de e-mail validă și activarea lui din mesajul primit, puteți completa online cererile din catalogul „Servicii Publice Electronice”, atașa documentele scanate și primi un număr de înregistrare.\n\nÎn spațiul personal vedeți istoricul cererilor, fiecare etapă a comunicării cu primăria, solicitările de completare și de plată a taxelor.',
    bodyEn:
      'Roman City Hall has opened its e-services portal to citizens, companies and institutions.\n\nOnce you create an account with a valid email address and activate it from the message you receive, you can fill in the requests of the “Electronic Public Services” catalog online, attach scanned documents and get a registration number.\n\nIn your personal space you see the history of your requests, every stage of the communication with the city hall, and requests for more information or for fees.',
  },
  {
    slug: 'terminale-de-autoservire-in-primarie',
    publishedAt: new Date('2026-11-24T10:00:00+02:00'),
    titleRo: 'Terminale de autoservire în holul primăriei',
    titleEn: 'Self-service terminals in the city hall lobby',
    excerptRo: 'În holul primăriei au fost instalate terminale cu ecran tactil de unde puteți depune cereri și verifica stadiul lor.',
    excerptEn: 'Touch-screen terminals in the city hall lobby let you file requests and check their status.',
    bodyRo:
      'Pentru cei care nu au calculator sau acces la internet, în holul primăriei au fost instalate terminale de autoservire.\n\nTerminalele au butoane mari și text ușor de citit. Datele introduse se șterg automat după câteva momente de inactivitate, ca următoarea persoană să nu le vadă.\n\nPersonalul de la Relații cu publicul vă poate ajuta la prima utilizare.',
    bodyEn:
      'For people without a computer or internet access, self-service terminals have been installed in the city hall lobby.\n\nThe terminals have big buttons and easy-to-read text. What you type is erased automatically after a short period of inactivity, so that the next person cannot see it.\n\nThe Public Relations staff can help you the first time.',
  },
  {
    slug: 'certificatul-fiscal-online',
    publishedAt: new Date('2026-11-26T12:00:00+02:00'),
    titleRo: 'Certificatul de atestare fiscală se poate cere online',
    titleEn: 'The tax certificate can be requested online',
    excerptRo: 'Cererea pentru certificatul de atestare fiscală se depune din portal, iar răspunsul vine în contul personal.',
    excerptEn: 'The request for a tax certificate is filed through the portal, and the answer arrives in your personal space.',
    bodyRo:
      'Certificatul de atestare fiscală pentru persoane fizice și juridice poate fi cerut din portal, fără drum la ghișeu.\n\nCompletați formularul, atașați copia actului de identitate sau împuternicirea, după caz, și urmăriți cererea în spațiul personal. Termenul legal de eliberare este de cel mult 2 zile lucrătoare de la înregistrare.',
    bodyEn:
      'The tax certificate for persons and companies can be requested through the portal, with no trip to the counter.\n\nFill in the form, attach a copy of your identity document or the power of attorney where needed, and follow the request in your personal space. The legal term is at most 2 working days from registration.',
  },
];

async function upsertUser(prisma: PrismaClient, user: TDemoUser, departmentIds: Map<string, string>) {
  const existing = await prisma.user.findUnique({ where: { email: user.email }, select: { id: true, passwordHash: true } });
  // Hashing is slow on purpose: keep the hash when it still matches the demo password.
  const passwordHash =
    existing?.passwordHash && (await verifyPassword(existing.passwordHash, DEMO_PASSWORD))
      ? existing.passwordHash
      : await hashPassword(DEMO_PASSWORD);
  const data = {
    role: user.role,
    accountType: user.accountType,
    status: 'ACTIVE' as const,
    passwordHash,
    emailVerifiedAt: new Date('2026-11-01T00:00:00Z'),
  };
  const profile = {
    firstName: user.firstName,
    lastName: user.lastName,
    ...(user.person ?? {}),
  };
  // A company has only its organisation's profile (its name is who applies), as registration makes it.
  const organization = user.organization && { ...user.organization, representativeName: `${user.firstName} ${user.lastName}` };
  const saved = await prisma.user.upsert({
    where: { email: user.email },
    create: { email: user.email, ...data, ...(organization ? { organizationProfile: { create: organization } } : { personProfile: { create: profile } }) },
    update: {
      ...data,
      ...(organization ? { organizationProfile: { upsert: { create: organization, update: organization } } } : { personProfile: { upsert: { create: profile, update: profile } } }),
    },
    select: { id: true },
  });
  for (const slug of user.departments) {
    const departmentId = departmentIds.get(slug);
    if (!departmentId) throw new Error(`unknown department ${slug}`);
    await prisma.departmentMember.upsert({
      where: { departmentId_userId: { departmentId, userId: saved.id } },
      create: { departmentId, userId: saved.id },
      update: {},
    });
  }
  return saved.id;
}

/**
 * `requests`: also the demo requests of the demo citizen and company (prisma/seed/demo-requests.ts),
 * which the launcher asks for and tests of other things leave out.
 */
export async function seedDemo(prisma: PrismaClient, { requests }: { requests?: { storage: TStorage } } = {}) {
  const departmentIds = new Map<string, string>();
  for (const department of DEPARTMENTS) {
    const saved = await prisma.department.upsert({
      where: { slug: department.slug },
      create: department,
      // Created once: administrators rename them afterwards (/admin/departments).
      update: {},
      select: { id: true },
    });
    departmentIds.set(department.slug, saved.id);
  }

  for (const kind of ['TERMS', 'PRIVACY'] as const) {
    await prisma.termsVersion.upsert({
      where: { kind_version: { kind, version: TERMS_VERSION } },
      create: { kind, version: TERMS_VERSION, publishedAt: new Date('2026-11-28T00:00:00Z') },
      update: {},
    });
  }
  // Version 1 of the public pages (/admin/pages) from the embedded texts, once; terms and privacy are the versions above.
  await seedContentPages(prisma, { termsVersionLabel: TERMS_VERSION, publishedAt: new Date('2026-11-28T00:00:00Z') });

  await seedCatalog(prisma, { categories: SEED_CATEGORIES, services: SEED_SERVICES });
  await seedAnswerTemplates(prisma, SEED_SERVICES.map((service) => service.slug));

  const userIds = new Map<string, string>();
  for (const user of DEMO_USERS) userIds.set(user.email, await upsertUser(prisma, user, departmentIds));
  // Demo citizens accepted the seeded terms and privacy notice, as registration records it (not the later ones).
  const seededTerms = await prisma.termsVersion.findMany({ where: { version: TERMS_VERSION }, select: { id: true } });
  const citizenIds = DEMO_USERS.filter((user) => user.role === 'CITIZEN').map((user) => userIds.get(user.email)!);
  await prisma.termsAcceptance.createMany({ data: citizenIds.flatMap((userId) => seededTerms.map((t) => ({ userId, termsVersionId: t.id }))), skipDuplicates: true });

  for (const post of NEWS) {
    const { slug, ...fields } = post;
    await prisma.newsPost.upsert({
      where: { slug },
      create: { slug, ...fields, authorId: userIds.get('admin@demo.local') },
      update: fields,
    });
  }

  // The tax office's demo export, through the real import, once (lib/taxes/demo.ts).
  await (await import('@/lib/taxes/demo')).importDemoTaxes(prisma);

  if (requests) return seedDemoRequests(prisma, requests);
}
