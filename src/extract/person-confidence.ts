/**
 * How sure the extractor is that a name it found is a person, not a work, a character, a band, a company or a place.
 * A name starts from a prior set by its shape (SHAPE_RULES, the first that fits) and each cue rule that fires on
 * any of its mentions (or on the person) adds its weight once; the sum is clamped to 0..1. Cue weights are set on the
 * labelled sets (eval/labels, `people written` in scripts/evaluate-extraction.ts), never on the blind sample.
 */
import { ROLE_WORDS, isFirstName, isLastName } from './lexicon';

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
    base: 0.65,
    why: 'one word (a stage name), found only with a person cue somewhere: it needs a further cue here to count',
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
const SAID = /^(?:['’]s)?,?\s+(?:said|says|told|added|explained|revealed|admitted|recalled|tweeted|wrote|posted|insisted|joked)\b/;
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
]);
/** words that start no name part but sit capitalised inside titles ("Jamie And His Magic Torch") */
const TITLE_WORD = /^(?:And|Of|The|His|Her|My|Me|Your|In|On|A|An|To|For|With|Is|Are|Was|I|I'm|I've|We're)$/;
const PLURAL_NOUN = (w: string) => /[a-z]{3,}s$/.test(w) && !isFirstName(w) && !isLastName(w);

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
