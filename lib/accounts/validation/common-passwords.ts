/*
 * The most common passwords, lower-cased, for rejecting guessable passwords at sign-up (NIST SP
 * 800-63B asks for a blocklist instead of composition rules). The listed entries come from the top
 * of public leaked-password frequency lists plus Romanian favourites; the set is grown in code with
 * the variants people actually derive from them (a year or "123" appended, the word doubled,
 * leetspeak), which keeps this file small while the set holds several thousand entries.
 */

// Whitespace-separated word lists: a string per list keeps the file compact and easy to extend.
const words = (list: string): string[] => list.split(/\s+/).filter((w) => w !== '');

// Top of the international frequency lists (RockYou, SecLists, yearly "worst passwords" reports).
const INTERNATIONAL = words(`
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael
654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer
zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou charlie robert
thomas hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper 1111
zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua
cheese amanda summer love ashley 6969 nicole chelsea biteme matthew access yankees 987654321 dallas
austin thunder taylor matrix william corvette hello martin heather secret merlin diamond 1234qwer
gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick internet scooter
orange 11111 golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken sparky
snoopy maverick phoenix camaro sexy peanut morgan welcome falcon cowboy ferrari samsung andrea
smokey steelers joseph mercedes dakota arsenal eagles melissa boomer booboo spider nascar monster
tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234 compaq purple hardcore banana
junior hannah 123654 porsche lakers iceman money cowboys 987654 london tennis 999999 ncc1701 coffee
scooby 0000 miller boston q1w2e3r4 brandon yamaha chester mother forever johnny edward 333333
oliver redsox player nikita knight fender barney midnight please brandy chicago badboy slayer
rangers charles angel flower bigdaddy rabbit wizard jasper enter rachel chris steven winner adidas
victoria natasha 1q2w3e4r jasmine winter prince marine ghbdtn fishing cocacola casper james 232323
raiders 888888 marlboro gandalf asdfasdf crystal 87654321 12344321 golden panther lauren angela
spanky thx1138 angels madison winston shannon mike toyota jordan23 canada sophie apples tiger
123abc pokemon qazxsw 55555 qwaszx muffin johnson murphy cooper jonathan liverpoo david danielle
159357 jackie 1990 123456a 789456 turtle abcd1234 scorpion qazwsxedc 101010 butter carlos
password1 dennis slipknot qwerty123 booger asdf 1991 black startrek 12341234 cameron newyork
rainbow nathan john 1992 rocket viking redskins asdfghjkl 1212 sierra peaches gemini doctor wilson
sandra helpme qwertyui victor florida dolphin pookie captain tucker blue liverpool theman bandit
dolphins maddog packers jaguar lovers nicholas united tiffany maxwell zzzzzz nirvana jeremy stupid
monica elephant giants hotdog rosebud success debbie mountain 444444 xxxxxxxx warrior 1q2w3e4r5t
q1w2e3 123456q albert metallic lucky azerty 7777 alex bond007 alexis 1111111 samson 5150 willie
scorpio bonnie gators benjamin voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a
sydney rush2112 1989 asdfghjk red123 bubba 4815162342 passw0rd trouble gunner happy gordon legend
jessie stella qwert eminem arthur apple nissan bear america 1qazxsw2 nothing parker 4444 rebecca
qweqwe garfield 01012011 beavis 69696969 jack asdasd december 2222 102030 252525 11223344 magic
apollo skippy 315475 girls kitten golf copper braves shelby godzilla beaver fred tomcat august buddy
airborne 1993 1988 lifehack qqqqqq brooklyn animal platinum phantom online xavier darkness blink182
power fish green 789456123 voyager police travis 12qwaszx heaven snowball lover abcdef 00000
pakistan 007007 walter playboy blazer cricket sniper donkey willow loveme saturn therock redwings
bigboy pumpkin trinity williams nintendo digital destiny topgun runner marvin guinness chance
bubbles testing fire november minecraft asdf1234 lasvegas sergey broncos cartman private celtic
birdie little cassie babygirl donald beatles 1313 family 12121212 school louise gabriel eclipse
fluffy 147258369 lol123 explorer beer nelson flyers spencer scott lovely gibson doggie cherry
andrey snickers buffalo pantera metallica member carter qwertyu peter alexande steve bronco paradise
goober 5555 samuel montana mexico dreams michigan carolina yankee friends magnum surfer poohbear
alexander 1994 1987 1995 1986 1985 1984 1983 1982 1981 1980 1996 1997 1998 1999 2000 2001 2002
iloveu rockyou 12345678910 jesus princess1 123456789a abc123456 password123 password12 welcome1
admin admin123 administrator root toor changeme default guest login passwd pass123 test123 user
qwerty1 abc1234 zaq12wsx zaq1zaq1 qazwsx123 1q2w3e qwe123 qweasd qweasdzxc 123qweasd 123qweasdzxc
1qaz2wsx3edc zaq1xsw2cde3 zaq12wsxcde3 qazwsxedcrfv 1q2w3e4r5t6y 0987654321 09876543 98765432
147258 147852 147852369 963852741 741852963 123456789q a123456789 q123456789 12345qwert 12345qwerty
qwerty12345 qwerty123456 aa123456 a12345 a123456 abc12345 1234abcd iloveyou1 iloveyou2 iloveu2
love123 lovelove loveyou sweety sweetie sweetheart angel1 princesa babygurl butterfly beautiful
chocolate cupcake hellokitty kisses flowers friend bestfriend soccer1 football1 baseball1 superstar
superman1 spiderman batman1 starwars1 pokemon1 naruto sasuke onepiece dragonball goku letmein1
trustme secret1 security shadow1 master1 monkey1 dragon1 killer1 hunter2 hunter1 blahblah zaqwsx
qwerty12 qwerty1234 qwertyuiop1 asdfghjkl1 zxcvbnm1 qwe123qwe 123qwe123 qwertyqwerty abcabc
abcdefg abcdefgh abcdefghi 123abc123 a1b2c3 a1b2c3d4 1a2b3c aaa111 111aaa 000001 010101 112112
123000 123457 123654789 123789 125125 147147 159159 159951 161616 171717 181818 191919 202020
232425 242424 262626 272727 282828 292929 303030 313131 456456 456789 520520 654654 666999 696969
741741 753951 786786 789789 852852 963963 987987 999666 asdfg zxcvb poiuytrewq lkjhgfdsa mnbvcxz
google facebook youtube twitter instagram linkedin yahoo hotmail gmail outlook microsoft windows
linux ubuntu apple123 iphone android samsung1 nokia sony playstation xbox xbox360 nintendo64
counterstrike callofduty fortnite roblox warcraft starcraft diablo2 zelda mario luigi sonic
superuser sysadmin webmaster manager office support service system server database oracle mysql
backup temp temp123 test1 test1234 testtest demo demo123 sample example qwerty7 letmein2 welcome2
hello123 hello1 helloworld whatsup nopassword nopass password2 password3 password7 password9
passpass passwort motdepasse contrasena senha wachtwoord salasana haslo jelszo heslo sifre parol
barcelona realmadrid juventus manchester manutd chelseafc arsenal1 liverpool1 bayern milan
inter napoli messi ronaldo cristiano neymar beckham zidane maradona pele federer nadal djokovic
jordan1 kobe lebron michaeljordan tinkerbell barbie minnie mickeymouse disney cinderella ariel
snowwhite frozen elsa shrek simba nemo garfield1 scoobydoo snoopy1 tweety bugsbunny popeye
harrypotter hermione gryffindor hogwarts frodo gandalf1 legolas matrix1 neo morpheus terminator
rambo rocky titanic avatar batman123 joker superman123 ironman hulk thor captainamerica avengers
deadpool wolverine spiderman1 blackcat whitecat blackdog tigger1 pooh winnie eeyore kermit
elmo cookiemonster bigbird spongebob patrick1 squarepants pikachu charmander bulbasaur squirtle
mewtwo yugioh digimon sailormoon hellokitty1 pinky bambi lassie rex max buddy1 charlie1 bella
lucy daisy molly luna coco rocky1 bailey1 sadie ginger1 chloe zoe lily rosie sophie1 maggie1
dolly sammy lulu teddy teddybear honey honeybunny sugar candy cookie1 muffin1 cupcake1 pumpkin1
peanut1 butter1 pepper1 cinnamon vanilla caramel mocha latte espresso cappuccino whiskey vodka
tequila bacardi heineken budweiser guinness1 jackdaniels johnnywalker marlboro1 camel winston1
`);

// Romanian favourites: the word for password, clubs, places, first names, pets and endearments.
const ROMANIAN = words(`
parola parola1 parola12 parola123 parola1234 parolamea parolanoua parolasecreta parolata parolaa
bucuresti bucurestiul bucharest romania romanica romaniamea romanul roman romana romani
steaua steauabucuresti stelist stelistii fcsb dinamo dinamovist dinamovisti rapid rapidul
rapidbucuresti giulesti craiova universitatea ucraiova olteanu oltenia cfrcluj cfr1907 petrolul
farul otelul otelulgalati poli politehnica ceahlaul sepsi astra viitorul gazmetan csu stiinta
cluj clujnapoca iasi timisoara constanta brasov sibiu oradea galati ploiesti pitesti suceava bacau
botosani piatraneamt neamt vaslui focsani buzau braila arad deva alba albaiulia baiamare satumare
zalau bistrita targumures mures targoviste tulcea slobozia calarasi giurgiu alexandria slatina
drobeta targujiu hunedoara resita miercurea sfantugheorghe mamaia vamaveche sinaia predeal
bucovina moldova ardeal transilvania banat dobrogea muntenia maramures delta dunarea carpati
andrei alexandru alex mihai mihaita ionut ion ioan ionel ionica gheorghe gigel george vasile vasilica
constantin costel costica nicolae nicu nicusor dumitru mitica stefan stefanel florin florinel
bogdan cristian cristi adrian adi marius gabriel gabi daniel dani radu razvan catalin cata ciprian
sorin cosmin vlad vlaad iulian dragos lucian ovidiu sebastian sebi mircea petru petrica paul emil
claudiu valentin vali victor viorel laurentiu robert silviu sergiu tudor eduard darius david matei
luca rares denis octavian horia liviu traian virgil aurel aurelian marian marin costin cornel
cornelia florian doru dorin dorel fanel titi nelu gelu puiu sandu marcel cezar remus romeo
maria mariana marioara ana anamaria ioana ionela elena elenuta andreea alexandra cristina cristiana
mihaela gabriela gabriella daniela diana alina roxana raluca simona georgiana florentina florina
larisa bianca denisa madalina madalin ramona oana irina adriana carmen monica nicoleta loredana
lavinia anca corina claudia camelia mirela iulia luminita violeta valentina veronica ileana rodica
liliana natalia sorina catalina teodora antonia sara sofia delia emilia geanina lacramioara
margareta silvia stefania viorica doina aurelia paula patricia alexia anastasia ilinca smaranda
iubire iubirea iubireamea iubita iubitamea iubitul iubitulmeu iubitule iubito iubesc teiubesc
teiubescmult teiubescenorm teiubescmama teiubesctata dragoste dragostea dragosteamea fericire
fericit fericita noroc norocel norocos norocoasa soare soarele soarelemeu luna lunita stea steluta
stelutamea floare floricica floarea printesa printesica printesamea printul printulmeu ingeras
ingerasul ingerasulmeu ingerul puiut puisor puiutul puiutamea puisorul pisica pisicuta pisoi
catel catelus cutu cutulache azorel grivei rex labus bubu bubulina scumpa scumpo scumpul scumpica
comoara comoaramea mama mami mamica mamaia tata tati tataia bunica bunicu buni familia familiamea
copii copiii copilul copilulmeu fratele sora surioara frate prieten prietena prieteni
fotbal muzica manele hiphop rock calculator laptop telefon internet parolafacebook contulmeu
secret secretul secretmare dumnezeu doamne isus iisus hristos cristos credinta biserica rugaciune
craciun moscraciun paste vacanta mare marea munte muntele padure dacia logan duster sandero
bmw audi mercedes opel volkswagen skoda renault ford tractor masina masinamea ciocolata bomboana
prajitura inghetata zmeura capsuna capsunica cireasa cirese portocala mar mere lamaie banana
albastru rosu verde negru alb galben mov roz tricolor diamant aur argint regele regina cavaler
primavara vara toamna iarna ianuarie februarie martie aprilie iunie iulie septembrie octombrie
noiembrie decembrie luni marti miercuri joi vineri sambata duminica eminescu mihaieminescu
creanga caragiale enescu brancusi decebal stefancelmare mihaiviteazul vladtepes dracula vampir
hagi gheorghehagi mutu adrianmutu nadia comaneci nadiacomaneci halep simonahalep nastase ilienastase
lupul lupusor ursul ursulet ursuletul vulturul leul leu tigrul smecher smecherul jmecher barosan
barosanul boss sefu seful sefulmeu baiatrau baietii fetele frumoasa frumosul dulceata dulce
primaria primarie primariaroman municipiulroman cetatean utilizator angajat student studenta elev
eleva scoala liceu facultate profesor profesoara doctorita avocat politie pompier armata soldat
jandarm militar salut salutare buna bunaziua noapte noaptebuna ceva nimic nustiu habarnam
qwertyuiop123 asdfghjkl123 parolaparola parola123456 123parola parolasimpla parolagrea
`);

// Listed explicitly because they pass the 12-character minimum and still top the leak lists.
const LONG = words(`
123456789012 1234567890123 12345678901234 123456789012345 1234567890qwerty qwerty1234567890
qwertyuiopasdf qwertyuiopasdfgh qwertyuiopasdfghjkl qwertyuiopasdfghjklzxcvbnm asdfghjklzxcvbnm
qwertyuiop123 qwertyuiop1234 qwertyuiop12345 1q2w3e4r5t6y7u 1q2w3e4r5t6y7u8i 1q2w3e4r5t6y7u8i9o0p
1qaz2wsx3edc4rfv 1qaz2wsx3edc4rfv5tgb zaq12wsxcde34rfv qazwsxedcrfvtgb qazwsxedcrfvtgbyhn
zaq1xsw2cde3vfr4 1qazxsw23edcvfr4 qweasdzxc123 123qweasdzxc1 qweqweqweqwe asdasdasdasd
123123123123 123412341234 121212121212 111111111111 000000000000 222222222222 999999999999
112233445566 111222333444 123321123321 987654321012 098765432109 147258369147 159753159753
abcdefghijkl abcdefghijklm abcdefghijklmnop abc123abc123 abcabcabcabc aaaaaaaaaaaa zzzzzzzzzzzz
passwordpassword password1234 password12345 password123456 password1234567 password12345678
password123456789 password2020 password2021 password2022 password2023 password2024 password2025
password2026 passw0rdpassw0rd p@ssw0rd1234 p@ssword1234 mypassword123 mypassword1234 thisismypassword
thisisapassword changemenow changeme1234 changeme12345 letmeinletmein letmein12345 letmein123456
welcome12345 welcome123456 welcometo2024 welcometo2025 administrator administrator1 administrator123
superadministrator adminadmin123 adminpassword rootpassword defaultpassword guestpassword
iloveyou1234 iloveyou12345 iloveyouiloveyou iloveyoubaby iloveyouforever iloveyousomuch
iloveyoumore ilovemymom ilovemymother ilovemyfamily ilovemyself ilovemydog ilovemycat ilovegod
ilovejesus jesuschrist jesusislord jesuslovesme loveyouforever foreverandever foreveryoung
princessprincess sunshine1234 monkey123456 dragon123456 superman1234 superman12345 batman123456
spiderman123 spiderman1234 starwars1234 harrypotter1 harrypotter123 pokemon12345 minecraft123
minecraft1234 fortnite1234 playstation2 playstation3 playstation4 playstation5 counterstrike
callofduty123 worldofwarcraft leagueoflegends michaeljordan michaeljackson elvispresley
rockandroll basketball basketball1 basketball123 football1234 baseball1234 soccer123456
manchesterunited manchestercity liverpoolfc1 chelseafc123 barcelona123 barcelona1234 realmadrid123
juventus1897 bayernmunchen borussiadortmund qwertyqwerty asdfasdfasdf zxcvbnmzxcvbnm asdfghjkl123
zxcvbnm12345 trustno1trustno1 whatever1234 nothingtolose 0123456789ab 1234567890ab 12345678abcd
abcd12345678 qwer1234qwer1234 1234qwer1234 1234qwerasdf 12345qwertasdfg 11111111111111 1111111111111
parolaparola parola123456 parola1234567 parolamea123 parolamea1234 parolasecreta parolaputernica
parolanoua123 parolamea2024 parolamea2025 teiubescmult teiubescmultmult teiubescenorm teiubescmami
teiubescmama teiubesctati teiubescpuiu teiubescmultpuiu iubireamea123 iubireameamare iubireameamult
dragosteamea123 romaniaromania romania123456 romaniamea123 bucurestibucuresti bucuresti1234
bucuresti12345 steauabucuresti stelistiisuntem steauaforever steaua123456 steauabucuresti1
dinamobucuresti dinamoforever dinamo123456 rapidbucuresti rapidforever craiovamaxima
universitateacraiova gheorghehagi10 clujnapoca123 timisoara1989 constanta1234 piatraneamt123
primariaroman municipiulroman romanneamt1234 alexandru1234 alexandra1234 anamaria1234 cristian12345
cristina12345 gabriela12345 mihaela12345 andreea123456 ionutionut123 mariamaria123 ingerasulmeu
printesamea123 printesica123 stefancelmare mihaiviteazul mihaieminescu nadiacomaneci simonahalep
correcthorsebatterystaple thequickbrownfox thequickbrownfoxjumpsoverthelazydog
1234567890parola qwertyparola facebookparola contulmeu1234 parolapentrutot aceeasiparola
`);

// Words people decorate instead of inventing a password: the source of the generated variants.
const BASE_WORDS = [
  ...words(`
password passwd pass admin administrator root user login welcome letmein master secret qwerty
iloveyou loveyou love lover princess sunshine dragon monkey shadow football baseball soccer hockey
superman batman spiderman starwars pokemon minecraft michael jordan jennifer jessica michelle daniel
charlie thomas robert andrew joshua matthew ashley amanda nicole hunter killer freedom summer winter
flower angel hello whatever trustno1 computer internet samsung apple google facebook chelsea
arsenal liverpool barcelona ferrari mercedes porsche mustang harley tigger buster pepper ginger
maggie cookie chocolate butterfly beautiful babygirl forever friends family blessed jesus
`),
  ...words(`
parola parolamea iubire iubita iubitul teiubesc dragoste fericire norocel printesa ingeras puiu
puisor pisica catel mama tata familia romania bucuresti steaua dinamo rapid craiova cluj iasi
timisoara constanta brasov sibiu oradea galati ploiesti pitesti suceava bacau botosani neamt roman
andrei alexandru mihai ionut gheorghe george vasile constantin nicolae dumitru stefan florin bogdan
cristian adrian marius gabriel radu razvan catalin ciprian sorin cosmin vlad iulian dragos lucian
ovidiu sebastian mircea paul claudiu valentin victor viorel robert sergiu tudor darius david matei
maria ana ioana elena andreea alexandra cristina mihaela gabriela daniela diana alina roxana raluca
simona georgiana florentina larisa bianca denisa madalina ramona oana irina adriana carmen monica
nicoleta loredana anca corina claudia camelia mirela iulia luminita valentina anamaria sofia sara
fotbal muzica manele calculator dumnezeu craciun dacia logan smecher secretul comoara soare floare
`),
];

const SUFFIXES = words(`
1 12 123 1234 12345 123456 123456789 7 11 13 69 99 00 01 007 ! 1! 123! @123 2020 2021 2022 2023
2024 2025 2026
`);

// The substitutions people make to "strengthen" a word, applied all at once.
const LEET: Readonly<Record<string, string>> = { a: '@', e: '3', i: '1', o: '0', s: '$' };

function* generatedVariants(): Generator<string> {
  for (const word of BASE_WORDS) {
    for (const suffix of SUFFIXES) yield word + suffix;
    yield word + word;
    yield `${word}${word}123`;
    yield `123${word}`;
    const leet = [...word].map((c) => LEET[c] ?? c).join('');
    yield leet;
    yield `${leet}123`;
    // Only the o→0 and a→@ swaps, the most common partial leetspeak (p@ssw0rd, passw0rd).
    yield word.replace(/o/g, '0');
    yield word.replace(/a/g, '@').replace(/o/g, '0');
  }
  for (let digit = 0; digit <= 9; digit++) {
    for (let length = 4; length <= 20; length++) yield String(digit).repeat(length);
  }
  const ascending = '12345678901234567890';
  const descending = '98765432109876543210';
  const fromZero = '01234567890123456789';
  for (let length = 4; length <= 20; length++) {
    yield ascending.slice(0, length);
    yield descending.slice(0, length);
    yield fromZero.slice(0, length);
  }
  // Keyboard walks and the alphabet, every prefix from 6 characters on.
  for (const walk of ['qwertyuiopasdfghjklzxcvbnm', 'qwertzuiopasdfghjklyxcvbnm', 'azertyuiopqsdfghjklmwxcvbn', 'abcdefghijklmnopqrstuvwxyz', '1qaz2wsx3edc4rfv5tgb6yhn', 'zaq12wsxcde34rfvbgt5', 'q1w2e3r4t5y6u7i8o9p0']) {
    for (let length = 6; length <= walk.length; length++) yield walk.slice(0, length);
  }
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    for (const length of [6, 8, 10, 12, 14, 16]) yield letter.repeat(length);
  }
  // Short patterns repeated to reach the minimum length: 123123123123, abcabcabcabc, lovelovelove.
  for (const unit of ['12', '123', '1234', '12345', '123456', 'abc', 'abc123', 'qwe', 'asd', 'zxc', 'qwerty', 'asdf', 'pass', 'love', 'parola', 'haha', 'hehe', 'lol', 'xo', '69', '01', '10', '11', '21']) {
    for (let times = 2; unit.length * times <= 24; times++) yield unit.repeat(times);
  }
}

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  ...INTERNATIONAL,
  ...ROMANIAN,
  ...LONG,
  ...generatedVariants(),
]);
