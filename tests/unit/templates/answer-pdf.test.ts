import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { PREVIEW_CODE, PREVIEW_NOTICE, renderAnswerPdf } from '@/lib/templates/answer-pdf';
import { DEFAULT_TEMPLATES } from '@/lib/templates/defaults';
import { mergeTemplate, type TMergeData } from '@/lib/templates/merge';
import { pdfPageTexts as pageTexts } from '../../support/pdf';

const flat = (text: string) => text.replace(/\s+/g, ' ');

const data: TMergeData = {
  applicant: { name: 'Ștefan Țurcanu', idNumber: '1900101270011', address: 'Str. Ștefan cel Mare nr. 10, Roman, jud. Neamț, 611001' },
  request: { registrationNumber: 'RMN-2026-000123', submittedAt: new Date('2026-03-05T12:30:00Z') },
  serviceTitle: 'Certificat de urbanism',
  answers: { scop: 'Construire locuință în Bârlad și Iași' },
  text: 'Se aprobă cu condiția respectării regulamentului local de urbanism.',
  legalBasis: 'Legea nr. 50/1991 privind autorizarea executării lucrărilor de construcții',
  issuedAt: new Date('2026-04-03T22:30:00Z'),
  municipality: { name: 'Primăria Municipiului Roman', address: 'Piața Roman-Vodă nr. 1, 611022 Roman, jud. Neamț', contact: 'Tel. 0233 741 119 · registratura@primariaroman.ro' },
  clerk: { name: 'Mihai Ionescu' },
  fee: null,
  info: null,
};
const verification = { code: 'K7M2-QX9P-4TRA', url: 'https://portal.example/verify/K7M2-QX9P-4TRA' };

describe('renderAnswerPdf', () => {
  it('prints the header, number, title, text with diacritics, legal basis, issuer and the verification footer', async () => {
    const merged = mergeTemplate(DEFAULT_TEMPLATES.APPROVAL, data);
    const bytes = await renderAnswerPdf({ merged, data, verification });
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2000));
    expect(head.startsWith('%PDF-1.7')).toBe(true);
    const pages = await pageTexts(bytes);
    const text = flat(pages.join('\n'));
    expect(text).toContain('Primăria Municipiului Roman');
    expect(text).toContain('Piața Roman-Vodă nr. 1, 611022 Roman, jud. Neamț');
    expect(text).toContain('Nr. RMN-2026-000123 / 04.04.2026');
    expect(text).toContain('Răspuns favorabil — Certificat de urbanism');
    // Comma-below Ș and Ț (U+0218, U+021A), ă î â, not cedilla look-alikes and not dropped glyphs.
    expect(text).toContain('Către \u0218tefan \u021Aurcanu');
    expect(text).toContain('înregistrate');
    expect(text).toContain('05.03.2026');
    expect(text).toContain('Se aprobă cu condiția respectării regulamentului local de urbanism.');
    expect(text).toContain('Temei legal:');
    expect(text).toContain('Legea nr. 50/1991 privind autorizarea executării lucrărilor de construcții');
    expect(text).toContain('Emis electronic de Primăria Municipiului Roman, sigilat cu sigiliu electronic.');
    expect(text).toContain('Întocmit: Mihai Ionescu');
    expect(text).not.toContain('PREVIZUALIZARE');
    pages.forEach((page, i) => {
      expect(flat(page)).toContain('Cod de verificare: K7M2-QX9P-4TRA');
      expect(flat(page)).toContain('Verificați autenticitatea la https://portal.example/verify/K7M2-QX9P-4TRA');
      expect(flat(page)).toContain(`Pagina ${i + 1} din ${pages.length}`);
    });
  });

  it('carries the document information and PDF/A metadata, with embedded fonts', async () => {
    const merged = mergeTemplate(DEFAULT_TEMPLATES.REFUSAL, data);
    const bytes = await renderAnswerPdf({ merged, data, verification });
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const { info, metadata } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: { get(name: string): unknown } | null };
    expect(info.Title).toBe('Răspuns nefavorabil — Certificat de urbanism');
    expect(info.Author).toBe('Primăria Municipiului Roman');
    expect(info.Subject).toBe('Certificat de urbanism — RMN-2026-000123');
    expect(info.Language).toBe('ro-RO');
    expect(metadata?.get('pdfaid:part')).toBe('2');
    await pdf.destroy();
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('/OutputIntents');
    expect(raw).not.toMatch(/\/URI\s*\(/); // nothing external
  });

  it('flows a long answer over several pages, each with its footer', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Paragraful ${i + 1}: ${'Țara ăîâșț '.repeat(30)}`).join('\n\n');
    const pages = await pageTexts(await renderAnswerPdf({ merged: mergeTemplate({ title: 'T', body: long, legalBasis: 'L' }, data), data, verification }));
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) expect(flat(page)).toContain('Cod de verificare: K7M2-QX9P-4TRA');
    expect(flat(pages.join(' '))).toContain('Paragraful 60:');
  });

  it('marks a preview on every page as having no legal value', async () => {
    const pages = await pageTexts(
      await renderAnswerPdf({ merged: mergeTemplate(DEFAULT_TEMPLATES.FEE_NOTICE, data), data, verification: { code: PREVIEW_CODE, url: 'https://portal.example/verify' }, preview: true }),
    );
    for (const page of pages) {
      expect(flat(page)).toContain(PREVIEW_NOTICE);
      expect(flat(page)).toContain('Cod de verificare: XXXX-XXXX-XXXX');
    }
    expect(flat(pages.join(' '))).not.toContain('Emis electronic de');
  });
});
