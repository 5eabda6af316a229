/**
 * Where the taxpayers' figures come from: the adapter between the portal and the city hall's tax
 * system. Today that is the file the tax office exports and imports (lib/taxes/import.ts), read
 * back from the database; a live connection to the tax system's API is a second adapter of the
 * same shape, so that /taxes and the payments never know which one answers.
 */
import 'server-only';
import { db } from '@/lib/db';
import type { TTaxRow } from '@/lib/taxes/schemas';

/** One obligation as the tax system reports it, with when those figures were true. */
export type TSourceObligation = TTaxRow & { syncedAt: Date };

/**
 * An adapter of the tax system.
 *
 * A live adapter (the tax system's web service, when the city hall has one) must:
 * - answer `obligationsFor` with every obligation of that fiscal code (CNP, or CUI without RO) the
 *   tax system holds, each with the tax system's own id (stable across calls: it is `externalId`,
 *   the key payments and receipts point at), the figures in integer bani, the due day
 *   (YYYY-MM-DD), the legal order of payment where the tax system has one, and `syncedAt` = the
 *   moment the tax system computed those figures (not the moment of the call, if it serves a
 *   cache): online payments after it are added on top of `paidBani`, so a late `syncedAt` would
 *   count a payment twice and an early one would miss it;
 * - compute the increments (majorări) itself — the portal never does, it only shows them;
 * - validate what it receives with ZTaxRowSchema (lib/taxes/schemas.ts) before the portal trusts it,
 *   and store it as the file import does (TaxObligation, upserted by externalId, never overwriting
 *   figures with a newer syncedAt), so that /taxes, the payments and their locks keep reading one
 *   table whatever the source;
 * - fail with an error (never an empty list) when the tax system cannot be reached, so that "owes
 *   nothing" is never shown for "could not ask";
 * - be told about the portal's payments (the daily reconciliation report, lib/payments/admin.ts),
 *   so that the next figures include them and `syncedAt` moves past them.
 */
export type TTaxSource = {
  /** Short and stable, e.g. "file-import". */
  id: string;
  obligationsFor(taxpayerCode: string): Promise<TSourceObligation[]>;
};

/** The figures of the tax office's last imported files (`npm run taxes:import`, /admin/taxes). */
export const fileImportTaxSource: TTaxSource = {
  id: 'file-import',
  async obligationsFor(taxpayerCode) {
    const rows = await db.taxObligation.findMany({
      where: { taxpayerCode },
      orderBy: [{ year: 'desc' }, { paymentRank: { sort: 'asc', nulls: 'last' } }, { dueAt: 'asc' }, { externalId: 'asc' }],
      select: {
        externalId: true,
        taxpayerCode: true,
        taxpayerName: true,
        year: true,
        kind: true,
        description: true,
        principalBani: true,
        incrementsBani: true,
        paidBani: true,
        dueAt: true,
        paymentRank: true,
        syncedAt: true,
      },
    });
    return rows.map(({ dueAt, ...row }) => ({ ...row, dueDay: dueAt.toISOString().slice(0, 10) }));
  },
};

/** The adapter in use: the file import until a live one is configured. */
export const getTaxSource = (): TTaxSource => fileImportTaxSource;
