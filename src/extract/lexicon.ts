/** Word lists and lookups in compromise's English lexicon (first names, common words). */
import nlp from 'compromise';
import { MONTHS } from './vocab';

const LEX: Record<string, string | string[]> = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
).model().one.lexicon;

function tags(word: string): string[] {
  const t = LEX[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName']);

/** a full month name ("August", "June" are also first names, so they need a test of their own) */
export const MONTH_NAME = new RegExp(`^(${MONTHS.join('|')})$`);

/** compromise knows the word as a given name (Chrissy, John, Jack, Luna). */
export function isFirstName(word: string): boolean {
  return tags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'Person');
}

export function isLastName(word: string): boolean {
  return tags(word).includes('LastName');
}

export function nameGender(word: string): 'f' | 'm' | undefined {
  const t = tags(word);
  if (t.includes('FemaleName')) return 'f';
  if (t.includes('MaleName')) return 'm';
  return undefined;
}

/** compromise knows the word and not as a name: "Model", "Husband", "September", "Instagram"-like brands excluded. */
export function isCommonWord(word: string): boolean {
  const t = tags(word);
  if (t.length === 0) return COMMON_EXTRA.has(word.toLowerCase());
  return !t.some((x) => NAME_TAGS.has(x));
}

/** months, weekdays, platforms and other words that never start a name in a kin slot */
export function isCalendarOrBrand(word: string): boolean {
  return (
    tags(word).some((t) => t === 'Month' || t === 'WeekDay' || t === 'Determiner' || t === 'Pronoun' || t === 'Preposition') ||
    COMMON_EXTRA.has(word.toLowerCase())
  );
}

export function isPlace(word: string): boolean {
  return tags(word).some((t) => t === 'Place' || t === 'Country' || t === 'City' || t === 'Region' || t === 'Organization');
}

const COMMON_EXTRA = new Set([
  'instagram',
  'twitter',
  'facebook',
  'tiktok',
  'snapchat',
  'reddit',
  'medium',
  'youtube',
  'oscars',
  'grammy',
  'grammys',
  'emmy',
  'emmys',
  'bafta',
  'hollywood',
  'bollywood',
  'brangelina',
  'uk',
  'us',
  'usa',
  'la',
  'nyc',
  'bbc',
  'itv',
  'nbc',
  'cbs',
  'abc',
  'cnn',
  'mtv',
  'hbo',
  'netflix',
  'tv',
  'ok',
  'yes',
  'no',
  'dj',
  'ceo',
  'vip',
  'read',
  'update',
  'related',
  'original',
  'source',
  'sources',
  'photo',
  'pic',
  'image',
  'credit',
  'watch',
  'video',
  'mom',
  'mum',
  'dad',
  'god',
  'lord',
  'jesus',
  'christmas',
  'easter',
  'jr',
  'jnr',
]);

/** words that end an organisation/place/work name rather than a person's name */
export const ORG_TAIL = new Set([
  'post',
  'times',
  'news',
  'magazine',
  'weekly',
  'daily',
  'cop',
  'online',
  'show',
  'awards',
  'award',
  'festival',
  'theatre',
  'theater',
  'center',
  'centre',
  'hospital',
  'university',
  'school',
  'college',
  'church',
  'records',
  'party',
  'street',
  'day',
  'club',
  'hotel',
  'foundation',
  'park',
  'house',
  'hall',
  'studios',
  'pictures',
  'films',
  'company',
  'group',
  'band',
  'channel',
  'network',
  'radio',
  'magazines',
  'journal',
  'gazette',
  'tribune',
  'herald',
  'reporter',
  'league',
  'association',
  'academy',
  'institute',
  'museum',
  'gallery',
  'bank',
  'airport',
  'station',
  'square',
  'court',
  'beach',
  'island',
  'mountains',
  'valley',
  'county',
  'city',
  'state',
  'kingdom',
  'empire',
  'fund',
  'prize',
  'girls',
  'boys',
  'brothers',
  'sisters',
  'live',
  'tonight',
  'games',
  'cup',
  'ranch',
  'bridge',
  'cosmetics',
  'hills',
  'heights',
  'springs',
  'entertainment',
  'media',
  'music',
  'productions',
  'series',
  'chronicles',
  'squad',
  'baby',
  'wars',
  'kardashians',
]);

/** role words that, just before a capitalised sequence, mark it as a person ("actress Ruby Dee") */
export const ROLE_WORDS = new Set([
  'actor',
  'actress',
  'singer',
  'star',
  'model',
  'rapper',
  'host',
  'president',
  'producer',
  'director',
  'husband',
  'wife',
  'son',
  'daughter',
  'ex',
  'ex-husband',
  'ex-wife',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'sister',
  'brother',
  'friend',
  'co-star',
  'costar',
  'comedian',
  'writer',
  'author',
  'musician',
  'player',
  'designer',
  'agent',
  'spokesman',
  'spokeswoman',
  'pundit',
  'composer',
  'mogul',
  'chef',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancé',
  'fiancee',
  'fiancée',
  'beau',
  'partner',
  'widow',
  'widower',
  'songwriter',
  'guitarist',
  'drummer',
  'bassist',
  'dancer',
  'presenter',
  'broadcaster',
  'journalist',
  'novelist',
  'playwright',
  'filmmaker',
  'film-maker',
  'entrepreneur',
  'founder',
  'co-founder',
  'lawyer',
  'attorney',
  'judge',
  'footballer',
  'pianist',
  'violinist',
  'conductor',
  'photographer',
  'stylist',
  'bff',
  'cousin',
  'uncle',
  'aunt',
  'grandson',
  'granddaughter',
  'nephew',
  'niece',
  'stepdaughter',
  'stepson',
  'twins',
  'children',
  'kids',
  'sons',
  'daughters',
  'baby',
  'newborn',
  'bodyguard',
  'manager',
  'publicist',
  'rep',
  'representative',
  'politician',
  'activist',
  'campaigner',
  'businessman',
  'businesswoman',
  'musicologist',
  'doctor',
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sir',
  'dame',
  'lady',
  'lord',
]);

/** capitalised words that may sit inside a name */
export const PARTICLES = new Set(['de', 'da', 'van', 'von', 'der', 'del', 'della', 'di', 'le', 'la', 'du', 'bin', 'al', 'st']);

export const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lady',
  'lord',
  'prof',
  'queen',
  'king',
  'prince',
  'princess',
  'uncle',
  'aunt',
]);
