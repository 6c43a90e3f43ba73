/** Parent/child rules: one pattern each; sides are a = the parents, b = the children. */
import {
  ADJ,
  ADJ_TAIL,
  CHILD,
  CHILD_WITH_SPOUSE,
  HAVE_CHILDREN_WITH,
  LIST,
  R,
  ROLE_W,
  SHARES_CHILD_WITH,
  SPOUSE_ADJ,
  SPOUSE_W,
  WHO_SHARES_CHILD,
  ids,
  listIds,
  rx,
} from './patterns';
import { RelationRule, STRENGTH, SentenceContext, relationRule } from './types';

/** an optional group's ids ([] when it did not take part) */
const opt = (g: string | undefined) => (g ? ids(g) : []);

/** "X and Y (also) have a daughter, Z", "the couple share son Z" (groups: X, Y, the list); read by two rules */
const HAVE_CHILD = rx(
  `${R}(?: and (?:⟦\\d+⟧'s (?:wife|husband),? )?${R})?,? (?:who )?(?:also |already |both )?(?:(?:have|has|share|shares|had|welcomed|adopted) (?:together )?(?:a |an |their |two |three |four |five |six |\\w+ )?${ADJ}${CHILD}|(?:welcomed|adopted)|are (?:the )?(?:proud )?parents (?:to|of)|(?:is|was) (?:also |already )?(?:the |a )?(?:proud )?(?:mom|mother|dad|father|mum|mama|papa) (?:of|to))(?: together)?[,:—]? ?${LIST}`,
);
/** after HAVE_CHILD: "... son Z with (ex-husband) W": W is the other parent */
const WITH_OTHER = new RegExp(`^,? with (?:${SPOUSE_ADJ}(?:${SPOUSE_W}|ex|boyfriend|girlfriend|partner) )?(?:[a-z]+ )?${R}`);
/** what may continue a child list after a clause: "…, and adopted children B and C" */
const LIST_GOES_ON = rx(
  `[,;] (?:and|then) (?:also )?(?:the )?(?:(?:adopted|two|three|four|five|[\\w]+-year-old|twin|younger|older) )*${CHILD},? ${LIST}`,
);

/** the sentence's one set of parents (at most two, none of them a child of the others), or nothing */
function oneSetOfParents(ctx: SentenceContext) {
  const ps = ctx.found.filter((f) => f.kind === 'PARENT');
  if (!ps.length) return undefined;
  const parents = [...new Set(ps.map((f) => f.a))];
  const kids = new Set(ps.map((f) => f.b));
  if (ps.some((f) => parents.length > 2 || kids.has(f.a))) return undefined;
  return { parents, kids };
}

export const PARENT_RULES: RelationRule[] = [
  relationRule({
    id: 'parent/participle-with-children',
    kind: 'PARENT',
    // "After spending the weekend with daughters A and B, X and his wife …": the participle's subject is the parent
    pattern: rx(
      `^(?:After|While|Before|Since) [a-z]+ing (?:[a-z]+ ){0,4}?with (?:their |his |her )?${ADJ}${CHILD},? ${LIST}, ${R}(?!'s)(?: and ${R}(?!'s))?`,
    ),
    sides: (m) => ({ a: [...ids(m[2]), ...opt(m[3])], b: listIds(m[1]) }),
    strength: STRENGTH.LOOSE,
    yes: ['After spending the weekend with daughters Elsa Okafor and Ruth Okafor, Mira Holloway flew home.'],
    no: ['After spending the weekend with friends Elsa Okafor and Ruth Okafor, Mira Holloway flew home.'],
  }),
  relationRule({
    id: 'parent/shares-child-with',
    kind: 'PARENT',
    pattern: SHARES_CHILD_WITH,
    sides: (m) => ({ a: [...ids(m[2]), ...ids(m[4])], b: ids(m[1]) }),
    strength: STRENGTH.STATED,
    yes: ['She adores her daughter Elsa Okafor, who Mira Holloway shares with husband Daniel Okafor.'],
    no: ['She adores her friend Elsa Okafor, who Mira Holloway met with husband Daniel Okafor.'],
  }),
  relationRule({
    id: 'parent/child-with-spouse',
    kind: 'PARENT',
    pattern: CHILD_WITH_SPOUSE,
    sides: (m) => ({ a: [...ids(m[2]), ...ids(m[3])], b: ids(m[1]) }),
    strength: STRENGTH.STATED,
    yes: ["The party was for Elsa Okafor, Mira Holloway's 2-year-old daughter with husband Daniel Okafor."],
    no: ["The party was for Elsa Okafor, Mira Holloway's 2-year-old friend with husband Daniel Okafor."],
  }),
  relationRule({
    id: 'parent/have-children-with',
    kind: 'PARENT',
    pattern: HAVE_CHILDREN_WITH,
    sides: (m) => ({ a: [...ids(m[1]), ...ids(m[3])], b: listIds(m[4]) }),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway has two children with partner Daniel Okafor: Elsa Okafor and Jonah Okafor.'],
    no: ['Mira Holloway has two films with partner Daniel Okafor: Elsa Okafor and Jonah Okafor.'],
  }),
  relationRule({
    id: 'parent/bare-kin-word',
    kind: 'PARENT',
    // "X politely answered a question about daughter Y", "X arrived with son Y": a bare kin word takes the subject as
    // parent (not "X arrived with her son Y": that son is someone else's until coref says whose)
    pattern: rx(
      `^(?:[A-Z][a-z]+,? )?${R}(?!'s) (?:[^⟦.;«]{0,70}? )?(?:with|and|about|alongside|beside|by) ${ADJ}(?:sons?|daughters?|twins|kids|children),? ${LIST}`,
    ),
    sides: (m) => {
      const t = m.input!;
      const lead = t.slice(0, m.index! + m[0].search(/(?:sons?|daughters?|twins|kids|children),? ⟦/)).replace(ADJ_TAIL, '');
      return /\b(?:her|his|their|whose|the|a|an)\s+$/.test(lead) ? undefined : { a: ids(m[1]), b: listIds(m[2]) };
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway arrived with son Jonah Okafor.'],
    no: ['Mira Holloway arrived with the son Jonah Okafor.'],
  }),
  relationRule({
    id: 'parent/parent-of',
    kind: 'PARENT',
    pattern: rx(
      `${R}(?!'s),? (?:the |a )?(?:proud )?(?:mother|father|mum|mom|dad) of (?:${ROLE_W} |[a-z]+-[a-z]+ ){0,2}${R}(?!'s)(?: and ${R}(?!'s))?`,
    ),
    sides: (m) => ({ a: ids(m[1]), b: [...ids(m[2]), ...opt(m[3])] }),
    strength: STRENGTH.STATED,
    yes: ['The prize went to Mira Holloway, mother of actor Jonah Okafor.'],
    no: ['The prize went to Mira Holloway, mentor of actor Jonah Okafor.'],
  }),
  relationRule({
    id: 'parent/possessive-parents',
    kind: 'PARENT',
    pattern: rx(`${R}'s (?:biological |adoptive )?parents,? ${R} and ${R}(?!'s)`),
    sides: (m, ctx) => ({
      a: [...ids(m[2]), ...ids(m[3])],
      b: ids(m[1]),
      strength: ctx.named.has(ids(m[1])[0]) ? STRENGTH.STATED : STRENGTH.UNNAMED_CHILD,
    }),
    strength: STRENGTH.STATED,
    yes: ["Jonah Okafor's parents, Mira Holloway and Daniel Okafor, were there."],
    no: ["Jonah Okafor's friends, Mira Holloway and Daniel Okafor, were there."],
  }),
  relationRule({
    id: 'parent/who-shares-child',
    kind: 'PARENT',
    pattern: WHO_SHARES_CHILD,
    sides: (m) => ({ a: [...ids(m[1]), ...ids(m[4])], b: listIds(m[2]) }),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway, who shares a 10-year-old son Jonah Okafor with former fiancé Daniel Okafor, smiled.'],
    no: ['Mira Holloway, who shares a 10-year-old dog with former fiancé Daniel Okafor, smiled.'],
  }),
  relationRule({
    id: 'parent/apposition-possessive-child',
    kind: 'PARENT',
    // "Z, a former anchor and lawyer Y's daughter": an apposition naming Z's parent
    pattern: rx(`${R}(?!'s), (?:a |an |the )(?:(?!of\\b)[^⟦.;«,]){0,50}?${R}'s (?:${ADJ})?(?:daughter|son|child)\\b(?! ${R})`),
    sides: (m) => ({ a: ids(m[2]), b: ids(m[1]) }),
    strength: STRENGTH.LOOSE,
    yes: ["The show hired Elsa Okafor, a former anchor and lawyer Daniel Okafor's daughter."],
    no: ["The show hired Elsa Okafor, a former anchor and lawyer Daniel Okafor's assistant."],
  }),
  relationRule({
    id: 'parent/possessive-child',
    kind: 'PARENT',
    // "X's (other) son, three-year-old Y", "their three children — A, 5, and twins B and C" (not "the mother of his two
    // children, Y": Y is the other parent)
    pattern: rx(
      `(?<!(?:mother|father|mom|dad|parents?) of )${R}'s (?:(?:${SPOUSE_W}|mother|father|mom|dad) and )?${ADJ}${CHILD}(?: [—–]|,|:)? ${LIST}`,
    ),
    sides: (m) => ({ a: ids(m[1]), b: listIds(m[2]) }),
    strength: STRENGTH.EXPLICIT,
    yes: ["Mira Holloway's son, three-year-old Jonah Okafor, stole the show."],
    no: ["Mira Holloway's friend, three-year-old Jonah Okafor, stole the show."],
  }),
  relationRule({
    id: 'parent/joint-possessive-child',
    kind: 'PARENT',
    // "her and Y's 2-year-old son Z"
    pattern: rx(`${R}'s and ${R}'s ${ADJ}${CHILD}(?: [—–]|,|:)? (?:${LIST}|(⟦\\d+⟧)'s)`),
    sides: (m) => ({ a: [...ids(m[1]), ...ids(m[2])], b: listIds(m[3] ?? m[4]) }),
    strength: STRENGTH.STATED,
    yes: ["Mira Holloway's and Daniel Okafor's 2-year-old son Jonah Okafor waved."],
    no: ["Mira Holloway's and Daniel Okafor's 2-year-old dog Jonah Okafor waved."],
  }),
  relationRule({
    id: 'parent/child-of-apposition-subject',
    kind: 'PARENT',
    // "The son of actress X, he …": the sentence subject after the apposition is X's child
    pattern: rx(`^(?:The|As the) (?:eldest |youngest |only )?(?:son|daughter|child) of (?:[a-z-]+ ){0,2}?${R}(?!'s), ${R} `),
    sides: (m) => ({ a: ids(m[1]), b: ids(m[2]) }),
    strength: STRENGTH.STATED,
    yes: ['The son of actress Mira Holloway, Jonah Okafor grew up on film sets.'],
    no: ['The friend of actress Mira Holloway, Jonah Okafor grew up on film sets.'],
  }),
  relationRule({
    id: 'parent/pair-possessive-child',
    kind: 'PARENT',
    // "X and Y's son Z" (not the last item of a list "A, B and C's son"); only X here: Y is the possessive rule's
    pattern: rx(`(?<!⟦\\d+⟧, )${R} and ${R}'s ${ADJ}${CHILD}(?: [—–]|,|:)? ${LIST}`),
    sides: (m) => ({ a: ids(m[1]), b: listIds(m[3]) }),
    strength: STRENGTH.STATED,
    yes: ["Mira Holloway and Daniel Okafor's son Jonah Okafor was born in May."],
    no: ["Paul Brennan, Mira Holloway and Daniel Okafor's son Jonah Okafor was born in May."],
  }),
  relationRule({
    id: 'parent/whose-child',
    kind: 'PARENT',
    pattern: rx(`${R},? whose ${ADJ}${CHILD},? ${LIST}`),
    sides: (m) => ({ a: ids(m[1]), b: listIds(m[2]) }),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway, whose daughter Elsa Okafor is an actor, spoke first.'],
    no: ['Mira Holloway, whose friend Elsa Okafor is an actor, spoke first.'],
  }),
  relationRule({
    id: 'parent/have-child',
    kind: 'PARENT',
    pattern: HAVE_CHILD,
    sides: (m) => ({ a: [...ids(m[1]), ...opt(m[2])], b: listIds(m[3]) }),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway and Daniel Okafor also have a daughter, Elsa Okafor.'],
    no: ['Mira Holloway and Daniel Okafor also have a friend, Elsa Okafor.'],
  }),
  relationRule({
    id: 'parent/have-child-with-other',
    kind: 'PARENT',
    // with parent/have-child: "... son Z with (ex-husband) W": W is the other parent
    pattern: HAVE_CHILD,
    sides: (m) => {
      const w = WITH_OTHER.exec(m.input!.slice(m.index! + m[0].length));
      return w ? { a: ids(w[1]), b: listIds(m[3]) } : undefined;
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway has a son, Jonah Okafor, with ex-husband Daniel Okafor.'],
    no: ['Mira Holloway has a son, Jonah Okafor, and ex-husband Daniel Okafor.'],
  }),
  relationRule({
    id: 'parent/brood-survived-by',
    kind: 'PARENT',
    // "their brood, which includes sons A, 17, B and C", "X is survived by three children A, B and C", "she leaves one son, Alan"
    pattern: rx(
      `${R}(?:'s [a-z]+,? (?:which |that )?includes? | (?:is |was )?survived by (?:[a-z]+ ){0,2}?| leaves (?:behind )?(?:[a-z]+ )?)${CHILD},? ${LIST}`,
    ),
    sides: (m) => ({ a: ids(m[1]), b: listIds(m[2]) }),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway is survived by two children, Elsa Okafor and Jonah Okafor.'],
    no: ['Mira Holloway is survived by two friends, Elsa Okafor and Jonah Okafor.'],
  }),
  relationRule({
    id: 'parent/couple-the-kids',
    kind: 'PARENT',
    // "They (= a couple) wanted the guard to keep the six kids — A, 15; B, 12; …": only when the subject is a couple
    pattern: rx(`^(?:[A-Z][a-z]+,? )?⟦(\\d+\\+\\d+)⟧ [^⟦.;]{0,60}?\\bthe (?:[a-z]+ )?(?:kids|children)(?: [—–]|:) ${LIST}`),
    sides: (m) => ({ a: ids(m[1]), b: listIds(m[2]) }),
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway and Daniel Okafor married in 2001. The couple took the two kids: Elsa Okafor and Jonah Okafor.'],
    no: ['Mira Holloway and Daniel Okafor married in 2001. The couple took the two dogs: Elsa Okafor and Jonah Okafor.'],
  }),
  relationRule({
    id: 'parent/adopted-possessive-child',
    kind: 'PARENT',
    // "Seal also adopted Klum's daughter Leni": the adopter, not the possessor (that is parent/possessive-child)
    pattern: rx(`${R} (?:also |later )?adopted ${R}'s ${ADJ}${CHILD},? ${LIST}`),
    sides: (m) => ({ a: ids(m[1]), b: listIds(m[3]) }),
    strength: STRENGTH.STATED,
    yes: ["Daniel Okafor also adopted Mira Holloway's daughter Elsa Okafor."],
    no: ["Daniel Okafor also admired Mira Holloway's daughter Elsa Okafor."],
  }),
  relationRule({
    id: 'parent/child-of',
    kind: 'PARENT',
    // "X, the son of Y"
    pattern: rx(`${R},? (?:\\d{1,3}, )?(?:the |a )?(?:son|daughter|child) of (?:[a-z]+ ){0,2}?${R}(?!'s)(?: and ${R}(?!'s))?`),
    sides: (m) => ({ a: [...ids(m[2]), ...opt(m[3])], b: ids(m[1]) }),
    strength: STRENGTH.STATED,
    yes: ['The lead is Jonah Okafor, the son of Mira Holloway.'],
    no: ['The lead is Jonah Okafor, the friend of Mira Holloway.'],
  }),
  relationRule({
    id: 'parent/with-whom-had',
    kind: 'PARENT',
    // "X's marriage to Y, with whom X had daughters A and B"
    pattern: rx(`${R}(?!'s), with whom ${R} (?:had|has|shares|shared|welcomed|adopted) (?:[a-z]+ )?${ADJ}${CHILD},? ${LIST}`),
    sides: (m) => ({ a: [...ids(m[1]), ...ids(m[2])], b: listIds(m[3]) }),
    strength: STRENGTH.STATED,
    yes: ['She spoke of Daniel Okafor, with whom Mira Holloway had daughters Elsa Okafor and Ruth Okafor.'],
    no: ['She spoke of Daniel Okafor, with whom Mira Holloway had dinners with Elsa Okafor and Ruth Okafor.'],
  }),
  relationRule({
    id: 'parent/possessive-parent-word',
    kind: 'PARENT',
    // "Y's mother Z"
    pattern: rx(`${R}'s (?:late |biological |real )?(?:mother|father|mom|mum|dad)(?:,| [—–])? (?:${ROLE_W} )?${R}`),
    sides: (m) => ({ a: ids(m[2]), b: ids(m[1]) }),
    strength: STRENGTH.STATED,
    yes: ["Jonah Okafor's mother, Mira Holloway, was there."],
    no: ["Jonah Okafor's mentor, Mira Holloway, was there."],
  }),
  relationRule({
    id: 'parent/welcomed',
    kind: 'PARENT',
    pattern: rx(`${R}(?:'s)? (?:welcomed|gave birth to) (?:their |her |his |a |an )?(?:[a-z]+ ){0,2}?${CHILD}?,? ?${LIST}`),
    sides: (m) => ({ a: ids(m[1]), b: listIds(m[2]) }),
    strength: STRENGTH.STATED,
    yes: ['Mira Holloway gave birth to a baby girl, Elsa Okafor, in May.'],
    no: ['Mira Holloway gave a speech to Elsa Okafor in May.'],
  }),
  relationRule({
    id: 'parent/child-list-continued',
    kind: 'PARENT',
    // "X is the mother to daughter A, from her first marriage, and adopted children B and C": a child list broken by a
    // clause goes on after it; only with one set of parents, and only for a list that starts with a child word
    pattern: LIST_GOES_ON,
    scope: (t, ctx) => {
      const set = oneSetOfParents(ctx);
      return set ? t.slice(t.search(new RegExp(`⟦(?:${[...set.kids].join('|')})⟧`))) : undefined;
    },
    sides: (m, ctx) => {
      const { parents, kids } = oneSetOfParents(ctx)!;
      const more = listIds(m[1]).filter((k) => !kids.has(k) && !parents.includes(k));
      return more.length ? { a: parents, b: more } : undefined;
    },
    strength: STRENGTH.LOOSE,
    yes: ['Mira Holloway is the mother of Elsa Okafor, from her first marriage, and adopted children Jonah Okafor and Ruth Okafor.'],
    no: ['Mira Holloway is the mentor of Elsa Okafor, from her first marriage, and adopted children Jonah Okafor and Ruth Okafor.'],
  }),
];
