/**
 * `npm run bench:seal`: the time to generate and seal one document and the bytes the seal adds, for
 * two documents: an approval generated from the built-in template (lib/templates, merged with
 * sample data, as at a clerk's decision) and a proof of registration with realistic data
 * (lib/requests/receipt-pdf.ts: 2 pages, 12 answers, 3 documents, QR). Each is rendered and sealed with the process's seal (the demo seal under
 * .data/bench-seal unless SEAL_* is configured; with SEAL_TSA_URL each run includes the timestamp
 * round trip), 20 times after a warm-up run that also loads the key. Prints the median and p90 of
 * render + seal and of the seal alone, and the size before and after. Asserts nothing.
 */
import '@/lib/cli/server-only-shim';

process.env.DATA_DIR ??= '.data/bench-seal';

const RUNS = 20;

async function main() {
  const [{ env }, { renderReceiptPdf }, { municipalityFrom }, { sealPdf }, { renderAnswerPdf }, { mergeTemplate }, { sampleMergeData }, { DEFAULT_TEMPLATES }, { municipalityLines }] = await Promise.all([
    import('@/lib/env'),
    import('@/lib/requests/receipt-pdf'),
    import('@/lib/settings/municipality'),
    import('@/lib/seal/seal'),
    import('@/lib/templates/answer-pdf'),
    import('@/lib/templates/merge'),
    import('@/lib/templates/sample'),
    import('@/lib/templates/defaults'),
    import('@/lib/templates/merge-data'),
  ]);
  const config = env();
  const municipality = municipalityFrom(null, config);
  const verification = { code: '7KQ2-M9XP-4TRA', url: `${config.appUrl}/verify/7KQ2-M9XP-4TRA` };
  const answerData = sampleMergeData({
    municipality: municipalityLines(municipality),
    fields: [{ key: 'scop', label: 'Scopul solicitării' }],
    serviceTitle: 'Certificat de atestare fiscală pentru persoane fizice',
    legalBasis: 'Legea nr. 227/2015 privind Codul fiscal, art. 159',
  });
  const answer = () => renderAnswerPdf({ merged: mergeTemplate(DEFAULT_TEMPLATES.APPROVAL, answerData), data: answerData, verification });
  const receipt = () =>
    renderReceiptPdf({
      locale: 'ro',
      municipality,
      registrationNumber: 'RMN-2026-004217',
      submittedAt: new Date('2026-12-07T09:12:00Z'),
      dueAt: new Date('2027-01-06T22:00:00Z'),
      serviceTitle: 'Certificat de urbanism',
      departmentName: 'Direcția Urbanism și Amenajarea Teritoriului',
      applicant: { name: 'Ștefan Țurcanu', idNumber: '1900101270011', email: 'stefan.turcanu@example.ro' },
      accessCode: 'K7M2-QX9P',
      answers: [
        { label: 'Scopul solicitării', value: 'Construire locuință P+1E, împrejmuire și branșamente la utilități' },
        { label: 'Adresa imobilului', value: 'Strada Ștefan cel Mare nr. 14, Roman, județul Neamț' },
        { label: 'Număr cadastral', value: '52841' },
        { label: 'Carte funciară', value: '52841 Roman' },
        { label: 'Suprafața terenului (m²)', value: '480' },
        { label: 'Calitatea solicitantului', value: 'Proprietar' },
        { label: 'Telefon', value: '0744 123 456' },
        { label: 'Descrierea lucrărilor', value: 'Locuință unifamilială cu regim de înălțime parter și etaj, structură din zidărie, acoperiș tip șarpantă; împrejmuire din panouri metalice pe fundație continuă.'.repeat(2) },
        { label: 'Elaboratorul documentației', value: 'SC Proiect Construct SRL, arh. Ioana Bălan' },
        { label: 'Modul de primire', value: 'Electronic, în contul de pe portal' },
        { label: 'Observații', value: 'Terenul se află în zona de protecție a monumentului istoric Cetatea Romanului.' },
        { label: 'Declarație', value: 'Declar pe propria răspundere că datele sunt corecte.' },
      ],
      documents: [
        { requirement: 'Act de identitate', fileName: 'carte_identitate.pdf', sizeBytes: 1_572_864, sha256: 'a1'.repeat(32) },
        { requirement: 'Extras de carte funciară', fileName: 'extras_cf_52841.pdf', sizeBytes: 412_311, sha256: '0123456789abcdef'.repeat(4) },
        { requirement: 'Plan de încadrare în zonă', fileName: 'plan_incadrare.pdf', sizeBytes: 2_811_904, sha256: 'f0'.repeat(32) },
      ],
      statusUrl: `${config.appUrl}/requests/cl0000000000000000000000`,
      lookupUrl: `${config.appUrl}/status`,
      verification,
    });
  const meta = {
    name: municipality.name.ro,
    reason: `Document emis electronic de ${municipality.name.ro}`,
    location: `${municipality.address.city}, ${municipality.address.country.ro}`,
    contactInfo: `${config.appUrl}/verify/ABCD-EFGH`,
  };

  const first = await sealPdf(await receipt(), meta); // warm-up: loads (or generates) the key
  console.log(`seal: ${first.sealedBy} (serial ${first.certSerial}, qualified: ${first.qualified}, timestamp: ${first.timestampedAt ? 'yes' : 'no'})`);

  const quantile = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  };
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  for (const [name, render] of [
    ['approval from the template', answer],
    ['proof of registration', receipt],
  ] as const) {
    const total: number[] = [];
    const sealOnly: number[] = [];
    let unsealed = 0;
    let sealed = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const pdf = await render();
      const rendered = performance.now();
      const result = await sealPdf(pdf, meta);
      const end = performance.now();
      total.push(end - start);
      sealOnly.push(end - rendered);
      unsealed = pdf.length;
      sealed = result.bytes.length;
    }
    console.log(`\n${name}`);
    console.log(`  generate + seal (${RUNS} runs): median ${ms(quantile(total, 0.5))}, p90 ${ms(quantile(total, 0.9))}`);
    console.log(`  seal alone:                   median ${ms(quantile(sealOnly, 0.5))}, p90 ${ms(quantile(sealOnly, 0.9))}`);
    console.log(`  size: ${unsealed} bytes unsealed → ${sealed} bytes sealed (+${sealed - unsealed} bytes, +${(((sealed - unsealed) / unsealed) * 100).toFixed(1)} %)`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
