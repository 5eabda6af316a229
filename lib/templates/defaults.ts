/**
 * The built-in texts of the answers, by kind: used for a service whose administrator has not
 * written a template of that kind (so that every service can answer from day one) and as version 1
 * of the demo services' templates (prisma/seed/answer-templates.ts). Romanian, as the acts the city
 * hall issues are. Pure data: the editor offers them too.
 */
import type { AnswerTemplateKind } from '@/lib/generated/prisma/enums';

export type TTemplateText = { title: string; body: string; legalBasis: string };

export const ANSWER_TEMPLATE_KINDS = ['APPROVAL', 'REFUSAL', 'INFO_REQUEST', 'FEE_NOTICE'] as const satisfies readonly AnswerTemplateKind[];

const GREETING = 'Către {{solicitant.nume}}, CNP/CUI {{solicitant.cnp_cui}}, domiciliul/sediul: {{solicitant.adresa}}';

export const DEFAULT_TEMPLATES: Record<AnswerTemplateKind, TTemplateText> = {
  APPROVAL: {
    title: 'Răspuns favorabil — {{serviciu}}',
    body: [
      GREETING,
      'Ca urmare a cererii dumneavoastră înregistrate la {{primaria.nume}} cu nr. {{cerere.numar}} din data de {{cerere.data}}, privind „{{serviciu}}”, vă comunicăm că, în urma analizării documentației depuse, cererea a fost soluționată favorabil.',
      '{{text}}',
      'Prezentul document a fost emis în format electronic și poartă sigiliul electronic al instituției; autenticitatea lui poate fi verificată folosind codul și adresa din subsolul fiecărei pagini.',
    ].join('\n\n'),
    legalBasis: '{{temei_legal}}; Ordonanța Guvernului nr. 27/2002 privind reglementarea activității de soluționare a petițiilor; Ordonanța de urgență a Guvernului nr. 38/2020 privind utilizarea înscrisurilor în formă electronică la nivelul autorităților și instituțiilor publice.',
  },
  REFUSAL: {
    title: 'Răspuns nefavorabil — {{serviciu}}',
    body: [
      GREETING,
      'Ca urmare a cererii dumneavoastră înregistrate la {{primaria.nume}} cu nr. {{cerere.numar}} din data de {{cerere.data}}, privind „{{serviciu}}”, vă comunicăm că aceasta nu poate fi soluționată favorabil, pentru următoarele motive:',
      '{{text}}',
      'Împotriva prezentului răspuns puteți formula plângere prealabilă, în termen de 30 de zile de la comunicare, la {{primaria.nume}}, {{primaria.adresa}}, potrivit art. 7 din Legea contenciosului administrativ nr. 554/2004, urmând ca, ulterior, să vă puteți adresa instanței de contencios administrativ competente.',
    ].join('\n\n'),
    legalBasis: '{{temei_legal}}; Ordonanța Guvernului nr. 27/2002 privind reglementarea activității de soluționare a petițiilor; Legea contenciosului administrativ nr. 554/2004.',
  },
  INFO_REQUEST: {
    title: 'Solicitare de completare a documentației — {{serviciu}}',
    body: [
      GREETING,
      'În vederea soluționării cererii dumneavoastră înregistrate cu nr. {{cerere.numar}} din data de {{cerere.data}}, privind „{{serviciu}}”, vă rugăm să transmiteți, până la data de {{informatii.termen}}, următoarele:',
      '{{informatii.lista}}',
      '{{text}}',
      'Informațiile și documentele se transmit din contul dumneavoastră de pe portal, la pagina cererii. Până la primirea lor, termenul de soluționare a cererii este suspendat.',
    ].join('\n\n'),
    legalBasis: '{{temei_legal}}; Ordonanța Guvernului nr. 27/2002 privind reglementarea activității de soluționare a petițiilor.',
  },
  FEE_NOTICE: {
    title: 'Înștiințare de plată — {{serviciu}}',
    body: [
      GREETING,
      'Pentru soluționarea cererii dumneavoastră înregistrate cu nr. {{cerere.numar}} din data de {{cerere.data}}, privind „{{serviciu}}”, datorați taxa în cuantum de {{taxa.suma}}, cu termen de plată {{taxa.termen}}.',
      'Plata se poate face online, din pagina cererii de pe portal, sau prin ordin de plată în contul {{taxa.iban}}, beneficiar {{primaria.nume}}, menționând numărul cererii {{cerere.numar}}.',
      '{{text}}',
      'Până la confirmarea plății, termenul de soluționare a cererii este suspendat.',
    ].join('\n\n'),
    legalBasis: '{{temei_legal}}; Legea nr. 227/2015 privind Codul fiscal, Titlul IX; hotărârea Consiliului Local privind impozitele și taxele locale în vigoare.',
  },
};
