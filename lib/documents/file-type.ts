/**
 * What a file really is, from its first bytes (magic numbers), whatever its name or the type the
 * browser declared. Only the types the portal accepts are recognized.
 */
import { DOCUMENT_TYPES } from '@/lib/services/form/definition';

/** The types a form may accept (one list, in the form definition's schema). */
export type TAcceptedType = (typeof DOCUMENT_TYPES)[number];

/** What staff may attach to an answer or a message: any accepted type, up to 25 MB, 10 at a time. */
export const STAFF_UPLOAD_LIMITS = {
  key: 'staff',
  name: { ro: 'Documente', en: 'Documents' },
  required: false,
  accept: [...DOCUMENT_TYPES],
  maxSizeMb: 25,
  maxFiles: 10,
};

/** A proof of payment: a bank receipt or a photo of it. */
export const PAYMENT_PROOF_LIMITS = { ...STAFF_UPLOAD_LIMITS, key: 'paymentProof', name: { ro: 'Dovada plății', en: 'Proof of payment' }, maxSizeMb: 10, maxFiles: 3 };

/** How many bytes `detectFileType` needs. */
export const MAGIC_BYTES = 8;

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);

export function detectFileType(bytes: Uint8Array): TAcceptedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}

export const TYPE_LABELS: Record<TAcceptedType, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** A file name safe to keep and show: no folders, no control characters, at most 150 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (!clean) return 'document';
  if (clean.length <= 150) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, 150 - extension.length) + extension;
}

const MB = 1024 * 1024;

/** A file size as people read it: "740 KB", "2,4 MB" (decimal comma in Romanian). */
export function formatFileSize(bytes: number, locale: 'ro' | 'en'): string {
  const format = (value: number, digits: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ro-RO', { maximumFractionDigits: digits }).format(value);
  if (bytes >= MB) return `${format(bytes / MB, 1)} MB`;
  return `${format(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
}
