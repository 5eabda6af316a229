/**
 * The merge engine of the answer templates: a template's title, body and legal basis hold merge
 * fields written `{{solicitant.nume}}`; merging puts the request's values in their place. Pure (no
 * database, no React): the administrator's editor previews with it in the browser, the server
 * checks a template with it before saving and merges it when a clerk decides.
 *
 * The body's paragraphs are separated by blank lines; a value with line breaks (the list of what
 * the applicant must send, the clerk's text) keeps them. A value is inserted as text, never read
 * again as a template, so an applicant who typed `{{text}}` in a form gets those characters back.
 */
import { formatLei } from '@/lib/i18n/format';
import { formatDate } from '@/lib/time';

/** The merge fields every template may use, as the editor lists them (`raspuns.<cheie>` besides). */
export const MERGE_FIELDS = [
  'solicitant.nume',
  'solicitant.cnp_cui',
  'solicitant.adresa',
  'cerere.numar',
  'cerere.data',
  'serviciu',
  'text',
  'temei_legal',
  'data',
  'primaria.nume',
  'primaria.adresa',
  'functionar.nume',
  'taxa.suma',
  'taxa.termen',
  'taxa.iban',
  'informatii.termen',
  'informatii.lista',
] as const;
export type TMergeField = (typeof MERGE_FIELDS)[number];

/** `{{raspuns.<cheie>}}`: an answer of the service's form, by the field's key. */
export const ANSWER_PREFIX = 'raspuns.';

/** Printed for a value the request does not have (an optional answer left empty, no address). */
export const MISSING = '—';

/** What a template is merged with: the request, the applicant, the clerk and the decision's details. */
export type TMergeData = {
  applicant: { name: string; /** CNP or CUI. */ idNumber: string | null; address: string | null };
  request: { registrationNumber: string; submittedAt: Date };
  /** The service's title, in Romanian (the act is issued in Romanian). */
  serviceTitle: string;
  /** The form's answers, formatted as on the request page, by field key (a hidden or empty one is absent). */
  answers: Record<string, string>;
  /** The clerk's free text. */
  text: string;
  /** The legal basis of this answer: the fee's for a fee notice, else the service's. */
  legalBasis: string | null;
  /** When the document is issued. */
  issuedAt: Date;
  municipality: { name: string; address: string; contact: string };
  clerk: { name: string | null };
  /** A fee notice's fee; `amountBani` is formatted in lei (null in a preview before the clerk typed it). */
  fee: { amountBani: number | null; dueAt: Date | null; iban: string } | null;
  /** A request for information: by when, and what to send or correct. */
  info: { dueAt: Date | null; items: string[] } | null;
};

export type TMergedTemplate = { title: string; paragraphs: string[]; legalBasis: string };

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isKnown = (name: string, answerKeys: readonly string[] | null): boolean =>
  (MERGE_FIELDS as readonly string[]).includes(name) ||
  (name.startsWith(ANSWER_PREFIX) && /^[A-Za-z0-9_-]+$/.test(name.slice(ANSWER_PREFIX.length)) && (answerKeys === null || answerKeys.includes(name.slice(ANSWER_PREFIX.length))));

/** The merge fields a text names, once each, in order of appearance. */
export function fieldsOf(text: string): string[] {
  return [...new Set([...text.matchAll(FIELD)].map((m) => m[1]!))];
}

/**
 * The merge fields of `texts` that do not exist, once each. With `answerKeys` (the keys of the
 * service's current form), `raspuns.<cheie>` must name one of them; with null, any well-formed key
 * passes (the browser's check, which does not know the form).
 */
export function unknownFields(texts: readonly string[], answerKeys: readonly string[] | null): string[] {
  return [...new Set(texts.flatMap(fieldsOf))].filter((name) => !isKnown(name, answerKeys));
}

/** The value of one merge field, as printed; MISSING when the request has none. */
export function fieldValue(name: string, data: TMergeData): string {
  const orMissing = (value: string | null | undefined) => (value && value.trim() ? value.trim() : MISSING);
  const day = (date: Date | null | undefined) => (date ? formatDate(date, 'ro') : MISSING);
  if (name.startsWith(ANSWER_PREFIX)) return orMissing(data.answers[name.slice(ANSWER_PREFIX.length)]);
  switch (name as TMergeField) {
    case 'solicitant.nume':
      return orMissing(data.applicant.name);
    case 'solicitant.cnp_cui':
      return orMissing(data.applicant.idNumber);
    case 'solicitant.adresa':
      return orMissing(data.applicant.address);
    case 'cerere.numar':
      return orMissing(data.request.registrationNumber);
    case 'cerere.data':
      return day(data.request.submittedAt);
    case 'serviciu':
      return orMissing(data.serviceTitle);
    case 'text':
      return orMissing(data.text);
    case 'temei_legal':
      return orMissing(data.legalBasis);
    case 'data':
      return day(data.issuedAt);
    case 'primaria.nume':
      return orMissing(data.municipality.name);
    case 'primaria.adresa':
      return orMissing(data.municipality.address);
    case 'functionar.nume':
      return orMissing(data.clerk.name);
    case 'taxa.suma':
      return data.fee?.amountBani != null ? formatLei(data.fee.amountBani, 'ro') : MISSING;
    case 'taxa.termen':
      return day(data.fee?.dueAt);
    case 'taxa.iban':
      return orMissing(data.fee?.iban.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 '));
    case 'informatii.termen':
      return day(data.info?.dueAt);
    case 'informatii.lista':
      return data.info && data.info.items.length > 0 ? data.info.items.map((item) => `– ${item}`).join('\n') : MISSING;
    default:
      // Checked at save; a field that stopped existing (a form key removed since) prints as missing.
      return MISSING;
  }
}

const fill = (text: string, data: TMergeData) => text.replace(FIELD, (_match, name: string) => fieldValue(name, data));

/**
 * Merges a template version with a request's data: the title on one line, the body as paragraphs
 * (a paragraph left with nothing but a missing value, e.g. an empty `{{text}}`, is dropped), the
 * legal basis on its own.
 */
export function mergeTemplate(version: { title: string; body: string; legalBasis: string }, data: TMergeData): TMergedTemplate {
  const paragraphs = fill(version.body.replace(/\r\n?/g, '\n'), data)
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, '').replace(/^[ \t]+/, ''))
    .filter((p) => p !== '' && p !== MISSING);
  return {
    title: fill(version.title, data).replace(/\s+/g, ' ').trim(),
    paragraphs,
    legalBasis: fill(version.legalBasis, data).trim(),
  };
}
