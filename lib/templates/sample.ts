/**
 * Sample data for the administrator's preview of a template: a made-up applicant and request, and
 * for each answer of the form its field's label in brackets, so the preview shows where each value
 * lands. Pure: the editor merges with it in the browser.
 */
import type { TMergeData } from '@/lib/templates/merge';

export function sampleMergeData({ municipality, fields, serviceTitle, legalBasis }: { municipality: TMergeData['municipality']; fields: { key: string; label: string }[]; serviceTitle: string; legalBasis: string | null }): TMergeData {
  const now = new Date();
  const inDays = (days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  return {
    applicant: { name: 'Ion Popescu', idNumber: '1800101270018', address: 'Str. Ștefan cel Mare nr. 10, Roman, jud. Neamț, 611001' },
    request: { registrationNumber: 'RMN-2026-000123', submittedAt: inDays(-10) },
    serviceTitle,
    answers: Object.fromEntries(fields.map((f) => [f.key, `[${f.label}]`])),
    text: 'Textul scris de funcționar la decizie (de exemplu: condițiile sau motivele).',
    legalBasis,
    issuedAt: now,
    municipality,
    clerk: { name: 'Maria Ionescu' },
    fee: { amountBani: 5000, dueAt: inDays(15), iban: 'RO49TREZ4915070XXX000123' },
    info: { dueAt: inDays(15), items: ['Act de identitate', 'Extras de carte funciară actualizat'] },
  };
}
