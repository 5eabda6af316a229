/**
 * The receipt of an online payment ("chitanță electronică") as an A4 PDF, in the layout of the proof
 * of registration (lib/requests/receipt-pdf.ts): the city hall that collects (name, address, CIF),
 * the receipt's number, the date and time of the payment on Romanian time, the payer, what was paid
 * line by line with the total in lei, how (card, online through the provider, with the provider's
 * transaction id and the portal's payment id) and the verification code with its QR code, since the
 * receipt is issued sealed (lib/issued). Same embedded DejaVu fonts, same colours. Its texts are the
 * `paymentReceipt` messages of lib/i18n/messages.
 */
import { createTranslator } from 'next-intl';
import PDFDocument from 'pdfkit';
import type { TLocale } from '@/lib/i18n/config';
import { formatLei } from '@/lib/i18n/format';
import { messages } from '@/lib/i18n/messages';
import { COLOR, collect, drawPageFooters, drawQrCode, FONTS, type TFont } from '@/lib/pdf/kit';
import type { TMunicipality } from '@/lib/settings/municipality';
import { formatDateTime } from '@/lib/time';

export type TPaymentReceiptData = {
  locale: TLocale;
  /** The city hall that collects, as saved in /admin/settings (readMunicipality()). */
  municipality: TMunicipality;
  /** paymentReceiptNumber(), e.g. "CH-2026-000123". */
  number: string;
  paidAt: Date;
  /** idNumber = CNP or CUI. */
  payer: { name: string; idNumber: string | null; email: string };
  /** PaymentItem.label and amountBani, in the payment's order. */
  items: { label: string; amountBani: number }[];
  /** What was paid (Payment.amountBani, the items' sum). */
  totalBani: number;
  /** The provider's name in the payer's language ("NETOPIA Payments"). */
  providerLabel: string;
  /** The provider's id of the transaction (NETOPIA's ntpID). */
  providerPaymentId: string | null;
  /** The portal's id of the payment. */
  paymentId: string;
  /** The issued receipt's verification code and its /verify URL, printed and in the QR code. */
  verification: { code: string; url: string };
};

const MARGIN = { top: 50, bottom: 62, left: 50, right: 50 };
const CELL_PADDING = 4;
const QR_SIZE = 104;

type TStyle = { font: TFont; size: number; color?: string };
type TCell = TStyle & { text: string };

/** Renders the receipt; `now` is the generation time printed in the footer. */
export async function renderPaymentReceiptPdf(data: TPaymentReceiptData, now: Date = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const t = createTranslator({ locale: data.locale, messages: messages[data.locale], namespace: 'paymentReceipt' });
  const { municipality, verification } = data;
  const { address } = municipality;
  const name = municipality.name[data.locale];
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    font: FONTS.regular,
    lang: data.locale === 'ro' ? 'ro-RO' : 'en-GB',
    displayTitle: true,
    info: { Title: `${t('title')} ${data.number}`, Author: name, Subject: t('title'), Creator: name, CreationDate: now },
  });
  const bytes = collect(doc);

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  let y = MARGIN.top;

  const style = (s: TStyle) => doc.font(FONTS[s.font]).fontSize(s.size).fillColor(s.color ?? COLOR.text);
  const heightOf = (c: TCell, w: number) => style(c).heightOfString(c.text, { width: w });
  const write = (c: TCell, x: number, top: number, w: number, align: 'left' | 'center' | 'right' = 'left') => style(c).text(c.text, x, top, { width: w, align });
  const rule = (at: number) => doc.save().moveTo(left, at).lineTo(left + width, at).lineWidth(0.6).strokeColor(COLOR.rule).stroke().restore();

  // Header: the city hall that collects, with its fiscal code (a receipt names who received the money).
  write({ text: name, font: 'bold', size: 15, color: COLOR.accent }, left, y, width);
  y = doc.y + 2;
  const lines = [
    t('address', { street: address.street, postalCode: address.postalCode, city: address.city, county: address.county, country: address.country[data.locale] }),
    `${t('contact', { phone: municipality.phone, email: municipality.email })} · ${municipality.website.replace(/^https?:\/\//, '')}`,
    municipality.treasury.fiscalCode ? t('fiscalCode', { code: municipality.treasury.fiscalCode }) : null,
  ];
  for (const line of lines) {
    if (!line) continue;
    write({ text: line, font: 'regular', size: 8.5, color: COLOR.muted }, left, y, width);
    y = doc.y;
  }
  y += 8;
  rule(y);
  y += 14;

  // The QR code of the verification page on the right, the code under it.
  const qrX = left + width - QR_SIZE;
  drawQrCode(doc, verification.url, qrX, y, QR_SIZE);
  write({ text: t('qrVerifyCaption'), font: 'regular', size: 7, color: COLOR.muted }, qrX, y + QR_SIZE + 2, QR_SIZE, 'center');
  write({ text: verification.code, font: 'mono', size: 8, color: COLOR.accent }, qrX - 10, doc.y + 2, QR_SIZE + 20, 'center');
  const qrBottom = doc.y;

  const mainWidth = width - QR_SIZE - 20;
  write({ text: t('title'), font: 'bold', size: 16 }, left, y, mainWidth);
  y = doc.y + 8;
  write({ text: t('number'), font: 'regular', size: 8.5, color: COLOR.muted }, left, y, mainWidth);
  write({ text: data.number, font: 'bold', size: 24, color: COLOR.accent }, left, doc.y + 1, mainWidth);
  y = doc.y + 10;

  const labelWidth = 170;
  const fields: [string, string, TFont][] = [
    [t('paidAt'), formatDateTime(data.paidAt, data.locale), 'regular'],
    [t('payer'), data.payer.name, 'regular'],
    [t('idNumber'), data.payer.idNumber ?? '—', 'regular'],
    [t('email'), data.payer.email, 'regular'],
    [t('method'), t('methodCard', { provider: data.providerLabel }), 'regular'],
    [t('transactionId'), data.providerPaymentId ?? '—', 'mono'],
    [t('paymentId'), data.paymentId, 'mono'],
  ];
  for (const [label, value, font] of fields) {
    // The QR code only narrows the rows beside it.
    const rowWidth = y < qrBottom + 4 ? mainWidth : width;
    write({ text: label, font: 'regular', size: 8.5, color: COLOR.muted }, left, y + 1.5, labelWidth - 8);
    const labelBottom = doc.y;
    write({ text: value, font, size: 10 }, left + labelWidth, y, rowWidth - labelWidth);
    y = Math.max(doc.y, labelBottom) + 4;
  }
  y = Math.max(y, qrBottom) + 16;

  // What was paid: one row per item, a row that does not fit goes to the next page under the header again.
  const amountWidth = 0.24 * width;
  const labelColumn = width - amountWidth;
  const drawRow = (label: TCell, amount: TCell, shaded: boolean) => {
    const h = Math.max(heightOf(label, labelColumn - 2 * CELL_PADDING), heightOf(amount, amountWidth - 2 * CELL_PADDING)) + 2 * CELL_PADDING;
    if (shaded) doc.save().rect(left, y, width, h).fill(COLOR.fill).restore();
    write(label, left + CELL_PADDING, y + CELL_PADDING, labelColumn - 2 * CELL_PADDING);
    write(amount, left + labelColumn + CELL_PADDING, y + CELL_PADDING, amountWidth - 2 * CELL_PADDING, 'right');
    y += h;
    rule(y);
    return h;
  };
  const header = () => drawRow({ text: t('itemLabel'), font: 'bold', size: 8.5 }, { text: t('itemAmount'), font: 'bold', size: 8.5 }, true);
  const rowHeight = (label: TCell) => heightOf(label, labelColumn - 2 * CELL_PADDING) + 2 * CELL_PADDING;

  const heading: TCell = { text: t('items'), font: 'bold', size: 12, color: COLOR.accent };
  write(heading, left, y, width);
  y = doc.y + 4;
  header();
  for (const item of data.items) {
    const label: TCell = { text: item.label, font: 'regular', size: 9 };
    if (y + rowHeight(label) > bottom()) {
      doc.addPage();
      y = MARGIN.top;
      header();
    }
    drawRow(label, { text: formatLei(item.amountBani, data.locale), font: 'regular', size: 9 }, false);
  }
  const total: TCell = { text: t('total'), font: 'bold', size: 10.5 };
  if (y + rowHeight(total) > bottom()) {
    doc.addPage();
    y = MARGIN.top;
  }
  drawRow(total, { text: formatLei(data.totalBani, data.locale), font: 'bold', size: 10.5, color: COLOR.accent }, true);
  y += 18;

  // The seal, said in words, and where to check it for whoever cannot scan.
  const notes: TCell[] = [
    { text: t('sealed', { municipality: name }), font: 'regular', size: 9 },
    { text: `${t('verificationCode', { code: verification.code })} · ${t('verifyAt', { url: verification.url })}`, font: 'regular', size: 8.5, color: COLOR.muted },
  ];
  if (y + notes.reduce((h, n) => h + heightOf(n, width) + 4, 0) > bottom()) {
    doc.addPage();
    y = MARGIN.top;
  }
  for (const note of notes) {
    write(note, left, y, width);
    y = doc.y + 4;
  }

  drawPageFooters(doc, {
    left,
    width,
    bottomMargin: MARGIN.bottom,
    text: [data.number, t('generated', { at: formatDateTime(now, data.locale) }), t('verificationCode', { code: verification.code })].join(' · '),
    pageLabel: (page, pages) => t('page', { page: String(page), pages: String(pages) }),
  });

  doc.end();
  return bytes;
}
