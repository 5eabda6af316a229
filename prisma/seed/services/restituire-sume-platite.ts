import type { TSeedService } from '@/prisma/seed/catalog';
import { L, PDF_OR_IMAGE, NO_FEE, LAWS, cite, legalBasis, LABEL, field, doc, NO_FEE_SUSPENSION } from '@/prisma/seed/service-parts';

export const restituireSumePlatite: TSeedService = {
  slug: 'restituire-sume-platite',
  category: 'taxe-si-impozite-locale',
  department: 'taxe-impozite',
  titleRo: 'Cerere de restituire a sumelor plătite în plus sau eronat',
  titleEn: 'Refund of overpaid or wrongly paid local taxes',
  summaryRo: 'Solicitați restituirea sumelor plătite în plus ori din eroare la bugetul local.',
  summaryEn: 'Ask for a refund of amounts overpaid or paid by mistake to the local budget.',
  descriptionRo:
    'Sumele plătite în plus sau fără temei legal la bugetul local al municipiului Roman se restituie la cerere, după compensarea eventualelor obligații restante. Cererea se soluționează în termen de 45 de zile de la înregistrare, iar suma se virează în contul bancar indicat.',
  descriptionEn:
    'Amounts overpaid or paid without legal basis to the local budget of Roman are refunded on request, after any outstanding obligations are offset. The request is decided within 45 days of registration and the amount is transferred to the bank account given.',
  applicantTypes: ['PERSON', 'COMPANY'],
  legalTermDays: 45,
  ...legalBasis(cite(LAWS.fiscalProcedureCode, L('art. 77 și art. 168', 'Articles 77 and 168'))),
  ...NO_FEE,
  ...NO_FEE_SUSPENSION,
  position: 6,
  definition: {
    delivery: 'electronic',
    fields: [
      field.fullName(LABEL.taxpayerName),
      field.email(),
      {
        key: 'reason',
        type: 'select',
        label: L('Motivul restituirii', 'Reason for the refund'),
        required: true,
        options: [
          { value: 'plataInPlus', label: L('Sumă plătită în plus', 'Amount overpaid') },
          { value: 'plataEronata', label: L('Plată efectuată din eroare', 'Payment made by mistake') },
          { value: 'altContribuabil', label: L('Plată efectuată pentru alt contribuabil', 'Payment made for another taxpayer') },
        ],
      },
      { key: 'amount', type: 'number', label: L('Suma solicitată (lei)', 'Amount requested (lei)'), required: true, min: 0.01, max: 10_000_000 },
      { key: 'paymentDate', type: 'date', label: L('Data plății', 'Payment date'), required: true, min: '2000-01-01', max: 'today' },
      {
        key: 'iban',
        type: 'iban',
        label: L('Contul IBAN în care se face restituirea', 'IBAN of the account for the refund'),
        required: true,
      },
      {
        key: 'accountHolder',
        type: 'text',
        label: L('Titularul contului', 'Account holder'),
        required: true,
        maxLength: 120,
        prefill: 'fullName',
      },
      field.declaration(),
    ],
    documents: [
      {
        key: 'paymentProof',
        name: L('Dovada plății', 'Proof of payment'),
        help: L('Chitanța, ordinul de plată sau extrasul de cont.', 'Receipt, payment order or bank statement.'),
        required: true,
        accept: PDF_OR_IMAGE,
        maxSizeMb: 5,
        maxFiles: 5,
      },
      doc.identity(false),
    ],
  },
};
