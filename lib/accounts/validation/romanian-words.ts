/*
 * Romanian words for the password-strength estimator (zxcvbn-ts custom dictionaries), most common
 * first: zxcvbn ranks a word by its position, and handles on its own the variants people make
 * (capitals, a year or digits appended, leetspeak, reversed, doubled), so only the words are here.
 * Written without diacritics: the estimator also checks the password with diacritics removed.
 */

const words = (list: string): string[] => list.split(/\s+/).filter((w) => w !== '');

/** What Romanians pick as a password: the word itself, love words, clubs, pets, faith, the portal. */
const passwords = words(`
parola parolamea parolanoua parolasecreta teiubesc iubire iubirea iubireamea dragoste dragostea
steaua dinamo rapid craiova fcsb stelist dinamovist giulesti universitatea cfrcluj petrolul farul
iubita iubitul iubitamea iubitulmeu iubito iubitule dragosteamea teiubescmult fericire norocel
printesa printesica printul ingeras ingerasul puiut puisor puiutul pisica pisicuta pisoi catel
catelus cutu azorel grivei labus bubu bubulina scumpa scumpo scumpul comoara mama mami mamica tata
tati bunica bunicu familia familiamea copii copilul fratele sora surioara prieten prietena
secret secretul dumnezeu doamne isus iisus hristos credinta biserica rugaciune craciun moscraciun
smecher smecherul jmecher barosan boss sefu seful baiatrau frumoasa frumosul dulceata dulce
salut salutare bunaziua noaptebuna nustiu habarnam nimic ceva parolasimpla parolagrea aceeasiparola
contulmeu parolapentrutot utilizator cetatean primaria primarie primariaroman municipiulroman
manele fotbal muzica calculator telefon laptop masina masinamea
`);

const firstnames = words(`
andrei alexandru mihai ionut ion ioan gheorghe george vasile constantin nicolae dumitru stefan
florin bogdan cristian adrian marius gabriel daniel radu razvan catalin ciprian sorin cosmin vlad
iulian dragos lucian ovidiu sebastian mircea petru paul claudiu valentin victor viorel laurentiu
robert silviu sergiu tudor eduard darius david matei luca rares denis octavian horia liviu traian
virgil aurel marian marin costin cornel florian doru dorin fanel gelu sandu marcel cezar remus
romeo mihaita ionel costel costica nicu nicusor mitica stefanel florinel cristi adi gabi dani
maria mariana ana anamaria ioana ionela elena andreea alexandra cristina mihaela gabriela daniela
diana alina roxana raluca simona georgiana florentina florina larisa bianca denisa madalina ramona
oana irina adriana carmen monica nicoleta loredana lavinia anca corina claudia camelia mirela
iulia luminita violeta valentina veronica ileana rodica liliana natalia sorina catalina teodora
antonia sara sofia delia emilia geanina lacramioara margareta silvia stefania viorica doina
aurelia paula patricia alexia anastasia ilinca smaranda cornelia marioara elenuta
`);

const lastnames = words(`
popa popescu pop radu ionescu dumitru stan stoica gheorghe matei ciobanu constantin mocanu serban
rusu mihai munteanu marin florea lazar ene toma dinu cristea ilie sandu tudor diaconu moldovan
nistor dobre oprea barbu georgescu nedelcu anghel moraru dragomir petrescu avram neagu ursu
preda ilie vasile nicolae ionita mitrea zamfir voicu mihaila dumitrescu marinescu andrei stanciu
suciu rotaru lupu nita manea iordache sima ardeleanu tanase enache badea costea dragan pavel
moise neacsu paraschiv surdu grigore cojocaru cozma tomescu iancu albu negru olteanu avramescu
`);

/** Places, seasons, months, days, colours and the words everyone knows. */
const commonWords = words(`
romania bucuresti roman neamt moldova ardeal transilvania banat dobrogea muntenia oltenia
maramures bucovina carpati dunarea delta marea mamaia sinaia predeal vamaveche
cluj clujnapoca iasi timisoara constanta brasov sibiu oradea galati ploiesti pitesti suceava bacau
botosani piatraneamt vaslui focsani buzau braila arad deva alba albaiulia baiamare satumare zalau
bistrita targumures targoviste tulcea slobozia calarasi giurgiu alexandria slatina targujiu
hunedoara resita craiova
primavara vara toamna iarna ianuarie februarie martie aprilie mai iunie iulie august septembrie
octombrie noiembrie decembrie luni marti miercuri joi vineri sambata duminica
albastru rosu verde negru alb galben mov roz portocaliu maro gri tricolor
soare soarele luna lunita stea steluta floare floarea floricica cer pamant apa foc vant ploaie
zapada munte muntele padure mare lac rau casa acasa scoala liceu facultate student studenta elev
profesor doctor avocat politie pompier armata soldat jandarm inginer
ciocolata bomboana prajitura inghetata zmeura capsuna cireasa portocala mar mere lamaie banana
dacia logan duster sandero tractor diamant aur argint regele regina cavaler lupul ursul leul
tigrul vulturul noroc fericit fericita vacanta paste unu doi trei patru cinci sase sapte opt noua
zece eminescu creanga caragiale enescu brancusi decebal stefancelmare mihaiviteazul vladtepes
dracula hagi nadia comaneci halep
`);

/** The dictionaries, by the names zxcvbn-ts gives its feedback by ("passwords", "names", …). */
export const ROMANIAN_DICTIONARY = {
  'passwords-ro': passwords,
  'firstnames-ro': firstnames,
  'lastnames-ro': lastnames,
  'commonWords-ro': commonWords,
} as const;
