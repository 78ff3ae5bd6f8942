/**
 * Synthetic names, a pure function of an index: item i always gets the same name, so ids can be
 * computed anywhere (targets, evidence) without a lookup table of a million entries. Names are
 * built from common first names and surname syllables, so search sees realistic accents, particles
 * and near-duplicates ("Benali" / "Ben Ali").
 */
import { hash32 } from '../lib/random.js';

const FIRST = [
  'Karim',
  'Amina',
  'Youssef',
  'Salma',
  'Mehdi',
  'Nadia',
  'Omar',
  'Leïla',
  'Hamza',
  'Sanaa',
  'Rachid',
  'Fatima',
  'Anas',
  'Imane',
  'Driss',
  'Hajar',
  'Said',
  'Meryem',
  'Tarik',
  'Zineb',
  'Julien',
  'Camille',
  'Thomas',
  'Chloé',
  'Nicolas',
  'Élodie',
  'Mathieu',
  'Inès',
  'Antoine',
  'Léa',
  'Hicham',
  'Khadija',
  'Mustapha',
  'Loubna',
  'Abdelilah',
  'Ghizlane',
  'Reda',
  'Houda',
  'Nabil',
  'Asmaa',
];
const PARTICLE = ['', '', '', '', 'El ', 'Ben ', 'Ait ', 'de ', 'Le '];
const SYLLABLES = [
  'ben',
  'ka',
  'li',
  'mor',
  'ra',
  'zi',
  'dou',
  'fa',
  'ha',
  'lem',
  'na',
  'sa',
  'tou',
  'mar',
  'char',
  'bou',
  'dri',
  'ja',
  'ni',
  'ro',
  'va',
  'che',
  'lou',
  'gar',
  'mou',
  'ta',
  'bel',
  'fi',
  'ssi',
  'ane',
];
const CITY = [
  'Rabat',
  'Casablanca',
  'Fès',
  'Marrakech',
  'Tanger',
  'Agadir',
  'Oujda',
  'Meknès',
  'Kénitra',
  'Tétouan',
  'Paris',
  'Lyon',
  'Marseille',
  'Lille',
  'Bordeaux',
  'Toulouse',
  'Nantes',
  'Strasbourg',
  'Nice',
  'Rennes',
];
const PLATFORMS = [
  'Facebook',
  'Twitter',
  'YouTube',
  'Instagram',
  'Les Créateurs de possibles',
  'La Coopol',
  'Blogger',
  'WhatsApp',
];
const PARTY_WORDS = [
  'Parti',
  'Mouvement',
  'Union',
  'Rassemblement',
  'Alliance',
  'Front',
  'Renouveau',
  'Avenir',
];
const PARTY_IDEAS = [
  'du progrès',
  'démocratique',
  'pour la justice',
  'populaire',
  'des citoyens',
  'national',
  'écologiste',
  'libéral',
];
const OUTLETS = [
  'Le Quotidien',
  'La Tribune',
  "L'Observateur",
  'Le Courrier',
  'Le Journal',
  'La Gazette',
  'Le Matin',
  'Hebdo',
];
const ACCOUNT_NOUNS = [
  'Les amis de',
  'Soutien à',
  'Réseau',
  'Jeunes pour',
  'Info',
  'Collectif',
  'Fans de',
  'Club',
];
const EVENT_WORDS = [
  'Déjeuner',
  'Rencontre',
  'Forum',
  'Meeting',
  'Séminaire',
  'Université d’été',
  'Congrès',
  'Conférence',
];

const at = <T>(xs: readonly T[], h: number): T => xs[h % xs.length] as T;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** URL-safe slug of a name (the product's id convention: lower-case ascii words joined by hyphens). */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function surname(i: number): string {
  const h = hash32(i, 0x5a17);
  const n = 2 + (h % 2);
  let s = '';
  for (let k = 0; k < n; k++) s += at(SYLLABLES, hash32(i, 0x100 + k));
  return at(PARTICLE, h >>> 8) + cap(s);
}

export function personName(i: number): string {
  return `${at(FIRST, hash32(i, 0xf1))} ${surname(i)}`;
}

export function partyName(i: number): string {
  return `${at(PARTY_WORDS, i)} ${at(PARTY_IDEAS, Math.floor(i / PARTY_WORDS.length) + i)}${i >= 16 ? ` ${i}` : ''}`;
}

export function mediaName(i: number): string {
  return `${at(OUTLETS, i)} de ${at(CITY, Math.floor(i / OUTLETS.length) + i)}${i >= 40 ? ` ${i}` : ''}`;
}

export function platformName(i: number): string {
  return i < PLATFORMS.length ? (PLATFORMS[i] as string) : `Plateforme ${i}`;
}

export function placeName(i: number): string {
  return i < CITY.length ? (CITY[i] as string) : `${at(CITY, i)} ${Math.floor(i / CITY.length) + 1}`;
}

export function accountName(i: number, ownerName: string): string {
  return `${at(ACCOUNT_NOUNS, hash32(i, 0xacc))} ${ownerName}`;
}

export function eventName(i: number, place: string): string {
  return `${at(EVENT_WORDS, hash32(i, 0xe7))} de ${place} n° ${i + 1}`;
}
