import { describe, expect, it } from 'vitest';
import { ANSWER_TEMPLATE_KINDS, DEFAULT_TEMPLATES } from '@/lib/templates/defaults';
import { fieldsOf, fieldValue, MERGE_FIELDS, mergeTemplate, MISSING, unknownFields, type TMergeData } from '@/lib/templates/merge';
import { ZSaveTemplateSchema } from '@/lib/templates/schemas';

function data(overrides: Partial<TMergeData> = {}): TMergeData {
  return {
    applicant: { name: 'Ștefan Țurcanu', idNumber: '1900101270011', address: 'Str. Ștefan cel Mare nr. 10, Roman, jud. Neamț, 611001' },
    request: { registrationNumber: 'RMN-2026-000123', submittedAt: new Date('2026-03-05T12:30:00Z') },
    serviceTitle: 'Certificat de urbanism',
    answers: { suprafata: '1.250,5', scop: 'Construire locuință' },
    text: 'Se aprobă cu condiția respectării PUG.',
    legalBasis: 'Legea nr. 50/1991',
    issuedAt: new Date('2026-04-03T22:30:00Z'), // already 4 April in Bucharest
    municipality: { name: 'Primăria Municipiului Roman', address: 'Piața Roman-Vodă nr. 1, 611022 Roman, jud. Neamț', contact: 'Tel. 0233 741 119' },
    clerk: { name: 'Mihai Ionescu' },
    fee: { amountBani: 12550, dueAt: new Date('2026-04-20T10:00:00Z'), iban: 'RO49AAAA1B31007593840000' },
    info: { dueAt: new Date('2026-04-15T10:00:00Z'), items: ['Act de identitate', 'Plan de situație'] },
    ...overrides,
  };
}

describe('mergeTemplate', () => {
  it('puts every known field in its place, dates as in Romania', () => {
    const body = MERGE_FIELDS.map((name) => `${name}=[{{${name}}}]`).join('\n\n');
    const { paragraphs } = mergeTemplate({ title: 'T', body, legalBasis: '' }, data());
    const value = (name: string) => paragraphs.find((p) => p.startsWith(`${name}=`))!.slice(name.length + 1);
    expect(value('solicitant.nume')).toBe('[Ștefan Țurcanu]');
    expect(value('solicitant.cnp_cui')).toBe('[1900101270011]');
    expect(value('solicitant.adresa')).toBe('[Str. Ștefan cel Mare nr. 10, Roman, jud. Neamț, 611001]');
    expect(value('cerere.numar')).toBe('[RMN-2026-000123]');
    expect(value('cerere.data')).toBe('[05.03.2026]');
    expect(value('serviciu')).toBe('[Certificat de urbanism]');
    expect(value('text')).toBe('[Se aprobă cu condiția respectării PUG.]');
    expect(value('temei_legal')).toBe('[Legea nr. 50/1991]');
    expect(value('data')).toBe('[04.04.2026]');
    expect(value('primaria.nume')).toBe('[Primăria Municipiului Roman]');
    expect(value('primaria.adresa')).toBe('[Piața Roman-Vodă nr. 1, 611022 Roman, jud. Neamț]');
    expect(value('functionar.nume')).toBe('[Mihai Ionescu]');
    expect(value('taxa.suma')).toBe('[125,50 lei]');
    expect(value('taxa.termen')).toBe('[20.04.2026]');
    expect(value('taxa.iban')).toBe('[RO49 AAAA 1B31 0075 9384 0000]');
    expect(value('informatii.termen')).toBe('[15.04.2026]');
    expect(value('informatii.lista')).toBe('[– Act de identitate\n– Plan de situație]');
  });

  it('inserts a form answer by its key, as formatted for the request page', () => {
    const merged = mergeTemplate({ title: 'Aviz pentru {{raspuns.scop}}', body: 'Suprafața: {{ raspuns.suprafata }} mp.', legalBasis: '{{temei_legal}}' }, data());
    expect(merged).toEqual({ title: 'Aviz pentru Construire locuință', paragraphs: ['Suprafața: 1.250,5 mp.'], legalBasis: 'Legea nr. 50/1991' });
  });

  it('prints "—" for a value the request does not have, and drops a paragraph left with nothing else', () => {
    const merged = mergeTemplate(
      { title: '{{serviciu}}', body: 'Adresa: {{solicitant.adresa}}; etaj {{raspuns.etaj}}.\n\n{{text}}\n\nTaxa: {{taxa.suma}}, lista: {{informatii.lista}}', legalBasis: '{{temei_legal}}' },
      data({ applicant: { name: 'Ion', idNumber: null, address: null }, text: '  ', fee: null, info: null, legalBasis: null }),
    );
    expect(merged.paragraphs).toEqual([`Adresa: ${MISSING}; etaj ${MISSING}.`, `Taxa: ${MISSING}, lista: ${MISSING}`]);
    expect(merged.legalBasis).toBe(MISSING);
  });

  it('splits paragraphs on blank lines and keeps the clerk text paragraphs and line breaks', () => {
    const merged = mergeTemplate({ title: 'A\nB', body: 'Unu\r\n\r\n{{text}}\n  \nPatru', legalBasis: 'L' }, data({ text: 'Doi\nrândul doi\n\nTrei' }));
    expect(merged.title).toBe('A B');
    expect(merged.paragraphs).toEqual(['Unu', 'Doi\nrândul doi', 'Trei', 'Patru']);
  });

  it('never reads a value again as a template', () => {
    const merged = mergeTemplate({ title: 'T', body: '{{text}}', legalBasis: '' }, data({ text: 'Am scris {{solicitant.cnp_cui}}' }));
    expect(merged.paragraphs).toEqual(['Am scris {{solicitant.cnp_cui}}']);
  });
});

describe('unknownFields', () => {
  it('names the fields that do not exist, once each', () => {
    expect(unknownFields(['{{solicitant.nume}} {{solicitant.prenume}} {{ xyz }} {{solicitant.prenume}}'], null)).toEqual(['solicitant.prenume', 'xyz']);
    expect(unknownFields(['{{}}'], null)).toEqual(['']);
  });

  it('checks raspuns.<cheie> against the form when the keys are known', () => {
    expect(unknownFields(['{{raspuns.scop}} {{raspuns.lipsa}}'], ['scop'])).toEqual(['raspuns.lipsa']);
    expect(unknownFields(['{{raspuns.lipsa}}'], null)).toEqual([]);
    expect(unknownFields(['{{raspuns.}} {{raspuns.a b}}'], null)).toEqual(['raspuns.', 'raspuns.a b']);
  });

  it('lists the fields of a text in order', () => {
    expect(fieldsOf('{{b}} {{a}} {{b}}')).toEqual(['b', 'a']);
  });

  it('an unknown name merges as missing (a form key removed since the save)', () => {
    expect(fieldValue('nu.exista', data())).toBe(MISSING);
  });
});

describe('the built-in templates', () => {
  it.each(ANSWER_TEMPLATE_KINDS)('%s uses only known fields and passes the save schema', (kind) => {
    const text = DEFAULT_TEMPLATES[kind];
    expect(unknownFields([text.title, text.body, text.legalBasis], [])).toEqual([]);
    expect(ZSaveTemplateSchema.safeParse({ serviceId: 's', kind, expectedVersion: 0, ...text }).success).toBe(true);
  });

  it('the save schema refuses an unknown field on the field that has it', () => {
    const result = ZSaveTemplateSchema.safeParse({ serviceId: 's', kind: 'APPROVAL', expectedVersion: 1, title: 'T', body: 'Bună ziua, {{solicitant.prenume}}', legalBasis: 'L' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['body', 'templates.unknownField']]);
  });
});
