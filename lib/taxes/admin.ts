/**
 * The tax office's view of its imports (/admin/taxes): the files imported, newest first, with who
 * imported them. For administrators and the tax department's clerks only, checked here.
 */
import 'server-only';
import type { TActor } from '@/lib/auth/assert-admin';
import { db } from '@/lib/db';
import { assertPaymentsStaff } from '@/lib/payments/staff-access';

export const TAX_IMPORTS_PAGE_SIZE = 20;

export type TTaxImportRow = {
  id: string;
  fileName: string;
  sha256: string;
  rowCount: number;
  exportedAt: Date;
  createdAt: Date;
  /** Who uploaded it; null for the command line and the demo data. */
  importedBy: string | null;
};

/** One page of imports (`page` from 1), and whether there is a next one. */
export async function listTaxImports(actor: TActor, { page }: { page: number }): Promise<{ rows: TTaxImportRow[]; page: number; hasNext: boolean }> {
  await assertPaymentsStaff(actor);
  const current = Math.max(1, Math.floor(page));
  const found = await db.taxImport.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * TAX_IMPORTS_PAGE_SIZE,
    take: TAX_IMPORTS_PAGE_SIZE + 1,
    select: {
      id: true,
      fileName: true,
      sha256: true,
      rowCount: true,
      exportedAt: true,
      createdAt: true,
      importedBy: { select: { email: true, personProfile: { select: { firstName: true, lastName: true } } } },
    },
  });
  const rows = found.slice(0, TAX_IMPORTS_PAGE_SIZE).map(({ importedBy, ...row }) => ({
    ...row,
    importedBy: importedBy ? (importedBy.personProfile ? `${importedBy.personProfile.firstName} ${importedBy.personProfile.lastName}` : importedBy.email) : null,
  }));
  return { rows, page: current, hasNext: found.length > TAX_IMPORTS_PAGE_SIZE };
}
