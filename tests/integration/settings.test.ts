/**
 * The municipality's settings against the real PostgreSQL: the defaults before any save, a save
 * that every reader sees at once (pages, the fee's account, the emails' sender and footer), a save
 * from a stale page refused, clerks and citizens refused by every function, and the audit row with
 * each changed field before → after.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { DEMO_PAYMENT_IBAN } from '@/lib/env';
import type { TPrismaClient } from '@/lib/db';
import { requestFee, takeRequest } from '@/lib/requests/commands/staff';
import { submitRequest } from '@/lib/requests/commands/submit';
import { ZRequestFeeSchema } from '@/lib/requests/schemas/staff';
import { ZUpdateMunicipalitySettingsSchema } from '@/lib/settings/schemas';
import { getMunicipality, getMunicipalitySettingsForEdit, getPaymentAccount, updateMunicipalitySettings } from '@/lib/settings/settings';
import type { TStorage } from '@/lib/storage';
import { todayInRomania } from '@/lib/time';
import { createApplicant, readyDraft, useRequestWorld, type TRequestWorld } from './request-fixtures';

const REQUEST = { ip: '198.51.100.77', userAgent: 'vitest' };
const IBAN = 'RO49AAAA1B31007593840000';
const inDays = (days: number) => todayInRomania(new Date(Date.now() + days * 24 * 60 * 60 * 1000));

type TActor = { id: string; role: 'CITIZEN' | 'CLERK' | 'ADMIN' };

describe('municipality settings', () => {
  let prisma: TPrismaClient;
  let storage: TStorage;
  let clerk: TRequestWorld['clerk'];
  let admin: TActor;

  useRequestWorld((world) => {
    prisma = world.database.prisma;
    storage = world.storage;
    clerk = world.clerk;
  });

  const adminActor = async (): Promise<TActor> =>
    (admin ??= { id: (await prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.local' }, select: { id: true } })).id, role: 'ADMIN' });
  /** What the form sends: the shown values with some changed, and the time of the shown copy. */
  const edit = async (changes: Record<string, unknown>, expectedUpdatedAt?: string | null) => {
    const shown = await getMunicipalitySettingsForEdit(await adminActor());
    return ZUpdateMunicipalitySettingsSchema.parse({
      ...shown.values,
      hoursRo: shown.values.hoursRo.join('\n'),
      ...changes,
      expectedUpdatedAt: expectedUpdatedAt === undefined ? shown.updatedAt : expectedUpdatedAt,
    });
  };

  it('refuses a clerk and a citizen every function, writing nothing', async () => {
    const input = await edit({ phone: '0233 000 000' });
    const citizen = await createApplicant(prisma);
    for (const actor of [{ id: clerk.user.id, role: 'CLERK' as const }, { id: citizen.id, role: 'CITIZEN' as const }]) {
      await expect(getMunicipalitySettingsForEdit(actor)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(updateMunicipalitySettings(input, { actor, request: REQUEST })).rejects.toMatchObject({ code: 'forbidden' });
    }
    expect(await prisma.setting.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: 'setting.update' } })).toBe(0);
  });

  it('shows the embedded defaults and the environment account before anything is saved', async () => {
    const municipality = await getMunicipality();
    expect(municipality.name).toEqual({ ro: 'Primăria Municipiului Roman', en: 'Roman City Hall' });
    expect(municipality.address).toMatchObject({ street: 'Piața Roman-Vodă nr. 1', postalCode: '611022', city: 'Roman' });
    expect(municipality.phone).toBe('0233 741 119');
    expect(municipality.hours.ro[0]).toBe('Luni – Vineri: 08:00 – 16:00');
    expect(await getPaymentAccount()).toEqual({ iban: DEMO_PAYMENT_IBAN, beneficiary: 'Municipiul Roman', fiscalCode: null, demo: true });
    const shown = await getMunicipalitySettingsForEdit(await adminActor());
    expect(shown).toMatchObject({ updatedAt: null, override: { iban: null, beneficiary: null } });
    // Saving the defaults unchanged stores nothing.
    expect(await updateMunicipalitySettings(await edit({}), { actor: await adminActor(), request: REQUEST })).toEqual({ changed: false, updatedAt: null });
    expect(await prisma.setting.count()).toBe(0);
  });

  it('saves the settings; every reader sees them at once, and the audit row says what changed', async () => {
    const actor = await adminActor();
    const result = await updateMunicipalitySettings(
      await edit({ phone: '0233 111 222', hoursRo: 'Luni – Joi: 08:00 – 16:30\nVineri: 08:00 – 14:00', iban: 'ro49 aaaa 1b31 0075 9384 0000', beneficiary: 'Municipiul Roman - buget local' }),
      { actor, request: REQUEST },
    );
    expect(result.changed).toBe(true);
    const row = await prisma.setting.findUniqueOrThrow({ where: { key: 'municipality' } });
    expect(row.updatedById).toBe(actor.id);
    expect(row.updatedAt.toISOString()).toBe(result.updatedAt);

    const municipality = await getMunicipality();
    expect(municipality.phone).toBe('0233 111 222');
    expect(municipality.hours.ro).toEqual(['Luni – Joi: 08:00 – 16:30', 'Vineri: 08:00 – 14:00']);
    expect(municipality.name.ro).toBe('Primăria Municipiului Roman');
    expect(await getPaymentAccount()).toEqual({ iban: IBAN, beneficiary: 'Municipiul Roman - buget local', fiscalCode: null, demo: false });
    expect(await getMunicipalitySettingsForEdit(actor)).toMatchObject({ updatedAt: result.updatedAt, values: { phone: '0233 111 222', iban: IBAN } });

    const audits = await prisma.auditLog.findMany({ where: { action: 'setting.update' } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: actor.id, entityType: 'Setting', entityId: 'municipality', ip: REQUEST.ip, userAgent: 'vitest' });
    expect(audits[0]!.details).toEqual({
      phone: { from: '0233 741 119', to: '0233 111 222' },
      hoursRo: { from: ['Luni – Vineri: 08:00 – 16:00', 'Sâmbătă, duminică și sărbători legale: închis', 'Portalul de servicii electronice este disponibil non-stop.'], to: ['Luni – Joi: 08:00 – 16:30', 'Vineri: 08:00 – 14:00'] },
      iban: { from: DEMO_PAYMENT_IBAN, to: IBAN },
      beneficiary: { from: 'Municipiul Roman', to: 'Municipiul Roman - buget local' },
    });
  });

  it('asks the applicant for a fee into the settings account, in an email from the settings sender with the new phone', async () => {
    const actor = await adminActor();
    await updateMunicipalitySettings(await edit({ emailSenderName: 'Primăria Roman - Registratură' }), { actor, request: REQUEST });
    const applicant = await createApplicant(prisma);
    const requestId = await readyDraft(applicant, storage);
    await submitRequest(applicant, requestId);
    const { version } = await takeRequest(clerk, { requestId, version: (await prisma.serviceRequest.findUniqueOrThrow({ where: { id: requestId } })).version });
    await requestFee(clerk, ZRequestFeeSchema.parse({ requestId, version, amount: '25', legalBasis: 'HCL nr. 100/2025', dueDate: inDays(10) }));
    expect(await prisma.fee.findFirstOrThrow({ where: { requestId } })).toMatchObject({ iban: IBAN, beneficiary: 'Municipiul Roman - buget local' });
    const email = await prisma.emailOutbox.findFirstOrThrow({ where: { to: applicant.email, template: 'request-feeRequested' } });
    expect(email.from).toBe('"Primăria Roman - Registratură" <portal@primariaroman.ro>');
    expect(email.html).toContain('0233 111 222');
    expect(email.text).toContain('0233 111 222');
  });

  it('refuses a save from a page older than the last save, and one from a page that never saw it', async () => {
    const actor = await adminActor();
    const first = await edit({ fax: '' });
    const second = await edit({ phone: '0233 333 444' });
    // Another tab saves first: the same copy no longer matches.
    await updateMunicipalitySettings(first, { actor, request: REQUEST });
    await expect(updateMunicipalitySettings(second, { actor, request: REQUEST })).rejects.toEqual(new AppError('settings.stale'));
    await expect(updateMunicipalitySettings({ ...second, expectedUpdatedAt: null }, { actor, request: REQUEST })).rejects.toMatchObject({ code: 'settings.stale' });
    expect((await getMunicipality()).phone).toBe('0233 111 222');
    expect((await getMunicipality()).fax).toBeNull();
    // Reloaded: the page has the latest copy, and the save goes through.
    expect((await updateMunicipalitySettings(await edit({ phone: '0233 333 444' }), { actor, request: REQUEST })).changed).toBe(true);
    expect((await getMunicipality()).phone).toBe('0233 333 444');
  });

  it('of two saves at once from the same copy, one wins and the other is told it is stale', async () => {
    const actor = await adminActor();
    const [a, b] = await Promise.all([edit({ street: 'Piața Roman-Vodă nr. 1A' }), edit({ street: 'Piața Roman-Vodă nr. 1B' })]);
    const results = await Promise.allSettled([updateMunicipalitySettings(a, { actor, request: REQUEST }), updateMunicipalitySettings(b, { actor, request: REQUEST })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'settings.stale' } });
    expect(['Piața Roman-Vodă nr. 1A', 'Piața Roman-Vodă nr. 1B']).toContain((await getMunicipality()).address.street);
  });
});
