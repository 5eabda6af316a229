import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAnswersSchema } from '@/lib/services/form/answers';
import { parseServiceDefinition } from '@/lib/services/form/definition';
import type { TSeedService } from '@/prisma/seed/catalog';
import { SEED_CATEGORIES } from '@/prisma/seed/categories';
import { SEED_SERVICES } from '@/prisma/seed/services';

const DEPARTMENTS = ['registratura', 'urbanism', 'taxe-impozite', 'stare-civila', 'relatii-publice'];
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The keys of the fields the answers schema complains about, with their messages. */
function issues(slug: string, answers: Record<string, unknown>): Record<string, string> {
  const schema = buildAnswersSchema(parseServiceDefinition(service(slug).definition), { now: () => new Date('2026-03-01T10:00:00Z') });
  const result = schema.safeParse(answers);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

function service(slug: string) {
  const found = SEED_SERVICES.find((s) => s.slug === slug);
  if (!found) throw new Error(`missing service ${slug}`);
  return found;
}

describe('seed services', () => {
  it('has at least 10 services', () => {
    expect(SEED_SERVICES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(SEED_SERVICES.map((s) => [s.slug, s] as const))('%s has a valid definition', (_slug, s) => {
    const definition = parseServiceDefinition(s.definition);
    expect(definition.fields.length).toBeGreaterThanOrEqual(4);
    expect(definition.fields.length).toBeLessThanOrEqual(12);
    expect(definition.documents.length).toBeGreaterThanOrEqual(1);
    expect(definition.documents.length).toBeLessThanOrEqual(5);
    const last = definition.fields.at(-1);
    expect(last?.type).toBe('checkbox');
    expect(last?.required).toBe(true);
  });

  it('has one file per service, named after its slug, each listed once in the index', async () => {
    const dir = path.resolve('prisma/seed/services');
    const files = fs.readdirSync(dir).filter((file) => file !== 'index.ts').sort();
    expect(files).toHaveLength(SEED_SERVICES.length);
    for (const file of files) {
      const exported = Object.values((await import(path.join(dir, file))) as Record<string, TSeedService>);
      expect(exported, file).toHaveLength(1);
      expect(`${exported[0]?.slug}.ts`).toBe(file);
      expect(SEED_SERVICES.filter((s) => s === exported[0]), file).toHaveLength(1);
    }
  });

  it('lists the services in catalog order, positions 1, 2, 3… within each category', () => {
    const categoryPosition = new Map(SEED_CATEGORIES.map((c) => [c.slug, c.position]));
    const rank = (s: TSeedService) => (categoryPosition.get(s.category) ?? 0) * 1000 + s.position;
    expect(SEED_SERVICES.map((s) => s.slug)).toEqual([...SEED_SERVICES].sort((a, b) => rank(a) - rank(b)).map((s) => s.slug));
    for (const category of SEED_CATEGORIES) {
      const positions = SEED_SERVICES.filter((s) => s.category === category.slug).map((s) => s.position);
      expect(positions, category.slug).toEqual(positions.map((_, index) => index + 1));
    }
    expect(SEED_CATEGORIES.map((c) => c.position)).toEqual(SEED_CATEGORIES.map((_, index) => index + 1));
  });

  it('uses unique kebab-case slugs', () => {
    const slugs = [...SEED_SERVICES.map((s) => s.slug), ...SEED_CATEGORIES.map((c) => c.slug)];
    for (const slug of slugs) expect(slug).toMatch(KEBAB);
    expect(new Set(SEED_SERVICES.map((s) => s.slug)).size).toBe(SEED_SERVICES.length);
    expect(new Set(SEED_CATEGORIES.map((c) => c.slug)).size).toBe(SEED_CATEGORIES.length);
  });

  it('refers to existing categories and departments', () => {
    const categories = new Set(SEED_CATEGORIES.map((c) => c.slug));
    for (const s of SEED_SERVICES) {
      expect(categories.has(s.category), `${s.slug} category ${s.category}`).toBe(true);
      expect(DEPARTMENTS, `${s.slug} department`).toContain(s.department);
      expect(s.applicantTypes.length).toBeGreaterThan(0);
      expect(s.legalTermDays).toBeGreaterThan(0);
      if (s.feeAmountBani !== null) expect(Number.isInteger(s.feeAmountBani)).toBe(true);
      expect(s.feeInfoRo.length).toBeGreaterThan(0);
      expect(s.feeInfoEn.length).toBeGreaterThan(0);
    }
  });

  it('uses comma-below diacritics, never cedillas', () => {
    const text = JSON.stringify({ SEED_CATEGORIES, SEED_SERVICES });
    expect(text).not.toMatch(/[şţŞŢ]/);
  });

  it('keeps the legal terms of petitions and public-information requests', () => {
    expect(service('petitie-sesizare').legalTermDays).toBe(30);
    expect(service('informatii-de-interes-public').legalTermDays).toBe(10);
  });

  it('states each term as the law counts it: its unit, extension, suspensions and tacit approval', () => {
    const term = (slug: string) => {
      const s = service(slug);
      return { days: s.legalTermDays, unit: s.legalTermUnit ?? 'CALENDAR_DAYS', extension: s.maxExtensionDays ?? 0, onInfo: s.suspendOnInfo ?? true, onFee: s.suspendOnFee ?? true, tacit: s.tacitApproval ?? false };
    };
    // OG 27/2002 art. 8–9: 30 days, extendable by 15; asking the petitioner for clarifications does not stop it.
    expect(term('petitie-sesizare')).toEqual({ days: 30, unit: 'CALENDAR_DAYS', extension: 15, onInfo: false, onFee: false, tacit: false });
    // Law 544/2001 art. 7: 10 days, 30 when the applicant is told within 10; nothing stops it either.
    expect(term('informatii-de-interes-public')).toEqual({ days: 10, unit: 'CALENDAR_DAYS', extension: 20, onInfo: false, onFee: false, tacit: false });
    // Fiscal Procedure Code art. 159: 2 working days.
    for (const slug of ['certificat-atestare-fiscala-persoane-fizice', 'certificat-atestare-fiscala-persoane-juridice']) expect(term(slug)).toMatchObject({ days: 2, unit: 'WORKING_DAYS', extension: 0, tacit: false });
    // An operating licence is tacitly approved (OUG 27/2003); building and demolition permits and urbanism certificates are
    // not (ÎCCJ, RIL decision no. 13/2013).
    expect(term('acord-de-functionare')).toMatchObject({ days: 30, tacit: true });
    for (const slug of ['autorizatie-de-construire', 'autorizatie-de-desfiintare']) expect(term(slug), slug).toMatchObject({ days: 30, tacit: false });
    expect(term('certificat-de-urbanism')).toMatchObject({ days: 15, tacit: false, onFee: true });
    expect(SEED_SERVICES.filter((s) => s.tacitApproval).map((s) => s.slug)).toEqual(['acord-de-functionare']);
    for (const s of SEED_SERVICES) {
      if (s.tacitApproval) {
        expect(s.tacitApprovalBasisRo, s.slug).toMatch(/27\/2003/);
        expect(s.tacitApprovalBasisEn, s.slug).toMatch(/27\/2003/);
      }
      // A service without a fee has no fee to wait for.
      if (s.feeInfoRo === 'Fără taxă.') expect(s.suspendOnFee, s.slug).toBe(false);
    }
  });

  it('shows some tax return fields only for land', () => {
    const { fields } = parseServiceDefinition(service('declaratie-impunere-cladiri-teren').definition);
    const landOnly = fields.filter((f) => f.visibleWhen?.field === 'propertyType' && f.visibleWhen.equals === 'teren');
    expect(landOnly.map((f) => f.key)).toContain('cadastralNumber');
  });

  it('asks companies for their CUI in the operating permit', () => {
    const s = service('acord-de-functionare');
    expect(s.applicantTypes).toEqual(['COMPANY']);
    const cui = s.definition.fields.find((f) => f.type === 'cui');
    expect(cui?.prefill).toBe('cui');
  });

  it('asks for the cadastral number of land only', () => {
    expect(issues('declaratie-impunere-cladiri-teren', { propertyType: 'teren' })).toHaveProperty('cadastralNumber', 'form.required');
    expect(issues('declaratie-impunere-cladiri-teren', { propertyType: 'cladire' })).not.toHaveProperty('cadastralNumber');
    expect(issues('declaratie-impunere-cladiri-teren', { propertyType: 'cladire' })).toHaveProperty('builtArea', 'form.required');
  });

  it('validates the VIN, the CAEN code and future acquisition dates', () => {
    expect(issues('inregistrare-radiere-vehicul', { operation: 'inregistrare', vin: 'WVWZZZ1JZXW000001' })).not.toHaveProperty('vin');
    expect(issues('inregistrare-radiere-vehicul', { operation: 'inregistrare', vin: 'WVWZZZ1IZXW000001' })).toHaveProperty('vin', 'form.pattern');
    expect(issues('inregistrare-radiere-vehicul', { operation: 'inregistrare', acquisitionDate: '2026-03-02' })).toHaveProperty('acquisitionDate', 'form.dateTooLate');
    expect(issues('inregistrare-radiere-vehicul', { operation: 'radiere' })).not.toHaveProperty('acquisitionDate');
    expect(issues('acord-de-functionare', { caenCode: '4711' })).not.toHaveProperty('caenCode');
    expect(issues('acord-de-functionare', { caenCode: '47a1' })).toHaveProperty('caenCode', 'form.pattern');
    expect(issues('abonament-parcare-riveran', { registrationNumber: 'NT 10 ABC' })).not.toHaveProperty('registrationNumber');
  });

  it('asks for a refund account as an IBAN', () => {
    expect(service('restituire-sume-platite').definition.fields.some((f) => f.type === 'iban' && f.required)).toBe(true);
  });
});
