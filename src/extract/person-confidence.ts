/**
 * How sure the extractor is that a name it found is a person, not a work, a character, a band, a company or a place.
 * A name starts from a prior set by its shape (SHAPE_RULES, the first that fits) and each cue rule that fires on
 * any of its mentions (or on the person) adds its weight once; the sum is clamped to 0..1. Cue weights are set on the
 * labelled sets (eval/labels, `people written` in scripts/evaluate-extraction.ts), never on the blind sample.
 */
import { ROLE_WORDS, isCommonWord, isFirstName, isLastName, isPlace } from './lexicon';
import { AVOWAL_VERBS, SPEECH_VERBS, alt } from './vocab';

/** One mention of the name: the text just before and after it in its sentence. */
export interface Occurrence {
  before: string;
  after: string;
}

/** What the extractor knows about one person when it scores them. */
export interface PersonFacts {
  name: string;
  occurrences: Occurrence[];
  /** the text gave the gender ("actress X", "his wife X") */
  genderCued: boolean;
  /** mentions by the surname alone ("Witherspoon said"): news text names people so, not titles or bands */
  surnameAlone: number;
  /** she/he resolved to this person with no rival of that gender in reach */
  pronouns: number;
  /** in a relation or an event the extractor found */
  related: boolean;
  /** speaker of a quote */
  speaker: boolean;
}

export interface ShapeRule {
  id: string;
  base: number;
  why: string;
  test: (words: string[]) => boolean;
}

export interface CueRule {
  id: string;
  /** added to the prior; negative for cues that the name is not a person */
  weight: number;
  why: string;
  /** fires when any mention matches */
  mention?: (o: Occurrence) => boolean;
  /** fires on the person as a whole */
  person?: (p: PersonFacts) => boolean;
}

export const SHAPE_RULES: ShapeRule[] = [
  {
    id: 'shape/known-first-name',
    base: 0.85,
    why: 'a given name the lexicon knows, then a surname: most such names in news text are people',
    test: (w) => w.length >= 2 && isFirstName(w[0]),
  },
  {
    id: 'shape/known-surname',
    base: 0.85,
    why: 'an unknown first word but a surname the lexicon knows',
    test: (w) => w.length >= 2 && isLastName(w[w.length - 1]),
  },
  {
    id: 'shape/unknown-full-name',
    base: 0.65,
    why: 'several capitalised words neither known as names nor as common words: people, but also titles and firms',
    test: (w) => w.length >= 2,
  },
  {
    id: 'shape/single-word',
    base: 0.6,
    why: 'one word (a stage name), found only with a person cue somewhere: it needs a further cue here, more than "X said", to count',
    test: () => true,
  },
];

const ROLE_BEFORE = new RegExp(`\\b(?:${[...ROLE_WORDS].filter((w) => !/^(?:star|baby|rep)$/.test(w)).join('|')})[,:]?\\s+$`, 'i');
const POSSESSIVE = /^['’]s?\b/;
const ROLE_APPOSITION = new RegExp(
  `^,\\s+(?:his|her|their|the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:${[...ROLE_WORDS].filter((w) => !/^(?:star|baby|rep)$/.test(w)).join('|')})\\b`,
  'i',
);
const THING_APPOSITION =
  /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:band|group|duo|trio|film|movie|musical|series|show|sitcom|soap|character|company|firm|bookmakers?|studio|studios|channel|network|label|brand|magazine|newspaper|festival|theme park|park|resort|venue|hotel|town|village|city|album|novel|book)\b(?![’'-])/i;
// not "writes", "captioned", "shared": accounts and brands post and share too (the one verb list, minus those, measured:
// with them a brand on 061 scores 1 instead of 0.85)
const POST_VERBS = ['writes', 'captioned', 'shared'];
const SAID = new RegExp(
  `^(?:['’]s)?,?\\s+(?:${alt(
    SPEECH_VERBS.filter((v) => !POST_VERBS.includes(v)),
    AVOWAL_VERBS,
  )})\\b`,
);
const KIN_OF =
  /^['’]s\s+(?:(?:late|ex-|former|new|first|second|eldest|youngest)\s*)?(?:husband|wife|son|daughter|mother|father|mum|mom|dad|children|kids|sister|brother|parents|boyfriend|girlfriend|fianc[ée]e?)\b/;
const KIN_BEFORE =
  /\b(?:his|her|their)\s+(?:(?:late|ex-|former|new|\w+-year-old)\s+)?(?:wife|husband|son|daughter|mother|father|sister|brother|partner|boyfriend|girlfriend|fianc[ée]e?)[,:]?\s+$/i;
const AGE = /^,\s*\d{1,3}\s*[,;)]/;

const WORK_BEFORE =
  /\b(?:film|movie|biopic|drama|comedy|thriller|tale|cartoon|ballet|musical|series|sitcom|show|soap|album|single|song|novel|book|poem|play|opera|starred in|starring in|star of|role in|roles in|appeared in|appearing in|sequel to|adaptation of)\s+$/i;
const INDEFINITE_BEFORE = /(?:^|[^\w])(?:a|an)\s+$/;
const FRANCHISE_AFTER = /^\s+(?:films?|movies?|books?|novels?|saga|franchise|theme|store|stores|boutique|runway|campaign)\b/;
// not "film", "book" or a possessive: "a Spike Lee movie", "Dahl's novel" name the maker
const WORK_AFTER =
  /^\s+(?:star|stars|actor|actress|co-star|cast|sequel|franchise|premiere|soundtrack|trailer|series|episode|episodes|character|characters|musical|remake|spin-off)\b/;
const CHARACTER_BEFORE =
  /\b(?:plays?|played|playing|portrays?|portrayed|portraying|voices?|voiced|voicing|stars? as|starring as|starred as|cast as|role of|character of|character|alter ego|characters? (?:like|such as|including))\s+$/i;
// not "to" or "from": "married to X", "competition from X"
const IN_BEFORE = /(?:^|[^\w])(?:in|at|near|outside|inside)\s+$/;
const AND_THE_AFTER = /^\s+(?:and|of) the\s+[A-Z]/;
const GROUP_BEFORE =
  /\b(?:band|bands|group|groups|duo|trio|quartet|quintet|act|outfit|line-up|frontman of|frontwoman of|lead singer of|singer with|members? of|bandmates? in|supporting|support act)[,:]?\s+$/i;
const GROUP_AFTER = /^['’]?s?\s+(?:frontman|frontwoman|lead singer|bandmates?|bassist|drummer|guitarist|members?|reunion|line-up)\b/;
const PLURAL_VERB_AFTER = /^\s+(?:were|are|have|have been)\b(?!\s+(?:been\s+)?(?:married|divorced|dating|engaged))/;
const COORDINATED_BEFORE = /(?:\band|&|,)\s+$/i;
const ORG_BEFORE =
  /\b(?:bookmakers?|bookies?|firm|company|companies|studio|studios|channel|broadcaster|network|label|brand|retailer|chain|magazine|newspaper|paper|tabloid|website|publisher|spokesman for|spokeswoman for|spokesperson for|shares in|owner of|boss of|chief executive of)[,:]?\s+$/i;
const ORG_AFTER =
  /^['’]?s?\s+(?:spokesman|spokeswoman|spokesperson|bosses|boss|chief executive|chairman|executives|bookmakers?|shares|magazine|newspaper|tabloid|website|studio|studios|channel|network|label|plc|ltd|inc|has slashed|have slashed|offered odds|offering odds)\b/i;
const PLACE_AFTER =
  /^\s+(?:festival|park|theme park|resort|arena|stadium|venue|hotel|cinema|theatre|gardens|castle|palace|road|avenue|village|town|county|desert)\b/i;
// not "awards", "host": "the Mike Leigh award", "Ellen host" name a person
const SHOW_AFTER = /^\s+(?:show|programme|episode|season|finale|viewers|contestants?)\b/;
/** last words of places, works and bodies that ORG_TAIL (which also stops discovery) does not hold; none is a common surname */
const THING_TAIL = new Set([
  'project',
  'story',
  'saga',
  'diaries',
  'avenue',
  'boulevard',
  'clinic',
  'stadium',
  'arena',
  'tower',
  'towers',
  'tree',
  'gardens',
  'ballet',
  'opera',
  'orchestra',
  'choir',
  'ensemble',
  'council',
  'trust',
  'society',
  'committee',
  'commission',
  'agency',
  'ministry',
  'department',
  'corporation',
  'industries',
  'motors',
  'airlines',
  'cinema',
  'mall',
  'plaza',
  'baseball',
  'football',
  'basketball',
  'monthly',
  'review',
  'express',
  'mirror',
  'telegraph',
  'guardian',
  'observer',
  'international',
  'union',
  'couture',
  'holdings',
  'limited',
  'ltd',
  'herald',
  'gazette',
  'tribune',
  'chronicle',
]);
/** words that start no name part but sit capitalised inside titles ("Jamie And His Magic Torch") */
const TITLE_WORD = /^(?:And|Of|The|His|Her|My|Me|Your|In|On|A|An|To|For|With|Is|Are|Was|I|I'm|I've|We're)$/;
const PLURAL_NOUN = (w: string) => /[a-z]{3,}s$/.test(w) && !isFirstName(w) && !isLastName(w);

/** "Dead Man's Shoes" -> "Shoes": a possessive capitalised word right before a one-word name */
const POSSESSIVE_CAP_BEFORE = /(?:^|[^\w])[A-Z][\w-]*['’]s?\s+$/;
/** "Freddy Vs Jason": a versus inside the name is a title */
const VERSUS = /^(?:Vs\.?|Versus)$/i;
/** "X said it would", "X announced its": a firm speaks of itself as "it" */
const SAID_IT = /^\s+(?:has\s+|had\s+)?(?:said|says|announced|confirmed|added|insisted|denied|stated|admitted)\s+(?:it|its)\b/;
/** "X, which": a thing; people take "who" */
const WHICH_AFTER = /^,\s+which\b/;
/** "X's shares", "X Ltd": business words after a name */
const BUSINESS_AFTER =
  /^(?:['’]s?)?\s+(?:shares|share price|stock|profits?|revenues?|sales|stores|shops|outlets|customers|products|parent company|subsidiary|ltd|limited|inc|llc|corp|plc|group|holdings|international|couture)\b/i;
/** "Gatsby-style", "Bond-esque": a suffix glued on a name makes it a modifier */
const STYLE_SUFFIX = /-(?:style|styled|esque|inspired|themed|type|like|based|branded)$/i;
const FASHION_NOUN =
  'coats?|gowns?|dress|dresses|suits?|jackets?|frocks?|tuxedos?|shoes|heels|boots|bags?|handbags?|skirts?|jumpsuits?|blazers?|trousers|outfits?|ensembles?|sunglasses|creations?|designs?|collections?|couture|lingerie|swimsuit|bikini|shirt|t-shirt|knitwear';
const FASHION_AFTER = new RegExp(`^\\s+(?:${FASHION_NOUN})\\b`);
const WEARING_BEFORE = /\b(?:wearing|wore|wears|dressed in|dressed head to toe in|clad in|donned|donning|sporting|modelling|modeling)\s+$/i;
const BY_FASHION_BEFORE = new RegExp(`\\b(?:${FASHION_NOUN}|designed|made|created|tailored)\\b[^.]{0,30}\\bby\\s+$`, 'i');
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozens?)(?:-[a-z]+)?$/i;
/** the cues that say a mention is a person: a fashion cue counts only when none of these fires for the name */
const PERSON_MENTION = (o: Occurrence) =>
  ROLE_BEFORE.test(o.before) ||
  KIN_BEFORE.test(o.before) ||
  KIN_OF.test(o.after) ||
  ROLE_APPOSITION.test(o.after) ||
  AGE.test(o.after) ||
  SAID.test(o.after);
const FASHION_MENTION = (o: Occurrence) => WEARING_BEFORE.test(o.before) || FASHION_AFTER.test(o.after) || BY_FASHION_BEFORE.test(o.before);
const ONE_WORD = (p: PersonFacts) => !p.name.includes(' ');

export const CUE_RULES: CueRule[] = [
  // for a person
  {
    id: 'cue/role-before',
    weight: 0.3,
    why: '"actress X", "his lawyer X": a role or kin word right before a name',
    mention: (o) => ROLE_BEFORE.test(o.before),
  },
  {
    id: 'cue/kin-before',
    weight: 0.3,
    why: '"his wife X", "her son X": kin of a person are people',
    mention: (o) => KIN_BEFORE.test(o.before),
  },
  {
    id: 'cue/kin-of',
    weight: 0.3,
    why: '"X\'s husband": only people have husbands, mothers and sons',
    mention: (o) => KIN_OF.test(o.after),
  },
  { id: 'cue/role-apposition', weight: 0.3, why: '"X, her agent,": a role in apposition', mention: (o) => ROLE_APPOSITION.test(o.after) },
  { id: 'cue/age', weight: 0.3, why: '"X, 35,": an age apposition', mention: (o) => AGE.test(o.after) },
  {
    id: 'cue/said',
    weight: 0.15,
    why: '"X said", "X told": speech verbs (firms speak too, so less than a role)',
    mention: (o) => SAID.test(o.after),
  },
  { id: 'cue/surname-alone', weight: 0.2, why: 'named again by the surname alone ("Witherspoon said")', person: (p) => p.surnameAlone > 0 },
  { id: 'cue/gender-from-text', weight: 0.1, why: 'the text gave a gender ("actress", "wife")', person: (p) => p.genderCued },
  { id: 'cue/pronoun', weight: 0.1, why: 'she or he resolved to the name with no rival in reach', person: (p) => p.pronouns > 0 },
  { id: 'cue/related', weight: 0.2, why: 'in a relation or an event the extractor found', person: (p) => p.related },
  { id: 'cue/speaker', weight: 0.1, why: 'the speaker of a quote', person: (p) => p.speaker },
  // a work or a character
  {
    id: 'work/title-before',
    weight: -0.45,
    why: '"the film X", "starred in X": a title',
    mention: (o) => WORK_BEFORE.test(o.before) && !POSSESSIVE.test(o.after),
  },
  { id: 'work/title-after', weight: -0.45, why: '"X star Emma Watson", "X sequel": a work', mention: (o) => WORK_AFTER.test(o.after) },
  {
    id: 'work/character',
    weight: -0.45,
    why: '"plays X", "cast as X", "the character X": a role',
    mention: (o) => CHARACTER_BEFORE.test(o.before),
  },
  {
    id: 'thing/indefinite',
    weight: -0.3,
    why: '"a Louis Vuitton runway show", "a Spike Lee joint": a name after a/an modifies a thing',
    mention: (o) => INDEFINITE_BEFORE.test(o.before),
  },
  {
    id: 'work/franchise-after',
    weight: -0.3,
    why: '"the Harry Potter films", "a Louis Vuitton store": a franchise or a brand, when "the" or "a" comes first',
    mention: (o) => /\b(?:the|a|an)\s+$/i.test(o.before) && FRANCHISE_AFTER.test(o.after),
  },
  { id: 'work/and-the', weight: -0.25, why: '"X and the Y", "X of the Y": a title', mention: (o) => AND_THE_AFTER.test(o.after) },
  {
    id: 'place/preposition',
    weight: -0.25,
    why: '"in X", "at X", "near X": places and works, rarely people',
    mention: (o) => IN_BEFORE.test(o.before) && !POSSESSIVE.test(o.after),
  },
  {
    id: 'thing/apposition',
    weight: -0.5,
    why: '"X, the band", "X, a theme park in Kent": the text says what kind of thing it is',
    mention: (o) => THING_APPOSITION.test(o.after),
  },
  // a band or group
  {
    id: 'group/word-before',
    weight: -0.5,
    why: '"the band X", "frontman of X", "supporting X": a group',
    mention: (o) => GROUP_BEFORE.test(o.before),
  },
  { id: 'group/word-after', weight: -0.5, why: '"X frontman", "X bandmates": a group', mention: (o) => GROUP_AFTER.test(o.after) },
  {
    id: 'group/plural-verb',
    weight: -0.2,
    why: '"X were", "X have": a plural subject, when not one of a list',
    mention: (o) => PLURAL_VERB_AFTER.test(o.after) && !COORDINATED_BEFORE.test(o.before),
  },
  {
    id: 'group/plural-noun',
    weight: -0.15,
    why: 'one word, a plural of no known name ("Ladbrokes"); not for full names, where -s surnames abound (Hanks, Spears)',
    person: (p) => !p.name.includes(' ') && PLURAL_NOUN(p.name),
  },
  {
    id: 'thing/tail-word',
    weight: -0.5,
    why: '"Blair Witch Project", "Alton Towers", "Film Council": a last word that names a thing',
    person: (p) => p.name.includes(' ') && THING_TAIL.has(p.name.split(' ').pop()!.toLowerCase()),
  },
  {
    id: 'work/title-words',
    weight: -0.5,
    why: '"Jamie And His Magic Torch", "Scott Seduced Me": function words capitalised inside a name are a title',
    person: (p) =>
      p.name
        .split(' ')
        .slice(1)
        .some((w) => TITLE_WORD.test(w)),
  },
  {
    id: 'shape/contraction',
    weight: -0.6,
    why: '"I\'ve", "We\'re": a capitalised contraction, not a name',
    person: (p) => /['’](?:ve|re|m|ll|d)\b/.test(p.name),
  },
  {
    id: 'thing/the-one-word',
    weight: -0.3,
    why: '"the Police", "the Streets": one word after "the" is a band, a title or a role',
    person: (p) => !p.name.includes(' ') && p.occurrences.some((o) => /\b[Tt]he\s+$/.test(o.before)),
  },
  // round 2 of the gate (issue 9): titles, firms, labels and words that only look like names
  {
    id: 'work/possessive-fragment',
    weight: -0.5,
    why: '"Dead Man\'s Shoes" gives "Shoes": a one-word name right after a capitalised possessive is the tail of a title',
    person: (p) => ONE_WORD(p) && p.occurrences.length > 0 && p.occurrences.every((o) => POSSESSIVE_CAP_BEFORE.test(o.before)),
  },
  {
    id: 'work/versus',
    weight: -0.5,
    why: '"Freddy Vs Jason": a versus inside a name makes it a title',
    person: (p) =>
      p.name
        .split(' ')
        .slice(1)
        .some((w) => VERSUS.test(w)),
  },
  {
    id: 'org/said-it',
    weight: -0.5,
    why: '"X said it would", "X announced its": a firm speaks of itself as "it"',
    mention: (o) => SAID_IT.test(o.after),
  },
  { id: 'org/which', weight: -0.3, why: '"X, which": a thing; people take "who"', mention: (o) => WHICH_AFTER.test(o.after) },
  {
    id: 'org/business-after',
    weight: -0.5,
    why: '"X\'s shares", "X Ltd", "X International": business words after the name',
    mention: (o) => BUSINESS_AFTER.test(o.after),
  },
  {
    id: 'thing/style-suffix',
    weight: -0.5,
    why: '"Gatsby-style", "Bond-esque": a suffix glued on the name makes it a modifier',
    person: (p) => p.name.split(' ').some((w) => STYLE_SUFFIX.test(w)),
  },
  {
    id: 'brand/fashion',
    weight: -0.45,
    why: '"a X coat", "wearing X", "a gown by X": a designer\'s name used as a label, when no mention of it has a person cue',
    person: (p) => p.occurrences.some(FASHION_MENTION) && !p.occurrences.some(PERSON_MENTION) && !p.related && !p.speaker && !p.genderCued,
  },
  {
    id: 'shape/common-word',
    weight: -0.4,
    why: '"Police", "Everybody", "Unfortunately": one word the lexicon knows as a common word, capitalised at a sentence start',
    person: (p) => ONE_WORD(p) && isCommonWord(p.name) && !isFirstName(p.name) && !isLastName(p.name),
  },
  {
    id: 'place/known-place',
    weight: -0.4,
    why: '"Britain", "Manchester": one word the lexicon knows as a place (not a given name such as Chelsea)',
    person: (p) => ONE_WORD(p) && isPlace(p.name) && !isFirstName(p.name),
  },
  {
    id: 'shape/number-word',
    weight: -0.6,
    why: '"Twenty-seven British": a name that starts with a number word is a count',
    person: (p) => NUMBER_WORD.test(p.name.split(' ')[0]),
  },
  // a company, publication, show or place
  {
    id: 'org/word-before',
    weight: -0.5,
    why: '"bookmakers X", "the studio X", "a spokesman for X"',
    mention: (o) => ORG_BEFORE.test(o.before),
  },
  { id: 'org/word-after', weight: -0.5, why: '"X spokesman", "X bosses", "X magazine"', mention: (o) => ORG_AFTER.test(o.after) },
  {
    id: 'place/word-after',
    weight: -0.45,
    why: '"X festival", "X theme park": a place or an event',
    mention: (o) => PLACE_AFTER.test(o.after),
  },
  { id: 'show/word-after', weight: -0.4, why: '"X show", "X viewers": a programme', mention: (o) => SHOW_AFTER.test(o.after) },
];

export interface PersonScore {
  confidence: number;
  rules: string[];
}

/** The prior of the name's shape plus the weight of every cue that fires, clamped to 0..1, two decimals. */
export function scorePerson(p: PersonFacts): PersonScore {
  const words = p.name.split(/\s+/);
  const shape = SHAPE_RULES.find((r) => r.test(words))!;
  const fired = CUE_RULES.filter((r) => (r.person?.(p) ?? false) || (r.mention ? p.occurrences.some((o) => r.mention!(o)) : false));
  const sum = fired.reduce((acc, r) => acc + r.weight, shape.base);
  return { confidence: Math.round(Math.min(1, Math.max(0, sum)) * 100) / 100, rules: [shape.id, ...fired.map((r) => r.id)] };
}
