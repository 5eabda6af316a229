import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n/messages';
import { env } from '@/lib/env';
import { isEssentialEmail, renderRequestEmail, REQUEST_EMAILS, type TRequestEmail } from '@/lib/requests/emails';
import { municipalityFrom } from '@/lib/settings/municipality';

/** The email as the outbox stores it, with the settings' defaults (no database here). */
async function rendered(input: Parameters<typeof renderRequestEmail>[0]) {
  const email = await renderRequestEmail(input);
  return { ...email, ...(await email.render(municipalityFrom(null, env()))) };
}

// Every kind the code can send, from the code itself: a new kind is tested without editing this file.
const KINDS: readonly TRequestEmail[] = REQUEST_EMAILS;
const values = { number: 'RMN-2026-000042', service: 'Certificat de atestare fiscală', body: 'Textul primăriei.', dueDate: '12.12.2026', amount: '125,50 lei', days: '15', unit: 'CALENDAR_DAYS', legalBasis: 'OUG 27/2003, art. 2.' };

describe('emails about a request', () => {
  it('has texts for exactly the kinds the code sends', () => {
    expect(Object.keys(messages.ro.requestEmails).sort()).toEqual([...REQUEST_EMAILS].sort());
  });

  it.each(KINDS.flatMap((kind) => (['ro', 'en'] as const).map((locale) => [kind, locale] as const)))('%s in %s names the number, fills every value and links to the request', async (kind, locale) => {
    const email = await rendered({ kind, locale, name: 'Ana Pop', requestId: 'req1', values });
    expect(email.subject).toContain('RMN-2026-000042');
    expect(email.subject + email.text).not.toMatch(/[{}]/);
    // A sentence missing one of its values falls back to its key: every sentence is really there.
    expect(email.subject + email.text).not.toContain('requestEmails.');
    expect(email.text).toMatch(/\/requests\/req1/);
    expect(email.html).toContain(`lang="${locale}"`);
    expect(email.template).toBe(`request-${kind}`);
  });

  it('says what happened in the applicant\'s language', async () => {
    const ro = await renderRequestEmail({ kind: 'withdrawn', locale: 'ro', requestId: 'r', values });
    const en = await renderRequestEmail({ kind: 'withdrawn', locale: 'en', requestId: 'r', values });
    expect(ro.subject).toBe('Cererea RMN-2026-000042 a fost retrasă');
    expect(en.subject).toBe('Request RMN-2026-000042 has been withdrawn');
  });

  it('counts the days of an extension the Romanian way, in the term\'s unit', async () => {
    const body = async (days: string, locale: 'ro' | 'en' = 'ro', unit = 'CALENDAR_DAYS') =>
      (await rendered({ kind: 'deadlineExtended', locale, requestId: 'r', values: { ...values, days, unit } })).text;
    expect(await body('1')).toContain('prelungit cu o zi calendaristică, până la 12.12.2026');
    expect(await body('15')).toContain('prelungit cu 15 zile calendaristice, până la 12.12.2026');
    expect(await body('20')).toContain('prelungit cu 20 de zile calendaristice, până la 12.12.2026');
    expect(await body('2', 'ro', 'WORKING_DAYS')).toContain('prelungit cu 2 zile lucrătoare, până la 12.12.2026');
    expect(await body('1', 'en')).toContain('extended by 1 calendar day, to 12.12.2026');
    expect(await body('1', 'en', 'WORKING_DAYS')).toContain('extended by 1 working day, to 12.12.2026');
  });

  it('"only essential emails" still sends what needs an action, the answer and legal notices', () => {
    expect(KINDS.filter((kind) => !isEssentialEmail(kind))).toEqual(['inReview', 'paymentConfirmed', 'infoReceived', 'paymentProofReceived']);
  });
});
