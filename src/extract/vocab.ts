/**
 * The extractor's word lists, each written once: a list copied into two rules drifts (issue 11 found "strangled" in one
 * death regex and not the other). Where a rule needs a few more words than the shared list, it appends them to the list
 * here by name, so the shared part cannot drift. Lists are regex alternations (`a|b|c`); join them with `alt`.
 */

/** `a|b|c` from lists of alternatives, in order (earlier alternatives are tried first). */
export const alt = (...lists: (readonly string[])[]): string => lists.flat().join('|');

/** Full month names, capitalised as written. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Verbs of saying after a name ("Quillon said", "…, Voss wrote"): the name is a speaker, so a person. */
export const SPEECH_VERBS = [
  'said',
  'says',
  'wrote',
  'writes',
  'told',
  'added',
  'revealed',
  'explained',
  'tweeted',
  'posted',
  'captioned',
  'shared',
];
/** more speech verbs: speakers of quotes, and names that end a child list */
/** speech verbs of a speaker telling something of their own ("Voss admitted"): person cues as strong as "said" */
export const AVOWAL_VERBS = ['joked', 'admitted', 'recalled', 'insisted'];
export const MORE_SPEECH_VERBS = [...AVOWAL_VERBS, 'noted', 'adds', 'tells', 'continued', 'declared'];
/** what else after a one-word name shows a performer ("Seal sang") */
export const PERFORMING_VERBS = ['cheered', 'sang', 'performed'];

/** Words that make a sentence's statement hypothetical, denied or hearsay: its relations and events are not facts. */
export const HEDGES = [
  'not',
  'never',
  "n't",
  'will',
  'would',
  'could',
  'might',
  'plan\\w*',
  'want\\w*',
  'hope\\w*',
  'to get',
  'rumou?r\\w*',
  'engaged',
  'whether',
  'if',
  'speculat\\w*',
];
/** hedges only the relation rules use (a wedding "may" happen, someone "claims" a marriage) */
export const RELATION_HEDGES = ['may', 'should', 'wish\\w*', 'convinced', 'claim\\w*', 'secretly'];
/** hedges only the event rules use */
export const EVENT_HEDGES = ['upcoming', 'fake', 'false'];

/** Child nouns ("her son", "their twin daughters", "a baby girl"). */
export const CHILD_NOUNS = [
  'sons?',
  'daughters?',
  'children',
  'child',
  'kids?',
  'twins?',
  'twin (?:sons|daughters|boys|girls)',
  'baby(?: girl| boy)?',
  'newborn',
  'little (?:girl|boy|one)',
];
/** the child nouns that end a child list: "boy", "girl" (after the step-children where those are read) */
export const CHILD_NOUNS_LAST = ['boy', 'girl'];
/** step-children: kin words for name discovery, not for parent relations */
export const STEP_CHILD_NOUNS = ['stepdaughter', 'stepson'];

/** Spouse nouns ("his wife", "her late husband"). */
export const SPOUSE_NOUNS = ['husband', 'wife', 'ex-husband', 'ex-wife', 'widow', 'widower', 'spouse', 'hubby', 'wifey'];
/** Parent nouns ("her mother", "his dad"). */
export const PARENT_NOUNS = ['mother', 'father', 'mom', 'mum', 'dad', 'mama', 'papa'];
/** Role nouns that may stand between a kin word and the name ("her husband, actor Y", "married to singer Y"). */
export const KIN_ROLE_NOUNS = [
  'actor',
  'actress',
  'singer',
  'rapper',
  'co-star',
  'costar',
  'model',
  'director',
  'producer',
  'musician',
  'comedian',
  'host',
  'television host',
  'TV host',
];

/** Violent deaths: "was strangled to death", "shot and stabbed to death". */
export const KILLING_VERBS = ['shot', 'stabbed', 'beaten', 'strangled', 'bludgeoned'];
/** regex source: "<killing verb>( and <killing verb>)? to death" */
export const KILLED_TO_DEATH = `(?:${alt(KILLING_VERBS)})(?: and (?:${alt(KILLING_VERBS)}))? to death`;

/** Capitalised words that open a sentence or a phrase and are never a name ("The", "Her", "When"). */
export const NON_NAMES = [
  'The',
  'A',
  'An',
  'Her',
  'His',
  'Their',
  'Our',
  'My',
  'They',
  'He',
  'She',
  'We',
  'I',
  'It',
  'This',
  'That',
  'These',
  'Those',
  'In',
  'On',
  'At',
  'But',
  'And',
  'Or',
  'So',
  'As',
  'When',
  'While',
  'After',
  'Before',
  'Who',
  'What',
  'Which',
];
/** honorifics that are never a name on their own (kin lists stop at "Mr") */
export const NON_NAME_HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Dr'];
/** more words a one-word stage name can never be (exclamations, "Little", "Baby") */
export const NON_MONONYMS = [
  'Why',
  'How',
  'Where',
  'Meanwhile',
  'Also',
  'Both',
  'Congrats',
  'Congratulations',
  'Thanks',
  'Yes',
  'No',
  'Oh',
  'OMG',
  'Dear',
  'Happy',
  'Little',
  'Baby',
];
