import { createTranslator } from 'next-intl';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { TLocale } from '@/lib/i18n/config';
import { messages } from '@/lib/i18n/messages';
import { ZNotificationCursorSchema, encodeNotificationCursor } from '@/lib/notifications/schemas';
import { NOTIFICATION_KINDS, describeNotification, unreadBadge } from '@/lib/notifications/text';
import type { TRequestEmail } from '@/lib/requests/emails';

const NUMBER = 'RMN-2026-000123';
const FULL_PARAMS = { registrationNumber: NUMBER, amountBani: 12550, dueAt: '2026-03-05T21:59:59.000Z', days: 15 };

const text = (locale: TLocale, kind: string, params: unknown) => {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'notifications' });
  const { key, values } = describeNotification(kind, params, locale);
  return t(key as Parameters<typeof t>[0], values);
};

describe('notification texts', () => {
  it('every kind the request workflow writes has its own sentence', () => {
    expectTypeOf<`request.${TRequestEmail}`>().toExtend<keyof typeof NOTIFICATION_KINDS>();
  });

  it.each(Object.keys(NOTIFICATION_KINDS))('%s reads as its own sentence with the number, in Romanian and English', (kind) => {
    for (const locale of ['ro', 'en'] as const) {
      const sentence = text(locale, kind, FULL_PARAMS);
      expect(sentence).toContain(NUMBER);
      expect(sentence).not.toMatch(/[{}]/);
      expect(sentence).not.toBe(text(locale, 'request.somethingNew', FULL_PARAMS));
    }
  });

  it('says what happened, with amounts and dates as the city hall writes them', () => {
    expect(text('ro', 'request.infoRequested', FULL_PARAMS)).toBe('Primăria a cerut informații suplimentare pentru cererea RMN-2026-000123, până la 05.03.2026.');
    expect(text('ro', 'request.feeRequested', FULL_PARAMS)).toBe('Primăria a cerut plata sumei de 125,50 lei pentru cererea RMN-2026-000123, până la 05.03.2026.');
    expect(text('en', 'request.feeRequested', FULL_PARAMS)).toBe('The city hall asked for a payment of 125.50 lei for request RMN-2026-000123, by 5 March 2026.');
    expect(text('ro', 'request.paymentConfirmed', FULL_PARAMS)).toBe('Plata de 125,50 lei pentru cererea RMN-2026-000123 a fost confirmată.');
    expect(text('ro', 'request.inReview', { registrationNumber: NUMBER })).toBe('Cererea RMN-2026-000123 a fost preluată și este în analiză.');
  });

  it('counts days the Romanian way, in the term\'s unit (calendar days when a notification has none)', () => {
    const extended = (days: number, unit?: string) => text('ro', 'request.deadlineExtended', { ...FULL_PARAMS, days, ...(unit ? { unit } : {}) });
    expect(extended(1)).toContain('prelungit cu o zi calendaristică, până la 05.03.2026');
    expect(extended(15)).toContain('prelungit cu 15 zile calendaristice,');
    expect(extended(20, 'CALENDAR_DAYS')).toContain('prelungit cu 20 de zile calendaristice,');
    expect(extended(2, 'WORKING_DAYS')).toContain('prelungit cu 2 zile lucrătoare,');
    expect(text('en', 'request.deadlineExtended', { ...FULL_PARAMS, days: 1 })).toContain('extended by 1 calendar day, to 5 March 2026');
  });

  it('falls back to a generic sentence for kinds added later and for missing or broken params', () => {
    expect(text('ro', 'request.somethingNew', { registrationNumber: NUMBER })).toBe('Aveți o noutate despre cererea RMN-2026-000123.');
    expect(text('en', 'request.somethingNew', { registrationNumber: NUMBER })).toBe('There is news about request RMN-2026-000123.');
    // A known kind without the amount its sentence needs: still the number, never "{amount}".
    expect(text('ro', 'request.feeRequested', { registrationNumber: NUMBER })).toBe('Aveți o noutate despre cererea RMN-2026-000123.');
    expect(text('ro', 'request.feeRequested', { registrationNumber: NUMBER, amountBani: 'mult', dueAt: 'mâine' })).toBe('Aveți o noutate despre cererea RMN-2026-000123.');
    for (const params of [null, undefined, 'text', [1, 2], {}, { registrationNumber: 42 }]) {
      expect(text('ro', 'request.approved', params)).toBe('Aveți o notificare nouă de la primărie.');
      expect(text('en', 'system.anything', params)).toBe('You have a new notification from the city hall.');
    }
  });

  it('names the bell with the unread count and caps the badge at 99+', () => {
    const t = createTranslator({ locale: 'ro', messages: messages.ro, namespace: 'notifications' });
    expect(t('bell', { count: 1 })).toBe('Notificări, 1 necitită');
    expect(t('bell', { count: 3 })).toBe('Notificări, 3 necitite');
    expect(t('bell', { count: 25 })).toBe('Notificări, 25 de necitite');
    expect([0, 7, 99, 100, 5000].map(unreadBadge)).toEqual(['0', '7', '99', '99+', '99+']);
  });
});

describe('the list cursor', () => {
  it('round-trips the last notification shown', () => {
    const last = { createdAt: new Date('2026-03-05T10:00:00.123Z'), id: 'cmabc123xyz' };
    expect(ZNotificationCursorSchema.parse(encodeNotificationCursor(last))).toEqual(last);
  });

  it('treats anything else as the first page', () => {
    for (const value of [undefined, '', 'abc', '12-', '-abc', "1-x' OR 1=1", ['1-a', '2-b'], '1'.repeat(20) + '-a']) {
      expect(ZNotificationCursorSchema.parse(value)).toBeUndefined();
    }
  });
});
