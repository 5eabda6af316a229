/**
 * Reads the stored municipality settings through a given client (the caller's transaction, or the
 * shared one). No `server-only`: the email outbox uses it, and the job worker (plain Node) imports
 * the outbox. Pages use getMunicipality() of lib/settings/settings.ts, once per request.
 */
import type { db, TTransaction } from '@/lib/db';
import { env } from '@/lib/env';
import { municipalityFrom, MUNICIPALITY_SETTING, type TMunicipality } from '@/lib/settings/municipality';

/** The settings' row as stored (null: never saved), with when it was saved. */
export async function readMunicipalityRow(client: TTransaction | typeof db) {
  return client.setting.findUnique({ where: { key: MUNICIPALITY_SETTING }, select: { value: true, updatedAt: true, updatedById: true } });
}

/** The municipality as saved in /admin/settings, or the embedded defaults until it is. */
export async function readMunicipality(client: TTransaction | typeof db): Promise<TMunicipality> {
  return municipalityFrom((await readMunicipalityRow(client))?.value, env());
}
