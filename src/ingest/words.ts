/**
 * Small word lists (folded) for French and English: function words that start sentences with a
 * capital, months and weekdays — never names — and the words that mark an organisation's name.
 */

const FRENCH = `le la les l un une des du de d au aux et ou mais donc or ni car que qui quoi dont ou ce cet
cette ces c ca cela ceci il elle ils elles on nous vous je j tu me te se s lui leur leurs son sa ses mon ma
mes ton ta tes notre nos votre vos en y a dans sur sous par pour avec sans chez entre vers depuis pendant
avant apres selon contre comme si ne pas plus moins tres tout tous toute toutes aucun aucune chaque
certains certaines plusieurs autre autres meme ainsi alors aussi encore deja puis enfin ici la voici voila
oui non hier aujourd aujourdhui demain quand comment pourquoi est sont etait etaient sera ont avait avaient
ete etre avoir fait faire dit selon lors outre parmi afin quelque quelques tel telle tels telles cependant
pourtant toutefois ensuite desormais bref bien certes surtout notamment egalement finalement
personnellement premiere premier derniere dernier nouvelle nouveau accueil retour publie mis jour lire
voir aussi suite source photo credit image logo connexion deconnexion commentaires commentaire partager
madame monsieur mesdames messieurs chers cher citoyens bonjour bravo merci`;

const ENGLISH = `the a an and or but nor so yet of to in on at by for with from into onto about over under
after before since during without within between through against among as if then than that this these
those there here it its he she they we you i me him her them us my your his their our mine is are was were
be been being has have had do does did will would shall should can could may might must not no yes all any
each every some many much more most other such what which who whom whose when where why how also however
meanwhile moreover furthermore still even just only very too again once today yesterday tomorrow
according read more home share comments comment photo credit image logo posted published updated by
dear hello thanks mr mrs ms`;

const MONTHS_DAYS = `janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi
mardi mercredi jeudi vendredi samedi dimanche january february march april may june july august september
october november december monday tuesday wednesday thursday friday saturday sunday`;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Words that are never a name on their own, even capitalised. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...words(FRENCH),
  ...words(ENGLISH),
  ...words(MONTHS_DAYS),
]);

/** Month names and common abbreviations (folded) → month number. */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries([
  ...words('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre').map(
    (m, i) => [m, i + 1] as const,
  ),
  ...words('january february march april may june july august september october november december').map(
    (m, i) => [m, i + 1] as const,
  ),
  ...words('jan feb mar apr _ jun jul aug sep oct nov dec').map((m, i) => [m, i + 1] as const),
  ['sept', 9] as const,
]);

/** Words that make a capitalised span an organisation, with the Organization kind they suggest. */
export const ORGANIZATION_WORDS: Readonly<Record<string, string>> = {
  parti: 'party',
  party: 'party',
  mouvement: 'party',
  movement: 'party',
  rassemblement: 'party',
  front: 'party',
  ligue: 'other',
  union: 'other',
  association: 'other',
  federation: 'other',
  groupe: 'other',
  group: 'other',
  club: 'other',
  syndicat: 'other',
  fondation: 'other',
  foundation: 'other',
  institut: 'other',
  institute: 'other',
  universite: 'other',
  university: 'other',
  ecole: 'other',
  school: 'other',
  centre: 'other',
  center: 'other',
  comite: 'other',
  committee: 'other',
  conseil: 'other',
  council: 'other',
  commission: 'other',
  assemblee: 'other',
  assembly: 'other',
  ministere: 'ministry',
  ministry: 'ministry',
  department: 'ministry',
  gouvernement: 'government',
  government: 'government',
  agence: 'agency',
  agency: 'agency',
  office: 'agency',
  bureau: 'agency',
  journal: 'media',
  radio: 'media',
  tv: 'media',
  television: 'media',
  times: 'media',
  news: 'media',
  presse: 'media',
  press: 'media',
  magazine: 'media',
  media: 'media',
  medias: 'media',
  hebdo: 'media',
  societe: 'company',
  company: 'company',
  inc: 'company',
  ltd: 'company',
  sa: 'company',
  sarl: 'company',
  corp: 'company',
  corporation: 'company',
  bank: 'company',
  banque: 'company',
};

/** Titles and offices, capitalised in mid-sentence but not names ("le Chef du gouvernement"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  words(`chef ministre roi reine prince princesse president presidente premier directeur directrice
secretaire ambassadeur ambassadrice maire depute deputee senateur senatrice gouverneur general colonel
majeste altesse excellence dieu etat etats republique royaume constitution parlement senat patrie
nation king queen minister president secretary ambassador mayor governor senator general god state
kingdom republic constitution parliament`),
);

/** Latin function-word counts decide the language; Arabic script decides Arabic. */
const LANGUAGE_MARKERS = {
  fr: new Set(
    words(
      'le la les des du et est une dans pour que qui sur pas avec au aux ce cette il elle nous vous ont sont ete par mais plus son sa ses leur entre chez selon',
    ),
  ),
  en: new Set(
    words(
      'the and of to in is that for on with as was by it are this be from at have has not but or an which their they he she were been would',
    ),
  ),
};

export type Language = 'fr' | 'en' | 'ar';

/** Best guess of the language, or null when the text gives too little to tell. */
export function detectLanguage(text: string): Language | null {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  if (letters > 0 && arabic / letters > 0.3) return 'ar';
  let fr = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (LANGUAGE_MARKERS.fr.has(w)) fr++;
    if (LANGUAGE_MARKERS.en.has(w)) en++;
  }
  if (fr + en < 5) return null;
  return fr >= en ? 'fr' : 'en';
}
