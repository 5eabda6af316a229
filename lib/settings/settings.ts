/**
 * The municipality's settings: read once per request by every page that shows them (footer,
 * header, contact page, receipts, emails, the fee's account), edited by administrators in
 * /admin/settings. Several processes share the database, so nothing is kept in memory beyond one
 * request (React `cache()`): a save shows on every instance at the next page.
 */
import 'server-only';
import { assertAdmin, type TActor } from '@/lib/auth/assert-admin';
import { cache } from 'react';
import type { TRequestInfo } from '@/lib/actions';
import { writeAudit } from '@/lib/audit/write';
import { db, isPrismaError, type TTransaction } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { MUNICIPALITY_SETTING, paymentAccount, settingsFrom, type TMunicipality, type TPaymentAccount } from '@/lib/settings/municipality';
import { readMunicipality, readMunicipalityRow } from '@/lib/settings/read';
import type { TMunicipalitySettings, TUpdateMunicipalitySettings } from '@/lib/settings/schemas';

type TContext = { actor: TActor; request?: TRequestInfo };


/** The municipality as saved in /admin/settings (or the embedded defaults until then), once per request. */
export const getMunicipality: () => Promise<TMunicipality> = cache(() => readMunicipality(db));

/**
 * The account fees are paid into, as applicants are told: the environment's PAYMENT_IBAN /
 * PAYMENT_BENEFICIARY when the operator set them (an override), otherwise the settings' account;
 * `demo` while it is the portal's demo account. See paymentAccount() in lib/settings/municipality.ts.
 * Inside a transaction, pass it: the read then takes no second connection from the pool.
 */
export async function getPaymentAccount(tx?: TTransaction): Promise<TPaymentAccount> {
  const municipality = tx ? await readMunicipality(tx) : await getMunicipality();
  return paymentAccount(municipality.treasury, env());
}

/**
 * What the settings form shows: the values, when they were saved (null: never, these are the
 * defaults) and which of the account's fields the environment overrides.
 */
export async function getMunicipalitySettingsForEdit(actor: TActor) {
  assertAdmin(actor);
  const row = await readMunicipalityRow(db);
  const { PAYMENT_IBAN, PAYMENT_BENEFICIARY } = env();
  return {
    values: settingsFrom(row?.value, env()),
    updatedAt: row ? row.updatedAt.toISOString() : null,
    override: { iban: PAYMENT_IBAN ?? null, beneficiary: PAYMENT_BENEFICIARY ?? null },
  };
}

/**
 * Saves the settings when the page's copy is the latest (`expectedUpdatedAt`; null: never saved):
 * otherwise someone saved meanwhile and the save is refused ("settings.stale"). One transaction
 * with its audit row, which holds each changed field before → after. Nothing changed: no write.
 */
export async function updateMunicipalitySettings(input: TUpdateMunicipalitySettings, { actor, request }: TContext): Promise<{ changed: boolean; updatedAt: string | null }> {
  assertAdmin(actor);
  const { expectedUpdatedAt, ...after } = input;
  try {
    return await db.$transaction(async (tx) => {
      // The row, locked: two saves at once queue, and the second sees the first one's time.
      await tx.$queryRaw`SELECT key FROM "Setting" WHERE key = ${MUNICIPALITY_SETTING} FOR UPDATE`;
      const current = await readMunicipalityRow(tx);
      const currentAt = current ? current.updatedAt.toISOString() : null;
      if (currentAt !== expectedUpdatedAt) throw new AppError('settings.stale');
      const before = settingsFrom(current?.value, env());
      const keys = Object.keys(after) as (keyof TMunicipalitySettings)[];
      const changes = Object.fromEntries(
        keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map((key) => [key, { from: before[key], to: after[key] }]),
      );
      if (Object.keys(changes).length === 0) return { changed: false, updatedAt: currentAt };
      // A row created by a save that committed after the read above: the create fails (P2002), below.
      const saved = current
        ? await tx.setting.update({ where: { key: MUNICIPALITY_SETTING }, data: { value: after, updatedById: actor.id }, select: { updatedAt: true } })
        : await tx.setting.create({ data: { key: MUNICIPALITY_SETTING, value: after, updatedById: actor.id }, select: { updatedAt: true } });
      await writeAudit({ actorId: actor.id, action: 'setting.update', entityType: 'Setting', entityId: MUNICIPALITY_SETTING, request, details: changes }, tx);
      return { changed: true, updatedAt: saved.updatedAt.toISOString() };
    });
  } catch (error) {
    if (isPrismaError(error, 'P2002')) throw new AppError('settings.stale');
    throw error;
  }
}
