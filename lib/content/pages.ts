/**
 * The embedded default text of the public information pages (Romanian and English): what a page
 * shows until an administrator publishes a version of it (/admin/pages), and what the seed turns
 * into each page's version 1. Written as blocks and turned into Markdown by blocksToMarkdown
 * (lib/content/blocks.ts). Contact details (address, phone, email, hours) are rendered separately
 * from the municipality's data and are referred to generically here.
 */
import type { TContentPageKey } from '@/lib/content/schemas';

export type { TContentPageKey };
export type TLocale = 'ro' | 'en';

export type TContentBlock =
  | { type: 'h2'; text: string }
  | { type: 'p'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'note'; text: string }; // highlighted box (e.g. the EU funding notice)

export type TDefaultPage = {
  title: string;
  lead: string;
  updatedAt: string /* ISO date */;
  blocks: TContentBlock[];
};

const UPDATED_AT = '2026-11-28';

/* -------------------------------------------------------------------------- */
/* Despre proiect / About the project                                         */
/* -------------------------------------------------------------------------- */

const aboutRo: TDefaultPage = {
  title: 'Despre proiect',
  lead: 'Portalul de servicii electronice al Primăriei Municipiului Roman vă permite să depuneți cereri și să urmăriți răspunsurile primăriei de acasă, fără drumuri la ghișeu.',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: 'Proiectul' },
    {
      type: 'p',
      text: 'Portalul a fost realizat prin proiectul „Administrație electronică la nivelul Municipiului Roman pentru reducerea birocrației”, cod MySMIS2014 126260, cod SIPOCA 526. Proiectul este cofinanțat din Fondul Social European prin Programul Operațional Capacitate Administrativă (POCA) 2014-2020. Beneficiarul proiectului este Municipiul Roman.',
    },
    { type: 'h2', text: 'Ce își propune proiectul' },
    {
      type: 'p',
      text: 'Obiectivul general al proiectului este reducerea birocrației pentru cetățeni și pentru mediul de afaceri, prin introducerea de servicii publice electronice și prin simplificarea procedurilor administrative la Primăria Municipiului Roman.',
    },
    {
      type: 'p',
      text: 'Proiectul a avut două direcții. În interiorul primăriei, procedurile de lucru au fost adaptate, iar arhivele au fost digitalizate. În relația cu publicul, au fost puse la dispoziție servicii electronice, prin acest portal și prin terminale de tip chioșc.',
    },
    { type: 'h2', text: 'Ce puteți face în portal' },
    {
      type: 'ul',
      items: [
        'Puteți lua legătura cu primăria oricând, 24 de ore din 24, 7 zile din 7, într-un mediu electronic securizat.',
        'Puteți completa formulare web din catalogul „Servicii Publice Electronice” și puteți atașa documentele necesare, scanate.',
        'Fiecare cerere primește un număr de înregistrare, pe care îl puteți folosi în orice comunicare ulterioară cu primăria.',
        'În spațiul personal vedeți istoricul cererilor și fiecare etapă a comunicării cu primăria, de la depunere până la răspuns.',
        'Primiți notificări, în portal și pe e-mail, atunci când primăria vă cere plata unei taxe sau informații suplimentare.',
      ],
    },
    { type: 'h2', text: 'Cum vă creați un cont' },
    {
      type: 'p',
      text: 'Portalul poate fi folosit de persoane fizice, de persoane juridice și de instituțiile partenere ale primăriei. Pentru a folosi serviciile electronice aveți nevoie de un cont de utilizator.',
    },
    {
      type: 'ul',
      items: [
        'Completați formularul de creare a contului. Aveți nevoie de o adresă de e-mail validă și de câteva date personale de identificare.',
        'Veți primi pe e-mail un link de activare. Contul devine activ după ce accesați acest link.',
        'Vă autentificați cu adresa de e-mail și cu parola alese la crearea contului.',
        'După autentificare aveți acces la serviciile electronice și la spațiul personal.',
      ],
    },
    { type: 'h2', text: 'Dacă nu aveți calculator' },
    {
      type: 'p',
      text: 'În sediul primăriei sunt instalate terminale de tip chioșc, pe care le puteți folosi singur, fără ajutorul unui funcționar. Chioșcurile au un mod de afișare cu litere mari. Dacă aveți nevoie de ajutor, personalul de la Biroul Unic vă poate îndruma.',
    },
    {
      type: 'p',
      text: 'Depunerea cererilor la ghișeu, prin poștă sau pe e-mail rămâne posibilă. Portalul este o variantă în plus, nu o obligație.',
    },
    {
      type: 'note',
      text: 'Proiect cofinanțat din Fondul Social European prin Programul Operațional Capacitate Administrativă 2014-2020. Conținutul acestui material nu reprezintă în mod obligatoriu poziția oficială a Uniunii Europene sau a Guvernului României.',
    },
  ],
};

const aboutEn: TDefaultPage = {
  title: 'About the project',
  lead: 'The e-services portal of Roman City Hall lets you submit requests and follow the city hall’s answers from home, without queuing at the counter.',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: 'The project' },
    {
      type: 'p',
      text: 'The portal was built through the project “Electronic administration in the Municipality of Roman for reducing bureaucracy” (“Administrație electronică la nivelul Municipiului Roman pentru reducerea birocrației”), MySMIS2014 code 126260, SIPOCA code 526. The project is co-financed by the European Social Fund through the Operational Programme Administrative Capacity (POCA) 2014-2020. The beneficiary of the project is the Municipality of Roman.',
    },
    { type: 'h2', text: 'What the project aims to do' },
    {
      type: 'p',
      text: 'The general objective of the project is to reduce bureaucracy for citizens and businesses by introducing electronic public services and by simplifying administrative procedures at Roman City Hall.',
    },
    {
      type: 'p',
      text: 'The project had two directions. Inside the city hall, working procedures were adapted and the archives were digitised. For the public, electronic services were made available through this portal and through self-service kiosk terminals.',
    },
    { type: 'h2', text: 'What you can do in the portal' },
    {
      type: 'ul',
      items: [
        'You can contact the city hall at any time, 24 hours a day, 7 days a week, in a secure electronic environment.',
        'You can fill in web forms from the “Servicii Publice Electronice” (Electronic Public Services) catalog and attach the required documents as scans.',
        'Each request receives a registration number, which you can use in any later communication with the city hall.',
        'In your personal space you can see the history of your requests and every stage of the communication with the city hall, from submission to answer.',
        'You receive notifications, in the portal and by email, when the city hall asks you to pay a fee or to provide more information.',
      ],
    },
    { type: 'h2', text: 'How to create an account' },
    {
      type: 'p',
      text: 'The portal can be used by individuals, by companies and other legal entities, and by the city hall’s partner institutions. To use the electronic services you need a user account.',
    },
    {
      type: 'ul',
      items: [
        'Fill in the account creation form. You need a valid email address and some personal identification data.',
        'You will receive an activation link by email. The account becomes active once you open this link.',
        'You sign in with the email address and the password chosen when you created the account.',
        'After signing in you have access to the electronic services and to your personal space.',
      ],
    },
    { type: 'h2', text: 'If you do not have a computer' },
    {
      type: 'p',
      text: 'Self-service kiosk terminals are installed in the city hall building. You can use them on your own, without the help of a clerk. The kiosks have a display mode with large type. If you need help, the staff of the Biroul Unic (one-stop office) can guide you.',
    },
    {
      type: 'p',
      text: 'You can still submit requests at the counter, by post or by email. The portal is an additional option, not an obligation.',
    },
    {
      type: 'note',
      text: 'Project co-financed by the European Social Fund through the Operational Programme Administrative Capacity 2014-2020. The content of this material does not necessarily represent the official position of the European Union or of the Government of Romania.',
    },
  ],
};

/* -------------------------------------------------------------------------- */
/* Termeni și condiții / Terms and conditions                                  */
/* -------------------------------------------------------------------------- */

const termsRo: TDefaultPage = {
  title: 'Termeni și condiții',
  lead: 'Acești termeni stabilesc regulile de folosire a portalului de servicii electronice al Primăriei Municipiului Roman. Vă rugăm să îi citiți înainte de a vă crea un cont.',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: '1. Despre portal' },
    {
      type: 'p',
      text: 'Portalul este administrat de Primăria Municipiului Roman. Prin portal puteți depune cereri și documente, puteți urmări stadiul lor și puteți primi răspunsurile primăriei. Folosirea portalului este gratuită. Taxele și tarifele prevăzute de lege pentru anumite servicii se plătesc separat.',
    },
    { type: 'h2', text: '2. Cine poate folosi portalul' },
    {
      type: 'ul',
      items: [
        'persoanele fizice care au împlinit 18 ani și au capacitate deplină de exercițiu;',
        'persoanele juridice, prin reprezentantul legal sau printr-o persoană împuternicită;',
        'persoanele care acționează în numele altcuiva, numai dacă au o împuternicire valabilă, pe care o atașează la cerere.',
      ],
    },
    {
      type: 'p',
      text: 'Prin crearea contului confirmați că ați citit și acceptați acești termeni.',
    },
    { type: 'h2', text: '3. Contul și datele de autentificare' },
    {
      type: 'p',
      text: 'Contul este personal. Sunteți responsabil pentru păstrarea confidențialității parolei și pentru toate acțiunile făcute din contul dumneavoastră. Alegeți o parolă sigură și nu o folosiți și pe alte site-uri. Dacă bănuiți că altcineva v-a aflat parola, schimbați-o imediat și anunțați primăria. Primăria nu vă va cere niciodată parola, nici la telefon, nici pe e-mail.',
    },
    {
      type: 'p',
      text: 'Primăria poate suspenda un cont folosit abuziv sau în mod fraudulos. Puteți cere oricând închiderea contului.',
    },
    { type: 'h2', text: '4. Corectitudinea datelor' },
    {
      type: 'p',
      text: 'Datele și documentele pe care le transmiteți trebuie să fie reale, complete și actuale. Declararea necorespunzătoare a adevărului în fața unei autorități publice, pentru a produce o consecință juridică, este infracțiunea de fals în declarații și se pedepsește potrivit art. 326 din Codul penal.',
    },
    {
      type: 'p',
      text: 'Documentele scanate trebuie să fie lizibile și să corespundă originalelor. Primăria poate cere prezentarea originalelor atunci când legea prevede acest lucru.',
    },
    { type: 'h2', text: '5. Documentele electronice' },
    {
      type: 'p',
      text: 'O cerere trimisă prin portal este înregistrată în registrul primăriei la fel ca o cerere depusă la ghișeu. Documentele emise de primărie și comunicate prin portal au valoarea juridică stabilită de lege pentru documentele în formă electronică, inclusiv de Regulamentul (UE) nr. 910/2014 (eIDAS) și de legislația națională privind semnătura electronică.',
    },
    {
      type: 'p',
      text: 'Pentru unele proceduri legea cere semnătură electronică calificată, prezentarea în persoană sau depunerea documentelor în original. În aceste cazuri, fișa serviciului din portal vă spune ce trebuie să faceți.',
    },
    { type: 'h2', text: '6. Numărul de înregistrare și termenele de răspuns' },
    {
      type: 'p',
      text: 'Fiecare cerere primește un număr de înregistrare, pe care îl vedeți în spațiul personal și în e-mailul de confirmare. Termenul legal de răspuns se calculează de la data înregistrării. Câteva exemple:',
    },
    {
      type: 'ul',
      items: [
        'petițiile (cereri, reclamații, sesizări, propuneri) primesc răspuns în cel mult 30 de zile, potrivit Ordonanței Guvernului nr. 27/2002; dacă situația o cere, termenul poate fi prelungit cu cel mult 15 zile;',
        'cererile de informații de interes public primesc răspuns în 10 zile, potrivit Legii nr. 544/2001; pentru informații complexe, termenul poate ajunge la 30 de zile, iar solicitantul este anunțat despre aceasta în primele 10 zile;',
        'pentru celelalte servicii se aplică termenele prevăzute de legea specifică fiecărui serviciu, afișate în fișa serviciului.',
      ],
    },
    {
      type: 'p',
      text: 'Cererile trimise seara, în weekend sau în zilele de sărbătoare legală sunt preluate de personalul primăriei în prima zi lucrătoare.',
    },
    { type: 'h2', text: '7. Taxe și plăți' },
    {
      type: 'p',
      text: 'Unele servicii presupun plata unei taxe sau a unui tarif stabilit prin lege sau prin hotărâre a Consiliului Local. Când este necesară o plată, primiți o notificare în portal și pe e-mail, cu suma de plată și modalitățile de plată. Cererea merge mai departe după confirmarea plății. Primăria nu percepe niciun cost suplimentar pentru folosirea portalului.',
    },
    { type: 'h2', text: '8. Disponibilitatea portalului' },
    {
      type: 'p',
      text: 'Ne străduim ca portalul să funcționeze permanent. Pot exista întreruperi pentru lucrări de mentenanță, actualizări de securitate sau din cauze care nu depind de primărie. Când este posibil, lucrările planificate sunt anunțate din timp în portal. Dacă aveți un termen important și portalul nu funcționează, puteți depune cererea la Biroul Unic, prin poștă sau pe e-mail.',
    },
    { type: 'h2', text: '9. Reguli de folosire' },
    { type: 'p', text: 'Nu este permis:' },
    {
      type: 'ul',
      items: [
        'să folosiți contul altei persoane sau să creați conturi cu date false;',
        'să încărcați fișiere care conțin viruși sau alte programe dăunătoare;',
        'să încercați să accesați date sau zone ale portalului la care nu aveți drept;',
        'să trimiteți în mod repetat cereri fără obiect, care încarcă inutil activitatea primăriei;',
        'să folosiți un limbaj jignitor sau amenințător în mesaje.',
      ],
    },
    { type: 'h2', text: '10. Limitarea răspunderii' },
    {
      type: 'p',
      text: 'Primăria răspunde pentru soluționarea cererilor în condițiile legii. Primăria nu răspunde pentru întârzieri sau pierderi cauzate de date greșite introduse de utilizator, de o adresă de e-mail greșită sau inactivă, de defecțiuni ale echipamentului ori ale conexiunii la internet a utilizatorului sau de folosirea contului de către o persoană căreia utilizatorul i-a dat parola.',
    },
    { type: 'h2', text: '11. Modificarea termenilor' },
    {
      type: 'p',
      text: 'Acești termeni pot fi modificați, de exemplu când se schimbă legislația sau când apar servicii noi. Versiunea în vigoare este publicată pe această pagină, cu data ultimei actualizări. Când apare o versiune nouă, la următoarea autentificare vi se va cere să o acceptați pentru a folosi în continuare contul.',
    },
    { type: 'h2', text: '12. Legea aplicabilă' },
    {
      type: 'p',
      text: 'Acești termeni sunt guvernați de legea română. Actele administrative emise ca urmare a cererilor pot fi contestate în condițiile Legii contenciosului administrativ nr. 554/2004. Alte neînțelegeri se rezolvă pe cale amiabilă sau, dacă nu este posibil, de instanțele competente din România.',
    },
    { type: 'h2', text: '13. Contact' },
    {
      type: 'p',
      text: 'Pentru întrebări despre acești termeni ne puteți scrie pe adresa de e-mail a primăriei sau ne puteți trimite o scrisoare la sediul primăriei. Datele de contact sunt afișate pe această pagină.',
    },
  ],
};

const termsEn: TDefaultPage = {
  title: 'Terms and conditions',
  lead: 'These terms set out the rules for using the e-services portal of Roman City Hall. Please read them before you create an account.',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: '1. About the portal' },
    {
      type: 'p',
      text: 'The portal is run by Roman City Hall. Through the portal you can submit requests and documents, follow their progress and receive the city hall’s answers. Using the portal is free of charge. Fees and charges set by law for certain services are paid separately.',
    },
    { type: 'h2', text: '2. Who may use the portal' },
    {
      type: 'ul',
      items: [
        'individuals who are at least 18 years old and have full legal capacity;',
        'companies and other legal entities, through their legal representative or an authorised person;',
        'persons acting on behalf of someone else, only if they have a valid power of attorney, which they attach to the request.',
      ],
    },
    {
      type: 'p',
      text: 'By creating an account you confirm that you have read and accept these terms.',
    },
    { type: 'h2', text: '3. Your account and sign-in details' },
    {
      type: 'p',
      text: 'The account is personal. You are responsible for keeping your password confidential and for everything done from your account. Choose a strong password and do not use it on other websites. If you suspect that someone else knows your password, change it immediately and let the city hall know. The city hall will never ask for your password, neither by phone nor by email.',
    },
    {
      type: 'p',
      text: 'The city hall may suspend an account that is used abusively or fraudulently. You can ask for your account to be closed at any time.',
    },
    { type: 'h2', text: '4. Accuracy of the data' },
    {
      type: 'p',
      text: 'The data and documents you send must be true, complete and up to date. Making a false statement to a public authority in order to produce a legal effect is the offence of false statements and is punished under article 326 of the Romanian Criminal Code.',
    },
    {
      type: 'p',
      text: 'Scanned documents must be legible and must match the originals. The city hall may ask you to show the originals where the law requires it.',
    },
    { type: 'h2', text: '5. Electronic documents' },
    {
      type: 'p',
      text: 'A request sent through the portal is registered in the city hall’s register in the same way as a request submitted at the counter. Documents issued by the city hall and delivered through the portal have the legal value that the law gives to documents in electronic form, including Regulation (EU) No 910/2014 (eIDAS) and the Romanian legislation on electronic signatures.',
    },
    {
      type: 'p',
      text: 'For some procedures the law requires a qualified electronic signature, appearing in person or submitting original documents. In these cases, the service description in the portal tells you what to do.',
    },
    { type: 'h2', text: '6. Registration number and response times' },
    {
      type: 'p',
      text: 'Each request receives a registration number, which you can see in your personal space and in the confirmation email. The legal response time is counted from the date of registration. Some examples:',
    },
    {
      type: 'ul',
      items: [
        'petitions (requests, complaints, notifications, proposals) are answered within 30 days at most, under Government Ordinance No 27/2002; where the situation requires it, this period may be extended by up to 15 days;',
        'requests for public-interest information are answered within 10 days, under Law No 544/2001; for complex information the period may go up to 30 days, and the applicant is informed of this within the first 10 days;',
        'for other services, the time limits set by the specific law for each service apply, as shown in the service description.',
      ],
    },
    {
      type: 'p',
      text: 'Requests sent in the evening, at the weekend or on public holidays are taken up by city hall staff on the next working day.',
    },
    { type: 'h2', text: '7. Fees and payments' },
    {
      type: 'p',
      text: 'Some services involve paying a fee or charge set by law or by a decision of the Local Council. When a payment is needed, you receive a notification in the portal and by email, with the amount to pay and the ways to pay it. The request moves forward once the payment is confirmed. The city hall does not charge anything extra for using the portal.',
    },
    { type: 'h2', text: '8. Availability of the portal' },
    {
      type: 'p',
      text: 'We do our best to keep the portal running at all times. There may be interruptions for maintenance, security updates or for reasons beyond the city hall’s control. Where possible, planned work is announced in advance in the portal. If you have an important deadline and the portal is not working, you can submit your request at the Biroul Unic (one-stop office), by post or by email.',
    },
    { type: 'h2', text: '9. Acceptable use' },
    { type: 'p', text: 'You may not:' },
    {
      type: 'ul',
      items: [
        'use another person’s account or create accounts with false data;',
        'upload files containing viruses or other harmful software;',
        'try to access data or areas of the portal you are not entitled to;',
        'repeatedly send pointless requests that needlessly burden the city hall’s work;',
        'use offensive or threatening language in messages.',
      ],
    },
    { type: 'h2', text: '10. Limitation of liability' },
    {
      type: 'p',
      text: 'The city hall is responsible for handling requests as provided by law. The city hall is not liable for delays or losses caused by wrong data entered by the user, by a wrong or inactive email address, by faults in the user’s equipment or internet connection, or by use of the account by a person to whom the user gave the password.',
    },
    { type: 'h2', text: '11. Changes to these terms' },
    {
      type: 'p',
      text: 'These terms may change, for example when the law changes or when new services are added. The version in force is published on this page, with the date of the last update. When a new version is published, you will be asked to accept it the next time you sign in, in order to keep using your account.',
    },
    { type: 'h2', text: '12. Applicable law' },
    {
      type: 'p',
      text: 'These terms are governed by Romanian law. Administrative acts issued in response to requests may be challenged under the Administrative Litigation Law No 554/2004. Other disputes are settled amicably or, if that is not possible, by the competent courts in Romania.',
    },
    { type: 'h2', text: '13. Contact' },
    {
      type: 'p',
      text: 'If you have questions about these terms, you can write to the city hall’s email address or send a letter to the city hall’s headquarters. The contact details are shown on this page.',
    },
  ],
};

/* -------------------------------------------------------------------------- */
/* Politica de confidențialitate / Privacy policy                             */
/* -------------------------------------------------------------------------- */

const privacyRo: TDefaultPage = {
  title: 'Politica de confidențialitate',
  lead: 'Această pagină explică ce date personale prelucrăm când folosiți portalul, de ce le prelucrăm și ce drepturi aveți, potrivit Regulamentului (UE) 2016/679 privind protecția datelor (GDPR).',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: 'Cine prelucrează datele' },
    {
      type: 'p',
      text: 'Operatorul datelor este Primăria Municipiului Roman, cu sediul în municipiul Roman, județul Neamț. Adresa completă și datele de contact ale primăriei sunt afișate pe această pagină.',
    },
    {
      type: 'p',
      text: 'Primăria are un responsabil cu protecția datelor (DPO). Îi puteți scrie la adresa de e-mail pentru protecția datelor afișată pe această pagină sau prin poștă, la sediul primăriei, cu mențiunea „În atenția responsabilului cu protecția datelor”.',
    },
    { type: 'h2', text: 'Ce date prelucrăm' },
    {
      type: 'ul',
      items: [
        'date de identificare: nume, prenume, cod numeric personal (CNP) și date din actul de identitate, atunci când serviciul le cere;',
        'date de contact: adresa de e-mail și numărul de telefon;',
        'adresa de domiciliu sau de reședință și, după caz, adresa imobilului la care se referă cererea;',
        'pentru persoanele juridice: denumirea, codul de identificare fiscală, numărul de înregistrare la Registrul Comerțului, sediul și datele reprezentantului;',
        'conținutul cererilor și documentele pe care le încărcați;',
        'date tehnice: adresa IP, data și ora accesărilor, tipul de browser și jurnalele (log-urile) acțiunilor făcute din cont.',
      ],
    },
    {
      type: 'p',
      text: 'Vă rugăm să nu încărcați documente cu mai multe date decât cere serviciul, mai ales date despre sănătate, dacă nu sunt necesare.',
    },
    { type: 'h2', text: 'De ce prelucrăm datele' },
    {
      type: 'ul',
      items: [
        'pentru crearea și administrarea contului de utilizator;',
        'pentru înregistrarea, analizarea și soluționarea cererilor;',
        'pentru comunicarea cu dumneavoastră, inclusiv prin notificări în portal și pe e-mail;',
        'pentru stabilirea și încasarea taxelor și tarifelor;',
        'pentru securitatea portalului, prevenirea fraudei și auditul acțiunilor;',
        'pentru îndeplinirea obligațiilor legale de arhivare.',
      ],
    },
    { type: 'p', text: 'Nu folosim datele pentru marketing și nu le vindem.' },
    { type: 'h2', text: 'Temeiul legal' },
    {
      type: 'ul',
      items: [
        'art. 6 alin. (1) lit. c) din GDPR: îndeplinirea unei obligații legale a primăriei, de exemplu soluționarea petițiilor și a cererilor de informații de interes public sau arhivarea documentelor;',
        'art. 6 alin. (1) lit. e) din GDPR: îndeplinirea unei sarcini de interes public sau exercitarea autorității publice cu care este învestită primăria;',
        'art. 6 alin. (1) lit. b) din GDPR: acolo unde este cazul, încheierea sau executarea unui contract la care sunteți parte.',
      ],
    },
    {
      type: 'p',
      text: 'Codul numeric personal este prelucrat numai atunci când legea îl cere pentru serviciul solicitat, cu garanțiile prevăzute de Legea nr. 190/2018 privind măsurile de punere în aplicare a GDPR.',
    },
    { type: 'h2', text: 'Cui transmitem datele' },
    {
      type: 'ul',
      items: [
        'angajaților din compartimentele primăriei care au competența să soluționeze cererea, numai în măsura în care au nevoie de date;',
        'altor autorități și instituții publice, atunci când legea o cere, de exemplu instanțelor, organelor de control sau instituțiilor care emit avize;',
        'persoanelor împuternicite care ne ajută să operăm portalul, cum sunt furnizorul de găzduire și furnizorul serviciului de trimitere a e-mailurilor. Acestea prelucrează datele numai la instrucțiunile primăriei, pe baza unui contract care le obligă la confidențialitate și securitate.',
      ],
    },
    {
      type: 'p',
      text: 'Nu transferăm date în afara Spațiului Economic European decât cu garanțiile prevăzute de capitolul V din GDPR.',
    },
    { type: 'h2', text: 'Cât timp păstrăm datele' },
    {
      type: 'ul',
      items: [
        'datele contului: cât timp contul există și încă 3 ani după închiderea lui, pentru a putea răspunde unor eventuale reclamații sau controale;',
        'cererile, documentele și răspunsurile: pe durata prevăzută de nomenclatorul arhivistic al primăriei, întocmit potrivit Legii Arhivelor Naționale nr. 16/1996; la expirarea termenului, documentele sunt eliminate potrivit legii sau sunt predate Arhivelor Naționale, dacă au valoare istorică;',
        'jurnalele tehnice: de regulă 12 luni, cu excepția celor necesare pentru investigarea unui incident de securitate.',
      ],
    },
    { type: 'h2', text: 'Cum protejăm datele' },
    {
      type: 'p',
      text: 'Folosim măsuri tehnice și organizatorice potrivite riscului: conexiune criptată (HTTPS), parole păstrate numai sub formă de hash criptografic, acces la date numai pentru persoanele autorizate, jurnalizarea acțiunilor, copii de siguranță și instruirea personalului. Dacă are loc un incident de securitate care vă poate afecta, îl raportăm autorității de supraveghere și, atunci când legea o cere, vă anunțăm și pe dumneavoastră.',
    },
    { type: 'h2', text: 'Drepturile dumneavoastră' },
    {
      type: 'ul',
      items: [
        'dreptul de acces: să aflați ce date prelucrăm despre dumneavoastră și să primiți o copie;',
        'dreptul la rectificare: să cereți corectarea datelor greșite sau incomplete;',
        'dreptul la ștergere: să cereți ștergerea datelor, cu excepția celor pe care legea ne obligă să le păstrăm;',
        'dreptul la restricționarea prelucrării, în cazurile prevăzute de GDPR;',
        'dreptul la portabilitatea datelor, atunci când prelucrarea se bazează pe un contract și se face prin mijloace automate;',
        'dreptul la opoziție, pentru prelucrările bazate pe interesul public, din motive legate de situația dumneavoastră particulară;',
        'dreptul de a nu face obiectul unei decizii bazate exclusiv pe prelucrarea automată; cererile depuse prin portal sunt analizate întotdeauna de funcționari;',
        'dreptul de a depune plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP), B-dul G-ral. Gheorghe Magheru 28-30, sector 1, București, www.dataprotection.ro.',
      ],
    },
    { type: 'h2', text: 'Cum vă exercitați drepturile' },
    {
      type: 'p',
      text: 'Trimiteți o cerere scrisă la adresa de e-mail pentru protecția datelor, prin portal sau prin poștă, la sediul primăriei. Vă răspundem în cel mult o lună. Pentru cereri complexe, termenul poate fi prelungit cu încă două luni, iar în acest caz vă anunțăm în prima lună. Pentru a vă proteja datele, este posibil să vă cerem să vă confirmați identitatea.',
    },
    { type: 'h2', text: 'Cookie-uri' },
    {
      type: 'p',
      text: 'Portalul folosește numai cookie-uri strict necesare: cookie-ul de sesiune, care vă menține autentificat, și cookie-ul care reține limba aleasă. Nu folosim cookie-uri de urmărire, de publicitate sau de analiză și nu transmitem date către rețele sociale. Pentru cookie-urile strict necesare nu este nevoie de consimțământ, potrivit Legii nr. 506/2004. Dacă le blocați din browser, este posibil ca autentificarea să nu funcționeze.',
    },
    { type: 'h2', text: 'Modificări' },
    {
      type: 'p',
      text: 'Actualizăm această politică atunci când se schimbă legislația sau modul de funcționare a portalului. Data ultimei actualizări este afișată pe această pagină.',
    },
  ],
};

const privacyEn: TDefaultPage = {
  title: 'Privacy policy',
  lead: 'This page explains which personal data we process when you use the portal, why we process them and what rights you have under Regulation (EU) 2016/679 on data protection (GDPR).',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: 'Who processes the data' },
    {
      type: 'p',
      text: 'The data controller is Roman City Hall, with its headquarters in the city of Roman, Neamț County. The full address and contact details of the city hall are shown on this page.',
    },
    {
      type: 'p',
      text: 'The city hall has a data protection officer (DPO). You can write to the DPO at the data protection email address shown on this page, or by post to the city hall’s headquarters, marked “For the attention of the data protection officer”.',
    },
    { type: 'h2', text: 'Which data we process' },
    {
      type: 'ul',
      items: [
        'identification data: surname, first name, personal numeric code (CNP) and data from your identity document, where the service requires them;',
        'contact data: email address and telephone number;',
        'your home or residence address and, where relevant, the address of the property the request refers to;',
        'for legal entities: name, tax identification code, Trade Register number, registered office and details of the representative;',
        'the content of your requests and the documents you upload;',
        'technical data: IP address, date and time of access, browser type and logs of the actions taken from your account.',
      ],
    },
    {
      type: 'p',
      text: 'Please do not upload documents containing more data than the service requires, especially health data, if they are not needed.',
    },
    { type: 'h2', text: 'Why we process the data' },
    {
      type: 'ul',
      items: [
        'to create and manage your user account;',
        'to register, assess and resolve your requests;',
        'to communicate with you, including through notifications in the portal and by email;',
        'to assess and collect fees and charges;',
        'for the security of the portal, fraud prevention and auditing of actions;',
        'to meet our legal archiving obligations.',
      ],
    },
    { type: 'p', text: 'We do not use the data for marketing and we do not sell them.' },
    { type: 'h2', text: 'Legal basis' },
    {
      type: 'ul',
      items: [
        'Article 6(1)(c) GDPR: compliance with a legal obligation of the city hall, for example handling petitions and requests for public-interest information, or archiving documents;',
        'Article 6(1)(e) GDPR: performance of a task carried out in the public interest or in the exercise of the official authority vested in the city hall;',
        'Article 6(1)(b) GDPR: where applicable, entering into or performing a contract to which you are a party.',
      ],
    },
    {
      type: 'p',
      text: 'The personal numeric code (CNP) is processed only where the law requires it for the service requested, with the safeguards set out in Law No 190/2018 on measures implementing the GDPR.',
    },
    { type: 'h2', text: 'Who receives the data' },
    {
      type: 'ul',
      items: [
        'staff of the city hall departments competent to handle the request, only to the extent they need the data;',
        'other public authorities and institutions, where the law requires it, for example courts, inspection bodies or institutions issuing approvals;',
        'processors who help us run the portal, such as the hosting provider and the email delivery provider. They process the data only on the city hall’s instructions, under a contract that binds them to confidentiality and security.',
      ],
    },
    {
      type: 'p',
      text: 'We do not transfer data outside the European Economic Area except with the safeguards set out in Chapter V of the GDPR.',
    },
    { type: 'h2', text: 'How long we keep the data' },
    {
      type: 'ul',
      items: [
        'account data: for as long as the account exists and for 3 more years after it is closed, so that we can respond to any complaints or audits;',
        'requests, documents and answers: for the period set in the city hall’s archiving nomenclature, drawn up under National Archives Law No 16/1996; when that period ends, the documents are disposed of as provided by law or handed over to the National Archives if they have historical value;',
        'technical logs: normally 12 months, except those needed to investigate a security incident.',
      ],
    },
    { type: 'h2', text: 'How we protect the data' },
    {
      type: 'p',
      text: 'We use technical and organisational measures appropriate to the risk: an encrypted connection (HTTPS), passwords stored only as cryptographic hashes, access to data only for authorised persons, logging of actions, backups and staff training. If a security incident occurs that may affect you, we report it to the supervisory authority and, where the law requires it, we also inform you.',
    },
    { type: 'h2', text: 'Your rights' },
    {
      type: 'ul',
      items: [
        'the right of access: to find out which data we process about you and to receive a copy;',
        'the right to rectification: to ask for wrong or incomplete data to be corrected;',
        'the right to erasure: to ask for your data to be deleted, except the data the law requires us to keep;',
        'the right to restriction of processing, in the cases provided by the GDPR;',
        'the right to data portability, where processing is based on a contract and carried out by automated means;',
        'the right to object to processing based on the public interest, on grounds relating to your particular situation;',
        'the right not to be subject to a decision based solely on automated processing; requests submitted through the portal are always assessed by city hall staff;',
        'the right to lodge a complaint with the National Supervisory Authority for Personal Data Processing (Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal, ANSPDCP), B-dul G-ral. Gheorghe Magheru 28-30, sector 1, Bucharest, www.dataprotection.ro.',
      ],
    },
    { type: 'h2', text: 'How to exercise your rights' },
    {
      type: 'p',
      text: 'Send a written request to the data protection email address, through the portal, or by post to the city hall’s headquarters. We will answer within one month at most. For complex requests, this period may be extended by two more months, in which case we will let you know within the first month. To protect your data, we may ask you to confirm your identity.',
    },
    { type: 'h2', text: 'Cookies' },
    {
      type: 'p',
      text: 'The portal uses only strictly necessary cookies: the session cookie, which keeps you signed in, and the cookie that remembers your chosen language. We do not use tracking, advertising or analytics cookies, and we do not send data to social networks. Strictly necessary cookies do not require consent under Law No 506/2004. If you block them in your browser, signing in may not work.',
    },
    { type: 'h2', text: 'Changes' },
    {
      type: 'p',
      text: 'We update this policy when the law changes or when the way the portal works changes. The date of the last update is shown on this page.',
    },
  ],
};

/* -------------------------------------------------------------------------- */
/* Declarație de accesibilitate / Accessibility statement                     */
/* -------------------------------------------------------------------------- */

const accessibilityRo: TDefaultPage = {
  title: 'Declarație de accesibilitate',
  lead: 'Primăria Municipiului Roman dorește ca portalul de servicii electronice să poată fi folosit de cât mai multe persoane, inclusiv de persoanele cu dizabilități.',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: 'Angajamentul nostru' },
    {
      type: 'p',
      text: 'Ne angajăm să facem portalul accesibil, potrivit Ordonanței de urgență a Guvernului nr. 112/2018 privind accesibilitatea site-urilor web și a aplicațiilor mobile ale organismelor din sectorul public, care transpune Directiva (UE) 2016/2102. Ca referință folosim standardul european EN 301 549 și Ghidul pentru accesibilitatea conținutului web (WCAG) 2.1, nivelul AA.',
    },
    {
      type: 'p',
      text: 'Această declarație se aplică portalului de servicii electronice al Primăriei Municipiului Roman.',
    },
    { type: 'h2', text: 'Stadiul conformității' },
    {
      type: 'p',
      text: 'Portalul este parțial conform cu WCAG 2.1 nivelul AA. Cele mai multe cerințe sunt îndeplinite, dar există încă limitări, descrise mai jos.',
    },
    { type: 'h2', text: 'Limitări cunoscute' },
    {
      type: 'ul',
      items: [
        'Unele documente încărcate de terți, de exemplu scanări trimise de solicitanți sau de alte instituții, sunt imagini și nu pot fi citite de cititoarele de ecran. Dacă aveți nevoie de un astfel de document într-un format accesibil, vă putem trimite, la cerere, o variantă în text.',
        'Formularele mai complexe, cu multe câmpuri sau cu secțiuni care apar în funcție de răspunsuri, sunt încă în curs de testare cu cititoare de ecran. Este posibil ca unele mesaje de eroare să nu fie anunțate corect în toate combinațiile de browser și cititor de ecran.',
        'Pot exista și probleme pe care nu le-am identificat încă. Vă rugăm să ni le semnalați.',
      ],
    },
    { type: 'h2', text: 'Ce am făcut' },
    {
      type: 'ul',
      items: [
        'toate funcțiile portalului pot fi folosite numai cu tastatura, iar elementul activ este clar vizibil;',
        'contrastul dintre text și fundal este de cel puțin 4,5:1 pentru textul obișnuit;',
        'limba fiecărei pagini este declarată (română sau engleză), pentru ca cititoarele de ecran să pronunțe corect textul;',
        'câmpurile formularelor, butoanele și pictogramele au etichete pe care cititoarele de ecran le pot citi;',
        'textul poate fi mărit până la 200 %, fără pierderi de conținut sau de funcționalitate;',
        'paginile se adaptează ecranelor cu lățimea de la 320 de pixeli, fără derulare pe orizontală;',
        'chioșcurile din sediul primăriei au un mod de afișare cu litere mari.',
      ],
    },
    { type: 'h2', text: 'Cum a fost întocmită declarația' },
    {
      type: 'p',
      text: 'Declarația a fost întocmită la 28 noiembrie 2026, pe baza unei autoevaluări. Am folosit teste automate cu instrumentul axe și verificări manuale: navigarea cu tastatura, mărirea textului, afișarea pe ecrane mici și folosirea cu cititoare de ecran. Declarația va fi revizuită cel puțin o dată pe an și după orice modificare importantă a portalului.',
    },
    { type: 'h2', text: 'Semnalați o problemă' },
    {
      type: 'p',
      text: 'Dacă întâlniți o problemă de accesibilitate sau aveți nevoie de o informație într-un format accesibil, vă rugăm să ne anunțați:',
    },
    {
      type: 'ul',
      items: [
        'pe e-mail, la adresa primăriei afișată pe această pagină;',
        'la telefon, la numărul primăriei afișat pe această pagină, în timpul programului de lucru;',
        'prin poștă, la sediul primăriei.',
      ],
    },
    {
      type: 'p',
      text: 'Spuneți-ne la ce pagină sau document a apărut problema și, dacă se poate, ce dispozitiv și ce program folosiți. Vă răspundem în cel mult 30 de zile.',
    },
    { type: 'h2', text: 'Procedura de punere în aplicare' },
    {
      type: 'p',
      text: 'Dacă nu sunteți mulțumit de răspunsul nostru sau nu primiți răspuns în 30 de zile, puteți sesiza Autoritatea pentru Digitalizarea României (ADR), care monitorizează respectarea Ordonanței de urgență a Guvernului nr. 112/2018. Informații despre modul de sesizare găsiți pe site-ul www.adr.gov.ro.',
    },
  ],
};

const accessibilityEn: TDefaultPage = {
  title: 'Accessibility statement',
  lead: 'Roman City Hall wants the e-services portal to be usable by as many people as possible, including people with disabilities.',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: 'Our commitment' },
    {
      type: 'p',
      text: 'We are committed to making the portal accessible, in accordance with Government Emergency Ordinance No 112/2018 on the accessibility of the websites and mobile applications of public sector bodies, which transposes Directive (EU) 2016/2102. As a reference we use the European standard EN 301 549 and the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.',
    },
    {
      type: 'p',
      text: 'This statement applies to the e-services portal of Roman City Hall.',
    },
    { type: 'h2', text: 'Compliance status' },
    {
      type: 'p',
      text: 'The portal is partially compliant with WCAG 2.1 level AA. Most requirements are met, but there are still limitations, described below.',
    },
    { type: 'h2', text: 'Known limitations' },
    {
      type: 'ul',
      items: [
        'Some documents uploaded by third parties, for example scans sent by applicants or by other institutions, are images and cannot be read by screen readers. If you need such a document in an accessible format, we can send you a text version on request.',
        'More complex forms, with many fields or with sections that appear depending on your answers, are still being tested with screen readers. Some error messages may not be announced correctly in every combination of browser and screen reader.',
        'There may also be problems we have not yet identified. Please let us know about them.',
      ],
    },
    { type: 'h2', text: 'What we have done' },
    {
      type: 'ul',
      items: [
        'all functions of the portal can be used with the keyboard alone, and the element in focus is clearly visible;',
        'the contrast between text and background is at least 4.5:1 for normal text;',
        'the language of each page is declared (Romanian or English), so that screen readers pronounce the text correctly;',
        'form fields, buttons and icons have labels that screen readers can read;',
        'text can be enlarged up to 200 % without loss of content or functionality;',
        'pages adapt to screens from 320 pixels wide, without horizontal scrolling;',
        'the kiosks in the city hall building have a display mode with large type.',
      ],
    },
    { type: 'h2', text: 'How this statement was prepared' },
    {
      type: 'p',
      text: 'This statement was prepared on 28 November 2026, based on a self-assessment. We used automated tests with the axe tool and manual checks: keyboard navigation, text enlargement, display on small screens and use with screen readers. The statement will be reviewed at least once a year and after any major change to the portal.',
    },
    { type: 'h2', text: 'Report a problem' },
    {
      type: 'p',
      text: 'If you come across an accessibility problem or need information in an accessible format, please let us know:',
    },
    {
      type: 'ul',
      items: [
        'by email, at the city hall’s address shown on this page;',
        'by phone, at the city hall’s number shown on this page, during office hours;',
        'by post, to the city hall’s headquarters.',
      ],
    },
    {
      type: 'p',
      text: 'Tell us on which page or document the problem occurred and, if possible, which device and software you use. We will answer within 30 days at most.',
    },
    { type: 'h2', text: 'Enforcement procedure' },
    {
      type: 'p',
      text: 'If you are not satisfied with our answer, or you receive no answer within 30 days, you can notify the Romanian Digitalisation Authority (Autoritatea pentru Digitalizarea României, ADR), which monitors compliance with Government Emergency Ordinance No 112/2018. Information on how to submit a complaint is available at www.adr.gov.ro.',
    },
  ],
};

/* -------------------------------------------------------------------------- */
/* Contact                                                                    */
/* -------------------------------------------------------------------------- */

const contactRo: TDefaultPage = {
  title: 'Contact',
  lead: 'Aici aflați cum luați legătura cu Primăria Municipiului Roman. Adresa, telefonul, adresa de e-mail și programul cu publicul sunt afișate pe această pagină.',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: 'Biroul Unic – registratură și informare pentru cetățeni' },
    {
      type: 'p',
      text: 'Cererile, petițiile și documentele pe hârtie se depun la Biroul Unic al primăriei, care funcționează ca registratură și centru de informare pentru cetățeni. Aici primiți numărul de înregistrare și informații despre actele necesare pentru fiecare serviciu.',
    },
    {
      type: 'p',
      text: 'Programul cu publicul este afișat pe această pagină. În zilele de sărbătoare legală, Biroul Unic este închis. Pentru audiențe la conducerea primăriei vă puteți înscrie tot la Biroul Unic.',
    },
    { type: 'h2', text: 'Depunerea online, prin portal' },
    {
      type: 'p',
      text: 'Cele mai multe cereri și petiții le puteți depune direct din portal, fără să veniți la primărie:',
    },
    {
      type: 'ul',
      items: [
        'creați-vă un cont sau autentificați-vă;',
        'alegeți serviciul din catalogul „Servicii Publice Electronice”;',
        'completați formularul și atașați documentele scanate;',
        'trimiteți cererea și notați numărul de înregistrare primit.',
      ],
    },
    {
      type: 'p',
      text: 'Stadiul cererii, mesajele primăriei și răspunsul final le găsiți în spațiul personal. Vă anunțăm și pe e-mail.',
    },
    { type: 'h2', text: 'Prin poștă sau pe e-mail' },
    {
      type: 'p',
      text: 'Ne puteți scrie prin poștă, la adresa sediului, sau pe adresa de e-mail a primăriei. Pentru a primi răspuns, vă rugăm să vă treceți numele, adresa și datele de contact. Petițiile anonime sau cele fără date de identificare nu se iau în considerare, potrivit Ordonanței Guvernului nr. 27/2002.',
    },
    { type: 'h2', text: 'Probleme tehnice cu portalul' },
    {
      type: 'p',
      text: 'Dacă nu vă puteți crea contul, nu primiți e-mailul de activare sau un formular nu funcționează, scrieți-ne pe adresa de e-mail a primăriei. Descrieți pe scurt problema și pagina la care a apărut și, dacă puteți, atașați o captură de ecran. Nu ne trimiteți niciodată parola. Înainte de a ne scrie, verificați și dosarul de mesaje nedorite (spam): e-mailurile automate ajung uneori acolo.',
    },
    { type: 'h2', text: 'Urgențe' },
    {
      type: 'note',
      text: 'Numărul unic pentru apeluri de urgență 112 nu este numărul primăriei. Sunați la 112 numai în situații care pun în pericol viața, sănătatea, bunurile sau mediul. Pentru întrebări, cereri sau sesizări adresate primăriei, folosiți portalul, telefonul sau adresa de e-mail a primăriei.',
    },
  ],
};

const contactEn: TDefaultPage = {
  title: 'Contact',
  lead: 'Here you can find out how to get in touch with Roman City Hall. The address, phone number, email address and public office hours are shown on this page.',
  updatedAt: UPDATED_AT,
  blocks: [
    { type: 'h2', text: 'Biroul Unic – registry and citizens’ information office' },
    {
      type: 'p',
      text: 'Paper requests, petitions and documents are submitted at the city hall’s Biroul Unic (one-stop office), which works as the registry and information centre for citizens. There you receive the registration number and information about the documents needed for each service.',
    },
    {
      type: 'p',
      text: 'The public office hours are shown on this page. On public holidays the Biroul Unic is closed. You can also sign up at the Biroul Unic for a meeting with the city hall’s management.',
    },
    { type: 'h2', text: 'Submitting online, through the portal' },
    {
      type: 'p',
      text: 'You can submit most requests and petitions directly in the portal, without coming to the city hall:',
    },
    {
      type: 'ul',
      items: [
        'create an account or sign in;',
        'choose the service from the “Servicii Publice Electronice” (Electronic Public Services) catalog;',
        'fill in the form and attach the scanned documents;',
        'send the request and note the registration number you receive.',
      ],
    },
    {
      type: 'p',
      text: 'You can find the status of your request, the city hall’s messages and the final answer in your personal space. We also let you know by email.',
    },
    { type: 'h2', text: 'By post or email' },
    {
      type: 'p',
      text: 'You can write to us by post, at the headquarters address, or at the city hall’s email address. To receive an answer, please include your name, address and contact details. Anonymous petitions, or petitions without identification data, are not considered, under Government Ordinance No 27/2002.',
    },
    { type: 'h2', text: 'Technical problems with the portal' },
    {
      type: 'p',
      text: 'If you cannot create your account, do not receive the activation email, or a form does not work, write to the city hall’s email address. Briefly describe the problem and the page where it occurred and, if you can, attach a screenshot. Never send us your password. Before writing to us, please also check your spam folder: automatic emails sometimes end up there.',
    },
    { type: 'h2', text: 'Emergencies' },
    {
      type: 'note',
      text: 'The single emergency number 112 is not the city hall’s number. Call 112 only in situations that endanger life, health, property or the environment. For questions, requests or reports addressed to the city hall, use the portal, the city hall’s phone number or its email address.',
    },
  ],
};

export const contentPages: Record<TContentPageKey, Record<TLocale, TDefaultPage>> = {
  about: { ro: aboutRo, en: aboutEn },
  terms: { ro: termsRo, en: termsEn },
  privacy: { ro: privacyRo, en: privacyEn },
  accessibility: { ro: accessibilityRo, en: accessibilityEn },
  contact: { ro: contactRo, en: contactEn },
};
