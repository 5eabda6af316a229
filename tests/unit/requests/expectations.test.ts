import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';
import { ACTION_STATUSES, expectationFor, expectationMessage, infoRequestDeadline, type TExpectationInput, type TFiledStatus } from '@/lib/requests/expectations';
import { FILED_STATUSES } from '@/lib/requests/workflow';

// 12.12.2026 at the end of the Romanian day (22:59 UTC in winter), as the staff actions store deadlines.
const DEADLINE = new Date('2026-12-12T21:59:59.999Z');
const ANSWER_DUE = new Date('2026-12-30T21:59:59.999Z');

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
  const { key, values } = expectationMessage(expectationFor(value).action, locale);
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
      expect(expectationFor(input(status)).answerBy, status).toEqual(ANSWER_DUE);
    }
    for (const status of ['APPROVED', 'REJECTED', 'WITHDRAWN'] as const) {
      expect(expectationFor(input(status)).answerBy, status).toBeNull();
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
