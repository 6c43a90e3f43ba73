/**
 * The relation engine: runs the rules of spouse.ts and parent.ts over each sentence template in ORDER, then the
 * circumstance factors, then keeps one relation per pair. The order is data because it matters: a rewrite step changes
 * the text the later rules read, the list-continuing rule reads what the earlier ones found, and when two rules find the
 * same pair at the same strength the first one keeps it.
 */
import { Resolved } from '../coref';
import { PARENT_RULES } from './parent';
import { SPOUSE_RULES } from './spouse';
import { ConfidenceFactor, FoundRelation, HAND_FACTORS, RelationRule, SentenceContext, Sides } from './types';

export const RELATION_RULES: readonly RelationRule[] = [...SPOUSE_RULES, ...PARENT_RULES];
const BY_ID = new Map(RELATION_RULES.map((r) => [r.id, r]));

/** A step that rewrites the sentence template for the rules after it (it sees what was found so far). */
export interface Rewrite {
  rewrite: string;
  apply: (t: string, found: readonly FoundRelation[]) => string;
}
/** A rule id, or ids that read one match of one shared pattern (a child and a marriage stated at once), or a rewrite. */
export type Step = string | readonly string[] | Rewrite;

/** "X is mom of Z, and has son W": the subject of the sentence is the subject of a coordinated "has/shares/welcomed" */
export const ELLIPTICAL_SUBJECT: Rewrite = {
  rewrite: 'elliptical-subject',
  apply: (t) => {
    const subj = /^(?:[A-Z][a-z]+ \d{4}, )?⟦(\d+)⟧(?!'s) [a-z]/.exec(t);
    return subj ? t.replace(/, (?:and|but) (also |later )?(has|had|shares|welcomed)\b/g, `. ⟦${subj[1]}⟧ $1$2`) : t;
  },
};

/** a literal "their" (no couple known yet) in a sentence that itself states one marriage: "X and her husband Y … their daughter Z" */
export const THEIR_AS_COUPLE: Rewrite = {
  rewrite: 'their-as-couple',
  apply: (t, found) => {
    const sp = found.filter((r) => r.kind === 'SPOUSE');
    if (sp.length !== 1 || !/\b(?:their|the couple's)\b/.test(t)) return t;
    return t.replace(/\b(?:their|the couple's)(?=\s)/g, `⟦${sp[0].a}+${sp[0].b}⟧'s`);
  },
};

/** The one order the rules run in, for every sentence. Spouse rules come first so that THEIR_AS_COUPLE knows the couple. */
export const ORDER: readonly Step[] = [
  ELLIPTICAL_SUBJECT,
  'spouse/possessive-kin',
  'spouse/possessive-apposition',
  'spouse/anniversary-with',
  'spouse/apposed-possessive',
  'spouse/couple-were-married',
  'parent/participle-with-children',
  'spouse/and-spouse-word',
  'spouse/with-spouse-word',
  'spouse/married-verb',
  'spouse/married-later-to',
  'spouse/pair-married',
  'spouse/who-was-married-has-been',
  'spouse/became-spouse',
  'spouse/spouse-of',
  'spouse/whose-spouse',
  ['parent/shares-child-with', 'spouse/shares-child-with'],
  'spouse/participle-divorce',
  'spouse/married-before-list',
  ['parent/child-with-spouse', 'spouse/child-with-spouse'],
  ['parent/have-children-with', 'spouse/have-children-with'],
  'parent/bare-kin-word',
  'parent/parent-of',
  'parent/possessive-parents',
  ['parent/who-shares-child', 'spouse/who-shares-child'],
  'parent/apposition-possessive-child',
  THEIR_AS_COUPLE,
  'parent/possessive-child',
  'parent/joint-possessive-child',
  'parent/child-of-apposition-subject',
  'parent/pair-possessive-child',
  'parent/whose-child',
  ['parent/have-child', 'parent/have-child-with-other'],
  'parent/brood-survived-by',
  'parent/couple-the-kids',
  'parent/adopted-possessive-child',
  'parent/child-of',
  'parent/with-whom-had',
  'parent/possessive-parent-word',
  'parent/welcomed',
  'parent/child-list-continued',
];

/** A side the sentence neither names nor points to with an unambiguous pronoun. */
function hasUnnamedSide(rel: FoundRelation, r: Resolved): boolean {
  const named = new Set(r.mentions.filter((m) => m.kind === 'name' || (m.kind === 'pronoun' && !m.ambiguous)).flatMap((m) => m.ids));
  return !named.has(rel.a) || !named.has(rel.b);
}

/** Named circumstances, checked in this order after the rules, on what the sentence's rules found. */
const FACTORS: readonly { factor: ConfidenceFactor; applies: (rel: FoundRelation, t: string, r: Resolved) => boolean }[] = [
  // "Z, who plays Y's wife W": relations inside a sentence about roles are proposals, not facts
  {
    factor: 'role-played',
    applies: (_rel, t) =>
      /\b(?:plays?|played|playing|portrays?|portrayed|portraying|as|role of) (?:⟦[\d+]+⟧'s|the|a) (?:[\w-]+ )?(?:wife|husband|widow|son|daughter|mother|father|child)\b|\bcharacters?,? (?:named |called )?⟦/i.test(
        t,
      ),
  },
  // a side reached only through "she", "the singer" or "the couple" is where most wrong spouses come from
  { factor: 'unnamed-side', applies: (rel, _t, r) => rel.kind === 'SPOUSE' && hasUnnamedSide(rel, r) },
  // the same for a parent or a child ("the actor's youngest daughter, A")
  { factor: 'unnamed-parent-side', applies: (rel, _t, r) => rel.kind === 'PARENT' && hasUnnamedSide(rel, r) },
];

function ruleOf(id: string): RelationRule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`ORDER names an unknown rule ${id}`);
  return rule;
}

/** Every relation each rule finds, sentence by sentence, before duplicates are merged (tests read which rule fired). */
export function fireRelationRules(sents: readonly Resolved[]): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const r of sents) {
    const named = new Set(r.mentions.filter((m) => m.kind === 'name').flatMap((m) => m.ids));
    const found: FoundRelation[] = [];
    let t = r.tpl;
    for (const step of ORDER) {
      if (typeof step === 'object' && 'rewrite' in step) t = step.apply(t, found);
      else found.push(...runStep(typeof step === 'string' ? [step] : step, t, { found: [...found], named }, r.sent.idx));
    }
    for (const { factor, applies } of FACTORS) for (const rel of found) if (applies(rel, t, r)) discount(rel, factor);
    out.push(...found);
  }
  return out;
}

/** One step: its rules read each match of their (shared) pattern in turn. */
function runStep(ruleIds: readonly string[], t: string, ctx: SentenceContext, sent: number): FoundRelation[] {
  const rules = ruleIds.map(ruleOf);
  const [lead] = rules;
  const text = lead.scope ? lead.scope(t, ctx) : t;
  if (text === undefined) return [];
  const matches = [...text.matchAll(lead.pattern)];
  const out: FoundRelation[] = [];
  for (const m of lead.first ? matches.slice(0, 1) : matches)
    for (const rule of rules) {
      const said = rule.sides(m, ctx);
      for (const s of Array.isArray(said) ? said : said ? [said] : []) out.push(...relationsOf(rule, s, sent));
    }
  return out;
}

/** SPOUSE: one person on each side, not the same; PARENT: every parent with every child but themself. */
function relationsOf(rule: RelationRule, s: Sides, sent: number): FoundRelation[] {
  const base = { kind: rule.kind, sent, confidence: s.strength ?? rule.strength, rule: rule.id };
  if (rule.kind === 'SPOUSE') return s.a.length === 1 && s.b.length === 1 && s.a[0] !== s.b[0] ? [{ ...base, a: s.a[0], b: s.b[0] }] : [];
  return s.a.flatMap((a) => s.b.filter((b) => b !== a).map((b) => ({ ...base, a, b })));
}

function discount(rel: FoundRelation, factor: ConfidenceFactor): void {
  rel.confidence = Math.round(rel.confidence * HAND_FACTORS[factor] * 100) / 100;
  rel.factors = [...(rel.factors ?? []), factor];
}

/** One relation per pair (the strongest; the first of equals), and no pair both spouses and parent/child. */
export function dedupe(rels: FoundRelation[]): FoundRelation[] {
  const seen = new Map<string, FoundRelation>();
  for (const r of rels) {
    const k = r.kind === 'SPOUSE' ? `S:${Math.min(r.a, r.b)}:${Math.max(r.a, r.b)}` : `P:${r.a}:${r.b}`;
    const prev = seen.get(k);
    if (!prev || prev.confidence < r.confidence) seen.set(k, r);
  }
  const out = [...seen.values()];
  return out.filter(
    (r) => r.kind === 'SPOUSE' || !out.some((s) => s.kind === 'SPOUSE' && ((s.a === r.a && s.b === r.b) || (s.a === r.b && s.b === r.a))),
  );
}

/** The relations the sentences state, one per pair. */
export function findRelations(sents: readonly Resolved[]): FoundRelation[] {
  return dedupe(fireRelationRules(sents));
}
