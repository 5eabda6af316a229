'use server';

/**
 * The tax office's upload on /admin/taxes: the exported file, imported all or nothing. Staff only
 * by the wrapper, and of those only who works with money (administrators, the tax department's
 * clerks), checked again here; the import is audited (`taxes.import`) in its own transaction.
 */
import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { staffAction, type TActionResult } from '@/lib/actions';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/config';
import { assertPaymentsStaff } from '@/lib/payments/staff-access';
import { importTaxFile, type TTaxImportError } from '@/lib/taxes/import';
import { ZImportTaxFileSchema } from '@/lib/taxes/schemas';

/** How many bad rows the page lists; the rest are counted (the command line prints them all). */
const ERRORS_SHOWN = 200;

export type TTaxImportOutcome =
  | { imported: { fileName: string; rows: number; created: number; updated: number; skipped: number }; errors?: undefined; errorCount?: undefined }
  | { imported?: undefined; errors: TTaxImportError[]; errorCount: number };

const importFile = staffAction.form(ZImportTaxFileSchema, async ({ file, exportedAt }, { user, request }): Promise<TTaxImportOutcome> => {
  await assertPaymentsStaff(user);
  // The reader's language, as the page shows it (the cookie of the language switch).
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const result = await importTaxFile({
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    exportedAt,
    importedById: user.id,
    locale,
    audit: { actorId: user.id, request },
  });
  if (!result.ok) return { errors: result.errors.slice(0, ERRORS_SHOWN), errorCount: result.errors.length };
  revalidatePath('/admin/taxes');
  revalidatePath('/taxes');
  return { imported: { fileName: file.name, rows: result.rows, created: result.created, updated: result.updated, skipped: result.skipped } };
});

/** "Importă fișierul": the form posts its FormData (the file and the optional export time). */
export async function importTaxFileAction(_previous: TActionResult<TTaxImportOutcome> | null, form: FormData): Promise<TActionResult<TTaxImportOutcome>> {
  return importFile(form);
}
