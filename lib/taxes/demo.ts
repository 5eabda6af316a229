/**
 * The embedded default's tax figures: the demo export (prisma/seed/taxes-demo.csv) imported through
 * the real import, so that the demo citizen and the demo company owe something on /taxes. Once:
 * when any import is there (this one, or the tax office's own files afterwards), nothing is done,
 * so a restart never brings the demo figures back over newer ones.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { TPrismaClient } from '@/lib/db';
import { importTaxFile, type TTaxImportResult } from '@/lib/taxes/import';

export const DEMO_TAX_FILE = path.join(process.cwd(), 'prisma', 'seed', 'taxes-demo.csv');
/** When the tax system "exported" the demo file. */
export const DEMO_TAX_EXPORTED_AT = new Date('2026-12-01T06:00:00Z');

/** Imports the demo export unless some import was made already; null when it was. */
export async function importDemoTaxes(client: TPrismaClient): Promise<TTaxImportResult | null> {
  if ((await client.taxImport.count()) > 0) return null;
  const result = await importTaxFile({ fileName: path.basename(DEMO_TAX_FILE), bytes: fs.readFileSync(DEMO_TAX_FILE), exportedAt: DEMO_TAX_EXPORTED_AT, client });
  // The demo file is ours: a bad row in it is a bug, not a tax office's mistake to report.
  if (!result.ok) throw new Error(`prisma/seed/taxes-demo.csv: ${result.errors.map((e) => `${e.place}: ${e.message}`).join('; ')}`);
  return result;
}
