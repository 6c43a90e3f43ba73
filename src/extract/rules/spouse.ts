/** Spouse rules: one pattern each, under the id that Evidence.rule and rule-confidence.json know it by. */
import {
  CHILD_WITH_SPOUSE,
  GAP,
  HAVE_CHILDREN_WITH,
  HYPO,
  QUESTION,
  R,
  ROLE_W,
  SHARES_CHILD_WITH,
  SPOUSE_ADJ,
  SPOUSE_W,
  WHO_SHARES_CHILD,
  ids,
  rx,
} from './patterns';
import { RelationRule, STRENGTH, relationRule } from './types';

const pair = (m: RegExpMatchArray, a = 1, b = 2) => ({ a: ids(m[a]), b: ids(m[b]) });
/** the text before the match's end: what a hedge must not sit in */
const upTo = (m: RegExpMatchArray, end = m.index! + m[0].length) => m.input!.slice(0, end);

export const SPOUSE_RULES: RelationRule[] = [
  relationRule({
    id: 'spouse/possessive-kin',
    kind: 'SPOUSE',
    pattern: rx(`${R}'s ${SPOUSE_ADJ}(?:${ROLE_W} )?${SPOUSE_W}${GAP}${R}`),
    sides: (m) => pair(m),
    strength: STRENGTH.EXPLICIT,
    yes: ["Mira Holloway's husband, actor Daniel Okafor, joined her."],
    no: ["Mira Holloway's friend, actor Daniel Okafor, joined her."],
  }),
  relationRule({
    id: 'spouse/possessive-apposition',
    kind: 'SPOUSE',
    pattern: rx(`${R}'s (?:[a-z-]+ ){1,4}?[a-z-]+, ${SPOUSE_ADJ}${SPOUSE_W} ${R}(?!'s)`),
    sides: (m) => pair(m),
    strength: STRENGTH.LOOSE,
    yes: ["Mira Holloway skipped the gala with Lena Petrova's usual award show date, husband Daniel Okafor."],
    no: ["Mira Holloway skipped the gala with Lena Petrova's usual award show date, agent Daniel Okafor."],
  }),
  relationRule({
    id: 'spouse/anniversary-with',
    kind: 'SPOUSE',
    pattern: rx(
      `${R}(?:'s)? (?:[^⟦.;«]{0,50}? )?(?:wedding anniversary|marriage anniversary|years of (?:wedded bliss|marriage)|years married) (?:together )?(?:with|to) ${R}(?!'s)`,
    ),
    sides: (m) => pair(m),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway celebrated nine years of wedded bliss with Daniel Okafor on Sunday.'],
    no: ['Mira Holloway celebrated nine years of friendship with Daniel Okafor on Sunday.'],
  }),
  relationRule({
    id: 'spouse/apposed-possessive',
    kind: 'SPOUSE',
    pattern: rx(
      `${R}(?:,| -| —| –|(?= ⟦\\d+⟧'s \\w+ of [\\w-]+ years)) ${R}'s ${SPOUSE_ADJ}(?:eventual |future )?${SPOUSE_ADJ}${SPOUSE_W}\\b(?! ${R})`,
    ),
    sides: (m) => pair(m, 2, 1),
    strength: STRENGTH.STATED,
    yes: ["The premiere drew Daniel Okafor, Mira Holloway's husband, to London."],
    no: ["The premiere drew Daniel Okafor, Mira Holloway's manager, to London."],
  }),
  relationRule({
    id: 'spouse/couple-were-married',
    kind: 'SPOUSE',
    pattern: rx(
      `⟦(\\d+)\\+(\\d+)⟧ (?:were|had been|have been|got|are) (?:still |once |previously |happily |first |legally )?(?:married|wed)\\b(?! (?:to|in a|for the))`,
    ),
    sides: (m) =>
      !HYPO.test(upTo(m)) && !/\b(?:before|until|till|once|if|when|whether|unless)\s+$/i.test(upTo(m, m.index))
        ? { a: [Number(m[1])], b: [Number(m[2])] }
        : undefined,
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway and Daniel Okafor met in Rome. The couple were married in Paris.'],
    no: ['Mira Holloway and Daniel Okafor met in Rome. Friends wonder if the couple were married in Paris.'],
  }),
  relationRule({
    id: 'spouse/and-spouse-word',
    kind: 'SPOUSE',
    pattern: rx(`${R},? and ${SPOUSE_ADJ}${SPOUSE_W}${GAP}${R}`),
    sides: (m) => pair(m),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway and husband Daniel Okafor arrived early.'],
    no: ['Mira Holloway and manager Daniel Okafor arrived early.'],
  }),
  relationRule({
    id: 'spouse/with-spouse-word',
    kind: 'SPOUSE',
    // "X, who is expecting twins with husband Y", "X (…) with wife Y": only X = the sentence subject (first single
    // mention, couples skipped) and only if every mention before "with" is X again; "twin sons, Sasha and Tristan, 2, with
    // wife Elsa" gives nothing
    pattern: rx(` (?:with|that|as|while|when) ${SPOUSE_ADJ}${SPOUSE_W}${GAP}${R}`),
    first: true,
    sides: (m) => {
      const t = m.input!;
      if (/[.;]/.test(t.slice(0, m.index))) return undefined;
      const head = [...t.slice(0, m.index).matchAll(/⟦([\d+]+)⟧('s)?/g)];
      const before = head.map((x) => x[1]).filter((x) => !x.includes('+'));
      if (!before.length || head[0][2] || before.some((x) => x !== before[0])) return undefined;
      return { a: ids(before[0]), b: ids(m[1]) };
    },
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway, who is expecting twins with husband Daniel Okafor, smiled.'],
    no: ['Mira Holloway, who is expecting twins with producer Daniel Okafor, smiled.'],
  }),
  relationRule({
    id: 'spouse/married-verb',
    kind: 'SPOUSE',
    pattern: rx(
      `${R}(?:[^⟦.;]{0,40}?)\\b(?:married|wed|wedded|tied the knot with|divorced|divorce from|marriage to|marriage with|wedding to|split from|separated from)\\s(?:to )?(?:a (?:woman|man) named )?(?:(?:to|actress|actor|singer|[\\w/-]+|[a-z]+s') ){0,4}${R}(?!'s)`,
    ),
    sides: (m) => {
      const verb = m[0].match(/married|wed|tied|divorce|marriage|wedding|split/)![0];
      const before = upTo(m, m.index! + m[0].indexOf(verb));
      return !HYPO.test(before.slice(-45)) && !QUESTION.test(m.input!) ? pair(m) : undefined;
    },
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway married Daniel Okafor in 2015.'],
    no: ['Mira Holloway is rumored to have married Daniel Okafor in 2015.'],
  }),
  relationRule({
    id: 'spouse/married-later-to',
    kind: 'SPOUSE',
    pattern: rx(
      `${R}(?!'s)(?: [a-z]+){0,3} (?:got |was |were )?married (?:[a-z0-9]+ ){1,6}?to (?:(?:${ROLE_W}|television|tv|fellow|[a-z]+-[a-z]+) ){0,2}${R}(?!'s)`,
    ),
    sides: (m) => (!HYPO.test(upTo(m, m.index! + m[0].indexOf('married'))) && !QUESTION.test(m.input!) ? pair(m) : undefined),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway got married for the last time in 1963 to television host Daniel Okafor.'],
    no: ['Mira Holloway got married for the last time in 1963 to television host Daniel Okafor?'],
  }),
  relationRule({
    id: 'spouse/pair-married',
    kind: 'SPOUSE',
    pattern: rx(
      `${R} and (?:${ROLE_W} )?${R}(?:,?(?: who)? (?:[a-z]+ ){0,3}?(?:married|wed|tied the knot|divorced|filed for divorce)|'s (?:[a-z]+ ){0,2}?(?:wedding|divorce|marriage))\\b(?! (?:rings?|dress|planner|band|rumou?rs?)\\b)`,
    ),
    sides: (m) => (!HYPO.test(upTo(m)) && !QUESTION.test(m.input!) ? pair(m) : undefined),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway and Daniel Okafor tied the knot in Paris.'],
    no: ["Mira Holloway and Daniel Okafor's wedding planner spoke to reporters."],
  }),
  relationRule({
    id: 'spouse/who-was-married-has-been',
    kind: 'SPOUSE',
    // "X, who was married to Y for five years, has been married to Z": X = Z too
    pattern: rx(
      `${R}, who (?:was|had been) (?:previously )?married to [^⟦]*⟦\\d+⟧[^⟦.;]*?, (?:has been|is|was|got) (?:[a-z]+ )?married (?:to )?(?:${ROLE_W} ){0,2}${R}(?!'s)`,
    ),
    sides: (m) => pair(m),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway, who was married to Paul Brennan for five years, has been married to Daniel Okafor since 2012.'],
    no: ['Mira Holloway, who was married to Paul Brennan for five years, has been friends with Daniel Okafor since 2012.'],
  }),
  relationRule({
    id: 'spouse/became-spouse',
    kind: 'SPOUSE',
    pattern: rx(`${R} became ${R}'s (?:\\w+ )?${SPOUSE_W}`),
    sides: (m) => pair(m, 2, 1),
    strength: STRENGTH.STATED,
    yes: ["In 1990 Daniel Okafor became Mira Holloway's third husband."],
    no: ["In 1990 Daniel Okafor became Mira Holloway's third manager."],
  }),
  relationRule({
    id: 'spouse/spouse-of',
    kind: 'SPOUSE',
    pattern: rx(`${R},? (?:the )?(?:late |future |former )?(?:husband|wife|widow|widower) of ${R}(?!'s)`),
    sides: (m) => pair(m),
    strength: STRENGTH.STATED,
    yes: ['The award went to Daniel Okafor, the husband of Mira Holloway.'],
    no: ['The award went to Daniel Okafor, the agent of Mira Holloway.'],
  }),
  relationRule({
    id: 'spouse/whose-spouse',
    kind: 'SPOUSE',
    pattern: rx(`${R},? whose ${SPOUSE_ADJ}${SPOUSE_W}${GAP}${R}`),
    sides: (m) => pair(m),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway, whose husband Daniel Okafor directed the film, spoke first.'],
    no: ['Mira Holloway, whose agent Daniel Okafor directed the film, spoke first.'],
  }),
  relationRule({
    id: 'spouse/shares-child-with',
    kind: 'SPOUSE',
    // with parent/shares-child-with: a spouse word, not a boyfriend, names the other parent
    pattern: SHARES_CHILD_WITH,
    sides: (m) => (m[3] && !/boy|girl|partner|^ex $/.test(m[3]) ? pair(m, 2, 4) : undefined),
    strength: STRENGTH.STATED,
    yes: ['She adores her daughter Elsa Okafor, who Mira Holloway shares with husband Daniel Okafor.'],
    no: ['She adores her daughter Elsa Okafor, who Mira Holloway shares with boyfriend Daniel Okafor.'],
  }),
  relationRule({
    id: 'spouse/participle-divorce',
    kind: 'SPOUSE',
    // "After filing for divorce from Y in 2016, X retreated": the participle's subject is the main clause's
    pattern: rx(
      `^(?:After|Since|Following|Before|Months after|Weeks after|Days after) (?:filing|having filed) for divorce from ${R}[^⟦.;]*?, ${R}(?!'s)`,
    ),
    sides: (m) => pair(m, 2, 1),
    strength: STRENGTH.STATED,
    yes: ['After filing for divorce from Daniel Okafor in 2016, Mira Holloway moved to Lisbon.'],
    no: ['After filing a lawsuit against Daniel Okafor in 2016, Mira Holloway moved to Lisbon.'],
  }),
  relationRule({
    id: 'spouse/married-before-list',
    kind: 'SPOUSE',
    // "Married twice before, to A and B, X said": every listed name is X's (former) spouse
    pattern: rx(
      `^(?:Previously |Once )?(?:[Mm]arried|[Ww]ed) (?:[a-z]+ ){0,2}?to ${R}(?:(?:,| and|, and) ${R})?(?:(?:,| and|, and) ${R})?, ${R}(?!'s)`,
    ),
    sides: (m) => [m[1], m[2], m[3]].filter((k) => k).map((k) => ({ a: ids(m[4]), b: ids(k) })),
    strength: STRENGTH.STATED,
    yes: ['Married twice before to Paul Brennan and Daniel Okafor, Mira Holloway said she was done.'],
    no: ['Friends twice before with Paul Brennan and Daniel Okafor, Mira Holloway said she was done.'],
  }),
  relationRule({
    id: 'spouse/child-with-spouse',
    kind: 'SPOUSE',
    // with parent/child-with-spouse: "Hazel, her 2-year-old daughter with husband John": the child's parents, married
    pattern: CHILD_WITH_SPOUSE,
    sides: (m) => pair(m, 2, 3),
    strength: STRENGTH.STATED,
    yes: ["The party was for Elsa Okafor, Mira Holloway's 2-year-old daughter with husband Daniel Okafor."],
    no: ["The party was for Elsa Okafor, Mira Holloway's 2-year-old daughter with producer Daniel Okafor."],
  }),
  relationRule({
    id: 'spouse/have-children-with',
    kind: 'SPOUSE',
    // with parent/have-children-with: only a spouse word makes the other parent a spouse
    pattern: HAVE_CHILDREN_WITH,
    sides: (m) => (m[2] && /husband|wife|widow|spouse|hubby|wifey/.test(m[2]) ? pair(m, 1, 3) : undefined),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway has two children with husband Daniel Okafor: Elsa Okafor and Jonah Okafor.'],
    no: ['Mira Holloway has two children with partner Daniel Okafor: Elsa Okafor and Jonah Okafor.'],
  }),
  relationRule({
    id: 'spouse/who-shares-child',
    kind: 'SPOUSE',
    // with parent/who-shares-child
    pattern: WHO_SHARES_CHILD,
    sides: (m) => (m[3] && /husband|wife|widow|spouse/.test(m[3]) ? pair(m, 1, 4) : undefined),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway, who shares a 10-year-old son Jonah Okafor with husband Daniel Okafor, smiled.'],
    no: ['Mira Holloway, who shares a 10-year-old son Jonah Okafor with former fiancé Daniel Okafor, smiled.'],
  }),
];
