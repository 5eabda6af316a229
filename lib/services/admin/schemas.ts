/**
 * Inputs of service administration (the metadata of a service, its state, its import): one zod
 * schema each, used by the forms in the browser and parsed again by the server actions. Errors are
 * message keys (`errors.servicesAdmin.*`, `validation.*`).
 */
import { z } from 'zod';
import { TERM_UNITS } from '@/lib/requests/terms';
import { SLUG_PATTERN } from '@/lib/slug';

const zId = z.string().min(1).max(40);

export const APPLICANT_TYPES = ['PERSON', 'COMPANY', 'INSTITUTION'] as const;
export type TApplicantType = (typeof APPLICANT_TYPES)[number];

/** Lower-case letters and digits in words joined by hyphens: the service's address in the catalog. */
export const zServiceSlug = z
  .string({ error: 'servicesAdmin.slugInvalid' })
  .trim()
  .min(3, 'servicesAdmin.slugInvalid')
  .max(80, 'servicesAdmin.slugInvalid')
  .regex(SLUG_PATTERN, 'servicesAdmin.slugInvalid');

const zText = (min: number, max: number, code: string) =>
  z
    .string({ error: `servicesAdmin.${code}` })
    .trim()
    .min(min, `servicesAdmin.${code}`)
    .max(max, 'servicesAdmin.tooLong');

/** A text that may be left empty: an empty box is "none" (null). */
const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'servicesAdmin.tooLong')
    .nullish()
    .transform((value) => value || null);

/** A whole number of days as typed in a number box (or given as a number). */
const zDays = (min: number, max: number, code: string) =>
  z.union([z.string(), z.number()], { error: `servicesAdmin.${code}` }).transform((value, ctx) => {
    const text = String(value).trim();
    const days = Number(text);
    if (text === '' || !Number.isInteger(days) || days < min || days > max) {
      ctx.addIssue({ code: 'custom', message: `servicesAdmin.${code}` });
      return z.NEVER;
    }
    return days;
  });

/**
 * The fee in lei with up to two decimals ("125", "125,50", "1.250,00"), stored in bani; left empty:
 * no fixed fee (null). 0 is a free service.
 */
export const zFeeLei = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value, ctx) => {
    if (value === null || value === undefined) return null;
    const normalized = String(value)
      .trim()
      .replace(/\s/g, '')
      .replace(/\.(?=\d{3}(\D|$))/g, '')
      .replace(',', '.');
    if (normalized === '') return null;
    if (!/^\d{1,7}(\.\d{1,2})?$/.test(normalized)) {
      ctx.addIssue({ code: 'custom', message: 'servicesAdmin.feeInvalid' });
      return z.NEVER;
    }
    return Math.round(Number(normalized) * 100);
  });

/** Bani as the fee box shows them: "125,50" (ro) or "125.50" (en); empty when there is no fixed fee. */
export function feeToLei(bani: number | null, locale: 'ro' | 'en'): string {
  if (bani === null) return '';
  const text = (bani / 100).toFixed(2);
  return locale === 'ro' ? text.replace('.', ',') : text;
}

const metadataFields = {
  titleRo: zText(3, 200, 'titleRequired'),
  titleEn: zText(3, 200, 'titleRequired'),
  summaryRo: zText(10, 500, 'summaryRequired'),
  summaryEn: zText(10, 500, 'summaryRequired'),
  descriptionRo: zText(10, 10_000, 'descriptionRequired'),
  descriptionEn: zText(10, 10_000, 'descriptionRequired'),
  categoryId: z.string({ error: 'servicesAdmin.categoryRequired' }).min(1, 'servicesAdmin.categoryRequired').max(40),
  departmentId: z.string({ error: 'servicesAdmin.departmentRequired' }).min(1, 'servicesAdmin.departmentRequired').max(40),
  applicantTypes: z
    .array(z.enum(APPLICANT_TYPES), { error: 'servicesAdmin.applicantTypesRequired' })
    .min(1, 'servicesAdmin.applicantTypesRequired')
    .transform((types) => APPLICANT_TYPES.filter((type) => types.includes(type))),
  legalTermDays: zDays(1, 365, 'legalTermInvalid'),
  /** How the law counts the term (lib/requests/terms.ts); the extension counts in the same unit. */
  legalTermUnit: z.enum(TERM_UNITS, { error: 'servicesAdmin.legalTermUnitRequired' }),
  maxExtensionDays: zDays(0, 365, 'extensionInvalid'),
  legalBasisRo: zOptionalText(2000),
  legalBasisEn: zOptionalText(2000),
  suspendOnInfo: z.boolean(),
  suspendOnFee: z.boolean(),
  tacitApproval: z.boolean(),
  tacitApprovalBasisRo: zOptionalText(2000),
  tacitApprovalBasisEn: zOptionalText(2000),
  fee: zFeeLei,
  feeInfoRo: zOptionalText(2000),
  feeInfoEn: zOptionalText(2000),
  position: zDays(0, 9999, 'positionInvalid'),
};

/** The legal text a tacit approval is announced with, in both languages, once the service says silence approves. */
const TACIT_BASIS_MIN = 10;

/** The refinement of every schema that carries the term (the edit form, the service file): tacit approval needs its legal text. */
export function requireTacitBasis(value: { tacitApproval: boolean; tacitApprovalBasisRo?: string | null; tacitApprovalBasisEn?: string | null }, ctx: z.RefinementCtx) {
  if (!value.tacitApproval) return;
  for (const key of ['tacitApprovalBasisRo', 'tacitApprovalBasisEn'] as const) {
    if ((value[key]?.length ?? 0) < TACIT_BASIS_MIN) ctx.addIssue({ code: 'custom', path: [key], message: 'servicesAdmin.tacitApprovalBasisRequired' });
  }
}

/** A new service: created hidden and without a form; its form is made in the builder, then published. */
export const ZCreateServiceSchema = z.object({ slug: zServiceSlug, ...metadataFields }).strict().superRefine(requireTacitBasis);
export type TCreateServiceInput = z.input<typeof ZCreateServiceSchema>;
export type TCreateService = z.output<typeof ZCreateServiceSchema>;

/**
 * The metadata of an existing service; the slug stays (links and filed requests name it).
 * `revision` is the one the page showed: a change made meanwhile in another tab is not overwritten.
 */
export const ZUpdateServiceSchema = z.object({ serviceId: zId, revision: z.string().min(1).max(100), ...metadataFields }).strict().superRefine(requireTacitBasis);
export type TUpdateServiceInput = z.input<typeof ZUpdateServiceSchema>;
export type TUpdateService = z.output<typeof ZUpdateServiceSchema>;

type TStoredService = Record<'id' | 'revision' | 'titleRo' | 'titleEn' | 'summaryRo' | 'summaryEn' | 'descriptionRo' | 'descriptionEn' | 'categoryId' | 'departmentId', string> &
  Record<'legalBasisRo' | 'legalBasisEn' | 'feeInfoRo' | 'feeInfoEn' | 'tacitApprovalBasisRo' | 'tacitApprovalBasisEn', string | null> &
  Record<'legalTermDays' | 'maxExtensionDays' | 'position', number> &
  Record<'suspendOnInfo' | 'suspendOnFee' | 'tacitApproval', boolean> & { legalTermUnit: (typeof TERM_UNITS)[number]; feeAmountBani: number | null; applicantTypes: readonly string[] };

/** The edit form's values of a service as stored: numbers as typed, the fee in lei, an empty box for "none". */
export function serviceEditValues(service: TStoredService, locale: 'ro' | 'en'): TUpdateServiceInput {
  return {
    serviceId: service.id,
    revision: service.revision,
    titleRo: service.titleRo,
    titleEn: service.titleEn,
    summaryRo: service.summaryRo,
    summaryEn: service.summaryEn,
    descriptionRo: service.descriptionRo,
    descriptionEn: service.descriptionEn,
    categoryId: service.categoryId,
    departmentId: service.departmentId,
    // STAFF is an account type the form does not offer.
    applicantTypes: APPLICANT_TYPES.filter((type) => service.applicantTypes.includes(type)),
    legalTermDays: String(service.legalTermDays),
    legalTermUnit: service.legalTermUnit,
    maxExtensionDays: String(service.maxExtensionDays),
    legalBasisRo: service.legalBasisRo ?? '',
    legalBasisEn: service.legalBasisEn ?? '',
    suspendOnInfo: service.suspendOnInfo,
    suspendOnFee: service.suspendOnFee,
    tacitApproval: service.tacitApproval,
    tacitApprovalBasisRo: service.tacitApprovalBasisRo ?? '',
    tacitApprovalBasisEn: service.tacitApprovalBasisEn ?? '',
    fee: feeToLei(service.feeAmountBani, locale),
    feeInfoRo: service.feeInfoRo ?? '',
    feeInfoEn: service.feeInfoEn ?? '',
    position: String(service.position),
  };
}

export const ZServiceIdSchema = z.object({ serviceId: zId }).strict();

/**
 * An exported service file, pasted or read from a file in the browser, and optionally the
 * department to put it in (when the city hall's departments are named otherwise).
 */
export const ZImportServiceSchema = z
  .object({
    content: z.string({ error: 'servicesAdmin.importEmpty' }).trim().min(1, 'servicesAdmin.importEmpty').max(1_000_000, 'servicesAdmin.importTooLarge'),
    departmentId: z
      .string()
      .max(40)
      .optional()
      .transform((value) => value || undefined),
  })
  .strict();
export type TImportServiceInput = z.input<typeof ZImportServiceSchema>;
export type TImportService = z.output<typeof ZImportServiceSchema>;

/** The list's filters, from the page's URL. */
export const SERVICE_STATUSES = ['shown', 'hidden', 'archived'] as const;
export type TServiceStatus = (typeof SERVICE_STATUSES)[number];
