import type { TSeedService } from '@/prisma/seed/catalog';
import { L, PDF_OR_IMAGE, NO_FEE, LAWS, cite, legalBasis, LABEL, field, NO_FEE_SUSPENSION } from '@/prisma/seed/service-parts';

export const petitieSesizare: TSeedService = {
  slug: 'petitie-sesizare',
  category: 'relatia-cu-cetatenii',
  department: 'relatii-publice',
  titleRo: 'Petiție / sesizare',
  titleEn: 'Petition / complaint',
  summaryRo: 'Transmiteți o sesizare, o reclamație, o propunere sau o cerere către Primăria Municipiului Roman.',
  summaryEn: 'Send a complaint, a report, a proposal or a request to Roman City Hall.',
  descriptionRo:
    'Prin acest formular puteți semnala probleme din oraș (drumuri, iluminat public, salubritate, spații verzi, parcări) sau puteți adresa o cerere, o reclamație ori o propunere autorităților locale. Petițiile anonime sau cele fără datele de identificare ale petentului nu se iau în considerare. Răspunsul se transmite în termen de 30 de zile de la înregistrare; termenul poate fi prelungit cu cel mult 15 zile pentru petițiile care necesită o cercetare mai amănunțită.',
  descriptionEn:
    'Use this form to report problems in the city (roads, street lighting, waste collection, green spaces, parking) or to address a request, a complaint or a proposal to the local authorities. Anonymous petitions, or petitions without the petitioner\'s identification data, are not considered. The answer is sent within 30 days of registration; the term may be extended by up to 15 days for petitions that need a more thorough investigation.',
  applicantTypes: ['PERSON', 'COMPANY', 'INSTITUTION'],
  legalTermDays: 30,
  maxExtensionDays: 15,
  ...legalBasis(cite(LAWS.petitions, L('aprobată prin Legea nr. 233/2002, art. 8 și art. 9', 'approved by Law No. 233/2002, Articles 8 and 9'))),
  ...NO_FEE,
  ...NO_FEE_SUSPENSION,
  suspendOnInfo: false,
  position: 1,
  definition: {
    delivery: 'electronic',
    fields: [
      field.fullName(),
      field.organizationName(false),
      field.address(LABEL.correspondenceAddress),
      field.email(),
      field.phone(),
      {
        key: 'topic',
        type: 'select',
        label: L('Domeniul sesizării', 'Subject area'),
        required: true,
        options: [
          { value: 'drumuri', label: L('Drumuri, trotuare și semnalizare rutieră', 'Roads, pavements and road signs') },
          { value: 'iluminat', label: L('Iluminat public', 'Street lighting') },
          { value: 'salubritate', label: L('Salubritate și deșeuri', 'Waste collection and cleanliness') },
          { value: 'spatiiVerzi', label: L('Spații verzi și locuri de joacă', 'Green spaces and playgrounds') },
          { value: 'parcari', label: L('Parcări și circulație', 'Parking and traffic') },
          { value: 'ordinePublica', label: L('Ordine și liniște publică', 'Public order and noise') },
          { value: 'altele', label: L('Altele', 'Other') },
        ],
      },
      {
        key: 'location',
        type: 'text',
        label: L('Locul la care se referă sesizarea', 'Location concerned'),
        help: L('Strada și numărul sau un reper apropiat.', 'Street and number or a nearby landmark.'),
        maxLength: 200,
      },
      { key: 'subject', type: 'text', label: L('Subiectul petiției', 'Subject of the petition'), required: true, minLength: 5, maxLength: 150 },
      {
        key: 'message',
        type: 'textarea',
        label: L('Conținutul petiției', 'Petition text'),
        help: L('Descrieți cât mai precis situația și ce solicitați.', 'Describe the situation and what you are asking for as precisely as possible.'),
        required: true,
        minLength: 20,
        maxLength: 5000,
      },
      field.declaration(),
    ],
    documents: [
      {
        key: 'attachments',
        name: L('Fotografii sau documente doveditoare', 'Photos or supporting documents'),
        required: false,
        accept: PDF_OR_IMAGE,
        maxSizeMb: 10,
        maxFiles: 5,
      },
    ],
  },
};
