/**
 * French trigger lexicons for relation proposals: generic French only — verbs, nouns and phrases —
 * never a name from any article (the evaluation holds each article out, so a name here would leak).
 * Words are folded (foldName: lower case, no accents); verbs are listed by spaCy lemma.
 */
import type { EVENT_KINDS, ORGANIZATION_KINDS } from '../../data/model.js';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Verbs that introduce reported speech (« … », dit X). */
export const SPEECH_VERBS = set(`
  dire expliquer indiquer affirmer assurer avouer confier declarer reconnaitre ajouter estimer
  souligner preciser signaler repondre raconter marteler rappeler admettre defendre parler commenter
  noter insister poursuivre conclure regretter juger confirmer annoncer promettre denoncer prevenir
  resumer temoigner feliciter ecrire tweeter plaider lancer expliciter enchainer detailler glisser
  avancer observer constater ironiser enorgueillir
`);

/** Nouns that introduce a quotation after a colon ("Voici son message : « … »", "Réponse de X :"). */
export const SPEECH_NOUNS = set(
  `message reponse declaration propos mot mots citation tweet communique lettre`,
);

/** Prepositions that attribute a statement: selon X, d'après X. */
export const ATTRIBUTION = set(`selon apres`);

/** Role head nouns (a title that someone holds in an organisation). */
export const ROLE_NOUNS = set(`
  secretaire president presidente vice directeur directrice responsable porte parole ministre chef
  dirigeant dirigeante depute deputee senateur senatrice maire ambassadeur ambassadrice consul
  conseiller conseillere tresorier tresoriere delegue deleguee coordinateur coordinatrice redacteur
  redactrice patron patronne pdg gerant gerante animateur animatrice charge chargee commissaire
  gouverneur gouverneure editorialiste chroniqueur chroniqueuse premier premiere roi reine prince
  princesse emir administrateur administratrice fondateur fondatrice cofondateur cofondatrice
  co fondateur fondatrice manager
`);

/** A role noun, also as the first part of a compound ("vice-président", "co-fondatrice" fold to two words). */
export const isRoleWord = (folded: string): boolean =>
  ROLE_NOUNS.has(folded) || ROLE_NOUNS.has(folded.split(' ')[0] ?? '');

/** Role nouns that mean creating the organisation: FOUNDED rather than HOLDS_ROLE. */
export const FOUNDER_NOUNS = set(`fondateur fondatrice cofondateur cofondatrice`);

/** Membership nouns: "X, membre du PS", "les militants de l'UMP". */
export const MEMBER_NOUNS = set(
  `membre membres militant militante militants militantes adherent adherente adherents elu elue elus`,
);

/** Words before a name that are titles, for "le Roi X" and, later, "le Roi" alone. */
export const TITLE_SYNONYMS: Readonly<Record<string, string>> = {
  roi: 'roi',
  majeste: 'roi',
  sm: 'roi',
  reine: 'reine',
  president: 'president',
  presidente: 'president',
  pape: 'pape',
  prince: 'prince',
  emir: 'emir',
  ministre: 'ministre',
};

/** Event head nouns and the event kind they suggest. */
export const EVENT_NOUNS: Readonly<Record<string, (typeof EVENT_KINDS)[number]>> = {
  dejeuner: 'lunch',
  diner: 'lunch',
  rencontre: 'meeting',
  reunion: 'meeting',
  meeting: 'meeting',
  entrevue: 'meeting',
  evenement: 'other',
  evenements: 'other',
  soiree: 'other',
  ceremonie: 'other',
  forum: 'forum',
  colloque: 'forum',
  conference: 'forum',
  seminaire: 'forum',
  congres: 'forum',
  sommet: 'summit',
  conseil: 'council',
  lancement: 'launch',
  election: 'election',
  elections: 'election',
  presidentielle: 'election',
  presidentielles: 'election',
  regionales: 'election',
  municipales: 'election',
  legislatives: 'election',
  altercation: 'controversy',
  polemique: 'controversy',
};

/** Descriptive heads that name an organisation of a known kind ("le parti", "du gouvernement"). */
export const ORG_DESCRIPTIONS: Readonly<Record<string, (typeof ORGANIZATION_KINDS)[number]>> = {
  parti: 'party',
  gouvernement: 'government',
  ministere: 'ministry',
  royaume: 'state',
};

/** Heads of a part of an organisation: "groupe parlementaire du PJD", "Fédération numérique de l'UMP". */
export const SUBORGANIZATION_HEADS: Readonly<Record<string, (typeof ORGANIZATION_KINDS)[number]>> = {
  groupe: 'parliamentary-group',
  jeunes: 'youth-wing',
  jeunesses: 'youth-wing',
  federation: 'party-wing',
  section: 'party-wing',
  bureau: 'party-wing',
  comite: 'party-wing',
  commission: 'party-wing',
  departement: 'party-wing',
  cellule: 'party-wing',
  aile: 'party-wing',
  branche: 'party-wing',
  agence: 'agency',
  equipe: 'other',
};

/** Nouns that say what kind of thing the quoted or named thing after them is. */
export const THING_HEADS: Readonly<Record<string, { kind: 'Platform' | 'Account'; subtype: string }>> = {
  plateforme: { kind: 'Platform', subtype: 'party-network' },
  site: { kind: 'Platform', subtype: 'website' },
  reseau: { kind: 'Platform', subtype: 'party-network' },
  blog: { kind: 'Platform', subtype: 'blog' },
  application: { kind: 'Platform', subtype: 'other' },
  page: { kind: 'Account', subtype: 'page' },
  groupe: { kind: 'Account', subtype: 'group' },
  compte: { kind: 'Account', subtype: 'profile' },
  communaute: { kind: 'Account', subtype: 'community' },
  hashtag: { kind: 'Account', subtype: 'hashtag' },
};

/** Lemmas of the relation verbs. */
export const INVITE_VERBS = set(`inviter convier`);
export const ATTEND_VERBS = set(`assister participer`);
export const ORGANIZE_VERBS = set(`organiser`);
export const APPOINT_VERBS = set(`nommer designer appointer`);
export const LAUNCH_VERBS = set(`lancer`);
export const FOUND_VERBS = set(`fonder cofonder`);
export const HOST_VERBS = set(`recevoir accueillir`);

/** "accompagné de X", "en présence de X", "aux côtés de X", "en compagnie de X": X was there. */
export const PRESENCE_PHRASES = [
  'accompagne de',
  'accompagnee de',
  'accompagnes de',
  'en presence de',
  'en la presence de',
  'aux cotes de',
  'en compagnie de',
];

/** Guests named as a list: "les invités … (comme A, B, C)". */
export const GUEST_NOUNS = set(`invites invitees convives participants`);

/**
 * What a figure counts, as the noun after it says. Members, fans and followers are the size of a
 * group that relays someone (an AMPLIFIES weight, src/data/model.ts); visitors, registrations and
 * initiatives are an audience or an activity: claims about a platform, never AMPLIFIES.
 */
export type FigureCount = 'members' | 'fans' | 'followers' | 'visitors' | 'registrations' | 'initiatives';

export const METRIC_NOUNS: Readonly<Record<string, FigureCount>> = {
  membres: 'members',
  membre: 'members',
  fans: 'fans',
  followers: 'followers',
  abonnes: 'followers',
  visiteurs: 'visitors',
  inscrits: 'registrations',
  enregistrees: 'registrations',
  enregistres: 'registrations',
  initiatives: 'initiatives',
  internautes: 'members',
  militants: 'members',
};

/** Negation: "je n'ai pas assisté" is not attendance. */
export const NEGATIONS = set(`pas jamais plus aucun ni`);

/** Personal pronouns that stand for a person named before. */
export const PERSON_PRONOUNS = set(`il elle`);
export const POSSESSIVES = set(`son sa ses leur leurs`);

/**
 * Lines that end an article's own text on a web page: what follows them (teasers of other articles,
 * tags, the comment form) states no fact of this article, so no relation is proposed from it.
 */
export const PAGE_TAIL_HEADINGS = [
  'les articles en relation',
  'articles en relation',
  'les tags en relation',
  'a lire aussi',
  'lire aussi',
  'sur le meme sujet',
  'articles similaires',
  'articles lies',
  'dans la meme rubrique',
  'vous aimerez aussi',
  'laisser un commentaire',
];
