import type { TSeedService } from '@/prisma/seed/catalog';
import { L, PDF, PDF_OR_IMAGE, feeInfo, LAWS, cite, legalBasis, field, doc } from '@/prisma/seed/service-parts';

export const certificatDeUrbanism: TSeedService = {
  slug: 'certificat-de-urbanism',
  category: 'urbanism-si-constructii',
  department: 'urbanism',
  titleRo: 'Certificat de urbanism',
  titleEn: 'Urban planning certificate',
  summaryRo: 'Aflați regimul juridic, economic și tehnic al unui imobil și cerințele pentru construire, desființare sau operațiuni notariale.',
  summaryEn: 'Find out the legal, economic and technical status of a property and the requirements for building, demolition or notarial transactions.',
  descriptionRo:
    'Certificatul de urbanism face cunoscute regimul juridic, economic și tehnic al imobilului și cerințele urbanistice, precum și avizele și acordurile necesare pentru scopul declarat. Se emite în termen de cel mult 15 zile de la înregistrarea cererii și se transmite ca document PDF semnat electronic.',
  descriptionEn:
    'The urban planning certificate sets out the legal, economic and technical status of the property and the planning requirements, as well as the approvals needed for the stated purpose. It is issued within 15 days of registration and delivered as an electronically signed PDF.',
  applicantTypes: ['PERSON', 'COMPANY', 'INSTITUTION'],
  legalTermDays: 15,
  ...legalBasis(
    cite(LAWS.constructionPermits, L('art. 6–6¹', 'Articles 6–6¹')),
    L(
      'Ordinul MDRL nr. 839/2009 privind normele metodologice de aplicare a Legii nr. 50/1991',
      'Order No. 839/2009 of the Ministry of Regional Development and Housing on the implementing rules of Law No. 50/1991',
    ),
  ),
  ...feeInfo(
    'Taxa se stabilește în funcție de suprafața terenului pentru care se solicită certificatul, potrivit art. 474 din Codul fiscal (Legea nr. 227/2015) și hotărârii Consiliului Local privind taxele locale. Suma de plată vă este comunicată după verificarea cererii; dovada plății se încarcă în dosar.',
    'The fee depends on the area of the land covered by the certificate, under Article 474 of the Fiscal Code (Law No. 227/2015) and the Local Council decision on local taxes. The amount due is communicated after the request is checked; the proof of payment is uploaded to the file.',
  ),
  position: 1,
  definition: {
    delivery: 'electronic',
    fields: [
      ...field.permitApplicant(),
      {
        key: 'purpose',
        type: 'select',
        label: L('Scopul certificatului de urbanism', 'Purpose of the urban planning certificate'),
        required: true,
        options: [
          { value: 'construire', label: L('Elaborarea documentației pentru autorizația de construire', 'Preparing the documentation for a building permit') },
          { value: 'desfiintare', label: L('Elaborarea documentației pentru autorizația de desființare', 'Preparing the documentation for a demolition permit') },
          { value: 'vanzareCumparare', label: L('Operațiuni notariale privind circulația imobiliară (vânzare-cumpărare, schimb)', 'Notarial real-estate transactions (sale, exchange)') },
          { value: 'dezmembrareAlipire', label: L('Dezmembrare, parcelare sau alipire de terenuri', 'Subdividing, parcelling or merging plots') },
          { value: 'concesionare', label: L('Concesionare sau închiriere de teren', 'Land concession or lease') },
          { value: 'cereriJustitie', label: L('Cereri în justiție', 'Court proceedings') },
          { value: 'intrareLegalitate', label: L('Intrare în legalitate', 'Regularising existing works') },
          { value: 'altele', label: L('Alt scop prevăzut de lege', 'Another purpose provided by law') },
        ],
      },
      ...field.property({ landBookNumber: 'required' }),
      { key: 'area', type: 'number', label: L('Suprafața terenului (m²)', 'Land area (m²)'), required: true, min: 1, max: 10_000_000 },
      {
        key: 'worksDescription',
        type: 'textarea',
        label: L('Descrierea lucrărilor sau a operațiunii', 'Description of the works or transaction'),
        help: L('De exemplu: construire locuință P+1E, împrejmuire, dezmembrare în două loturi.', 'For example: a two-storey house, a fence, splitting a plot into two lots.'),
        required: true,
        minLength: 10,
        maxLength: 2000,
      },
      field.declaration(),
    ],
    documents: [
      doc.locationPlan(true, L('La scara 1:5000 sau 1:10000, vizat de OCPI Neamț.', 'At scale 1:5000 or 1:10000, endorsed by the Neamț cadastre office.')),
      {
        key: 'sitePlan',
        name: L('Plan de situație', 'Site plan'),
        help: L('La scara 1:500, 1:1000 sau 1:2000, vizat de OCPI Neamț.', 'At scale 1:500, 1:1000 or 1:2000, endorsed by the Neamț cadastre office.'),
        required: true,
        accept: PDF,
        maxSizeMb: 15,
        maxFiles: 1,
      },
      doc.landBookExtract(),
      {
        key: 'paymentProof',
        name: L('Dovada plății taxei', 'Proof of fee payment'),
        required: true,
        accept: PDF_OR_IMAGE,
        maxSizeMb: 5,
        maxFiles: 1,
      },
    ],
  },
};
