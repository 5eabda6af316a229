import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';
import {
  ACTION_STATUSES,
  answerTermFor,
  answerTermMessage,
  expectationFor,
  expectationMessage,
  infoRequestDeadline,
  type TAnswerTerm,
  type TExpectationInput,
  type TFiledStatus,
} from '@/lib/requests/expectations';
import { FILED_STATUSES } from '@/lib/requests/workflow';

// 12.12.2026 at the end of the Romanian day (22:59 UTC in winter), as the staff actions store deadlines.
const DEADLINE = new Date('2026-12-12T21:59:59.999Z');
// The end of a legal term as lib/requests/terms.ts computes it: 23:59:59 of its last day in Romania.
const ANSWER_DUE = new Date('2026-12-30T21:59:59Z');
const NOW = new Date('2026-12-07T10:00:00Z');

const input = (status: TFiledStatus, more: Partial<TExpectationInput> = {}): TExpectationInput => ({
  status,
  dueAt: ANSWER_DUE,
  infoDueAt: null,
  fee: null,
  answerDocuments: false,
  ...more,
});

/** The line the dashboard shows, as the applicant reads it. */
function line(value: TExpectationInput, locale: TLocale = 'ro') {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'dashboard.expect' });
  const { key, values } = expectationMessage(expectationFor(value, NOW).action, locale);
  return (t as unknown as (key: string, values: Record<string, string>) => string)(key, values);
}

describe('what the applicant is expected to do now', () => {
  it('NEEDS_INFO: send what was asked for by the deadline of the request for information', () => {
    expect(line(input('NEEDS_INFO', { infoDueAt: DEADLINE }))).toBe('Trimiteți informațiile și documentele cerute până la 12.12.2026.');
    expect(line(input('NEEDS_INFO', { infoDueAt: DEADLINE }), 'en')).toBe('Send the information and documents asked for by 12 December 2026.');
    // An older request for information without a deadline: no invented date.
    expect(line(input('NEEDS_INFO'))).toBe('Trimiteți informațiile și documentele cerute.');
  });

  it("AWAITING_PAYMENT: the amount in lei and the fee's own due date, not the answer's", () => {
    expect(line(input('AWAITING_PAYMENT', { fee: { amountBani: 12550, dueAt: DEADLINE } }))).toBe('Plătiți taxa de 125,50 lei până la 12.12.2026 și trimiteți dovada plății.');
    expect(line(input('AWAITING_PAYMENT', { fee: { amountBani: 125050, dueAt: DEADLINE } }), 'en')).toBe('Pay the fee of 1,250.50 lei by 12 December 2026 and send the proof of payment.');
    expect(line(input('AWAITING_PAYMENT'))).toBe('Plătiți taxa cerută și trimiteți dovada plății.');
  });

  it('the other statuses: nothing to do, or read / download the answer', () => {
    expect(line(input('PAYMENT_SUBMITTED'))).toBe('Nu trebuie să faceți nimic: verificăm plata.');
    expect(line(input('SUBMITTED'))).toBe('Nu trebuie să faceți nimic acum.');
    expect(line(input('IN_REVIEW', { infoDueAt: DEADLINE, fee: { amountBani: 100, dueAt: DEADLINE } }))).toBe('Nu trebuie să faceți nimic acum.');
    expect(line(input('APPROVED', { answerDocuments: true }))).toBe('Descărcați răspunsul primăriei.');
    // Handed over at the counter: nothing to download.
    expect(line(input('APPROVED'))).toBe('Citiți răspunsul primăriei.');
    expect(line(input('REJECTED'))).toBe('Citiți motivul respingerii.');
    expect(line(input('WITHDRAWN'))).toBe('Cererea a fost retrasă.');
  });

  it("only answering and paying need the applicant's action", () => {
    expect([...ACTION_STATUSES].sort()).toEqual(['AWAITING_PAYMENT', 'NEEDS_INFO']);
    for (const status of FILED_STATUSES) {
      expect(expectationFor(input(status)).actionNeeded, status).toBe(status === 'NEEDS_INFO' || status === 'AWAITING_PAYMENT');
    }
  });

  it("the city hall's due date is shown while the request is open, never once it is closed", () => {
    for (const status of ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'AWAITING_PAYMENT', 'PAYMENT_SUBMITTED'] as const) {
      expect(expectationFor(input(status), NOW).answerBy, status).toEqual(ANSWER_DUE);
      expect(expectationFor(input(status), NOW).term, status).toEqual({ kind: 'running', dueAt: ANSWER_DUE });
    }
    for (const status of ['APPROVED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect(expectationFor(input(status), NOW).answerBy, status).toBeNull();
      expect(expectationFor(input(status), NOW).term, status).toBeNull();
    }
  });

  it('every line exists in both languages', () => {
    const actions = FILED_STATUSES.flatMap((status) => [input(status), input(status, { infoDueAt: DEADLINE, fee: { amountBani: 1, dueAt: DEADLINE }, answerDocuments: true })]);
    for (const locale of ['ro', 'en'] as const) {
      for (const value of actions) expect(line(value, locale), `${value.status} ${locale}`).not.toMatch(/dashboard\.expect|\{/);
    }
  });
});

describe('the deadline of a request for information', () => {
  const info = (payload: unknown) => ({ type: 'INFO_REQUESTED' as const, payload });
  const checklist = { fields: [], documents: [], otherDocument: null };
  it('reads the ISO date of the event payload and ignores anything else', () => {
    expect(infoRequestDeadline(info({ ...checklist, dueAt: DEADLINE.toISOString() }))).toEqual(DEADLINE);
    expect(infoRequestDeadline(info(checklist))).toBeNull();
    expect(infoRequestDeadline(info({ ...checklist, dueAt: null }))).toBeNull();
    expect(infoRequestDeadline(info({ ...checklist, dueAt: 'mâine' }))).toBeNull();
    expect(infoRequestDeadline(info({ ...checklist, dueAt: 12 }))).toBeNull();
    expect(infoRequestDeadline(info(null))).toBeNull();
    expect(infoRequestDeadline(info('2026-12-12'))).toBeNull();
  });

  it('reads no deadline from an event of another type', () => {
    expect(infoRequestDeadline({ type: 'FEE_REQUESTED', payload: { ...checklist, dueAt: DEADLINE.toISOString() } })).toBeNull();
  });
});

describe('where the term to answer stands, as the applicant reads it', () => {
  function sentence(term: TAnswerTerm | null, locale: TLocale = 'ro') {
    if (!term) return null;
    const t = createTranslator({ locale, messages: messages[locale], namespace: 'answerTerm' });
    const { key, values } = answerTermMessage(term, locale);
    return (t as unknown as (key: string, values: Record<string, string>) => string)(key, values);
  }
  const at = (status: TFiledStatus, more: Partial<TExpectationInput> = {}, now = NOW) => sentence(answerTermFor(input(status, more), now));

  it('running: the last day of the term', () => {
    expect(at('IN_REVIEW')).toBe('Primăria răspunde până la 30.12.2026.');
    expect(sentence(answerTermFor(input('SUBMITTED'), NOW), 'en')).toBe('The city hall answers by 30 December 2026.');
  });

  it('the last day counts to its end: running at 23:59:59 Romanian time, past from midnight', () => {
    expect(answerTermFor(input('IN_REVIEW'), new Date('2026-12-30T21:59:59.500Z'))?.kind).toBe('running');
    expect(answerTermFor(input('IN_REVIEW'), new Date('2026-12-30T22:00:00Z'))?.kind).toBe('overdue');
    expect(at('IN_REVIEW', {}, new Date('2026-12-31T08:00:00Z'))).toBe('Termenul de răspuns a expirat la 30.12.2026, iar primăria nu a răspuns încă.');
  });

  it('suspended: stopped until the applicant answers or pays, with no date (it moves when the clock runs again)', () => {
    expect(at('NEEDS_INFO', { suspended: 'info' })).toBe('Termenul de răspuns este oprit până trimiteți completările.');
    expect(at('AWAITING_PAYMENT', { suspended: 'fee' })).toBe('Termenul de răspuns este oprit până plătiți taxa.');
    // A term that stands still is never past, however long the applicant takes.
    expect(at('NEEDS_INFO', { suspended: 'info' }, new Date('2027-03-01T10:00:00Z'))).toBe('Termenul de răspuns este oprit până trimiteți completările.');
    // Where the service says the term runs while it waits, the date stays.
    expect(at('NEEDS_INFO')).toBe('Primăria răspunde până la 30.12.2026.');
    expect(expectationFor(input('NEEDS_INFO', { suspended: 'info' }), NOW).answerBy).toBeNull();
  });

  it('tacit approval: the term ended, with the legal text', () => {
    const tacit = { legalBasis: 'art. 2 din OUG nr. 27/2003' };
    expect(at('IN_REVIEW', { tacit }, new Date('2027-01-04T10:00:00Z'))).toBe('Termenul a expirat: cererea se consideră aprobată tacit (temei legal: art. 2 din OUG nr. 27/2003).');
    expect(at('IN_REVIEW', { tacit: { legalBasis: null } })).toBe('Termenul a expirat: cererea se consideră aprobată tacit, potrivit legii.');
    // Closed afterwards (the act was issued): no term any more.
    expect(at('APPROVED', { tacit })).toBeNull();
  });

  it('every sentence exists in both languages', () => {
    const terms: TAnswerTerm[] = [
      { kind: 'running', dueAt: ANSWER_DUE },
      { kind: 'overdue', dueAt: ANSWER_DUE },
      { kind: 'suspended', reason: 'info' },
      { kind: 'suspended', reason: 'fee' },
      { kind: 'tacit', dueAt: ANSWER_DUE, legalBasis: 'OUG 27/2003' },
      { kind: 'tacit', dueAt: ANSWER_DUE, legalBasis: null },
    ];
    for (const locale of ['ro', 'en'] as const) for (const term of terms) expect(sentence(term, locale)).not.toMatch(/answerTerm\.|\{/);
  });
});
