/**
 * Puts a CMS signature into a PDF (PAdES, SubFilter ETSI.CAdES.detached) with @signpdf: a
 * signature dictionary with a /Contents placeholder, a /ByteRange over everything but the
 * placeholder, then the CMS over those bytes.
 *
 * - A PDF without signatures (the portal's own, a clerk's upload) is loaded with pdf-lib and saved
 *   with the placeholder (classic xref, no object streams, so that a later signature can be added
 *   incrementally).
 * - A PDF that already carries a signature (a clerk's own qualified signature) must keep its bytes:
 *   @signpdf/placeholder-plain appends an incremental update. It parses PDFs with regular
 *   expressions and knows only classic xref tables, so its result is checked (earlier signed bytes
 *   unchanged, one more signature) and anything it cannot do is `seal.signedPdfUnsupported`.
 */
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import signpdf from '@signpdf/signpdf';
import { SignPdfError, Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { AppError } from '@/lib/errors';

export type TPdfSignatureFields = { reason: string; location: string; contactInfo: string; name: string };

/** Bridges @signpdf's signer class to the portal's CMS builder. */
class CmsSigner extends Signer {
  constructor(private readonly cmsFor: (signedBytes: Uint8Array) => Promise<Uint8Array>) {
    super();
  }
  async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Buffer.from(await this.cmsFor(new Uint8Array(pdfBuffer)));
  }
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** The end of the bytes the earlier signatures cover (0 when none). */
function signedEnd(pdf: Buffer): number {
  let end = 0;
  for (const match of pdf.toString('latin1').matchAll(BYTE_RANGE)) end = Math.max(end, Number(match[3]) + Number(match[4]));
  return end;
}

/** Whether the PDF carries a signature (a signature dictionary's /ByteRange): any change but an incremental update would break it. */
export const hasSignature = (pdf: Uint8Array) => signedEnd(Buffer.from(pdf)) > 0;

/** The PDF opened with pdf-lib, or the error a clerk can act on (not a PDF, broken, encrypted, no pages). */
export async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  const head = Buffer.from(pdf.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new AppError('seal.unreadablePdf');
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    throw new AppError('seal.unreadablePdf');
  }
  if (doc.isEncrypted) throw new AppError('seal.encryptedPdf');
  let pages = 0;
  try {
    pages = doc.getPageCount();
  } catch {
    // no page tree
  }
  if (pages === 0) throw new AppError('seal.unreadablePdf');
  return doc;
}

/** Signature fields that hold a value, read without changing the document (pdf-lib's getForm() would add an AcroForm). */
function signatureCount(doc: PDFDocument): number {
  const form = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = form?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const seen = new Set<PDFDict>();
  const count = (array: PDFArray | undefined, inheritedType: PDFName | undefined): number => {
    let total = 0;
    for (let i = 0; i < (array?.size() ?? 0); i++) {
      const field = array!.lookup(i);
      if (!(field instanceof PDFDict) || seen.has(field)) continue;
      seen.add(field);
      const type = field.lookupMaybe(PDFName.of('FT'), PDFName) ?? inheritedType;
      if (type === PDFName.of('Sig') && field.has(PDFName.of('V'))) total++;
      total += count(field.lookupMaybe(PDFName.of('Kids'), PDFArray), type);
    }
    return total;
  };
  return count(fields, undefined);
}

/**
 * The AcroForm as an indirect object whose first key is /Type /AcroForm: what placeholder-plain
 * looks for when it adds the next signature to a document this module sealed.
 */
function normalizeAcroForm(doc: PDFDocument) {
  const key = PDFName.of('AcroForm');
  const existing = doc.catalog.get(key);
  const form = doc.catalog.lookupMaybe(key, PDFDict);
  if (!form) return;
  const ordered = doc.context.obj({ Type: 'AcroForm' });
  for (const [name, value] of form.entries()) if (name !== PDFName.of('Type')) ordered.set(name, value);
  if (existing instanceof PDFRef) doc.context.assign(existing, ordered);
  else doc.catalog.set(key, doc.context.register(ordered));
}

/**
 * Seals `pdf` with the CMS that `cmsFor` makes over the signed byte ranges. `signatureLength` is
 * the placeholder's size in bytes (the PDF holds twice as many hex digits).
 */
export async function signPdf(
  pdf: Uint8Array,
  fields: TPdfSignatureFields,
  options: { cmsFor: (signedBytes: Uint8Array) => Promise<Uint8Array>; signatureLength: number; signingTime: Date },
): Promise<Uint8Array> {
  const doc = await loadPdf(pdf);
  const input = Buffer.from(pdf);
  const earlier = Math.max(signatureCount(doc), signedEnd(input) > 0 ? 1 : 0);
  const signer = new CmsSigner(options.cmsFor);
  const common = { ...fields, signatureLength: options.signatureLength, subFilter: SUBFILTER_ETSI_CADES_DETACHED, signingTime: options.signingTime };

  if (earlier === 0) {
    pdflibAddPlaceholder({ pdfDoc: doc, ...common });
    normalizeAcroForm(doc);
    const prepared = await doc.save({ useObjectStreams: false });
    return new Uint8Array(await signpdf.sign(Buffer.from(prepared), signer));
  }

  let prepared: Buffer;
  try {
    prepared = plainAddPlaceholder({ pdfBuffer: input, ...common });
  } catch {
    throw new AppError('seal.signedPdfUnsupported');
  }
  let sealed: Buffer;
  try {
    sealed = await signpdf.sign(prepared, signer);
  } catch (error) {
    // What plain produced is not a document signpdf can sign (its ByteRange or Contents are not where they should be).
    if (error instanceof SignPdfError && !isPlaceholderTooSmall(error)) throw new AppError('seal.signedPdfUnsupported');
    throw error;
  }
  // The earlier signatures stay valid only if the bytes they cover are untouched.
  const end = signedEnd(input);
  if (end > sealed.length || !sealed.subarray(0, end).equals(input.subarray(0, end))) throw new AppError('seal.signedPdfUnsupported');
  let after: PDFDocument;
  try {
    after = await PDFDocument.load(sealed, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    throw new AppError('seal.signedPdfUnsupported');
  }
  if (signatureCount(after) !== signatureCount(doc) + 1) throw new AppError('seal.signedPdfUnsupported');
  return new Uint8Array(sealed);
}

/** Whether signpdf refused because the CMS did not fit the placeholder. */
export function isPlaceholderTooSmall(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Signature exceeds placeholder length');
}
