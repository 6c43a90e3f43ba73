/** The shape of a relation rule: a pattern under an id, what its match states, and examples that test it. */
import { calibratedConfidence } from '../calibration';
import { FoundDate, PubPrecision } from '../dates';
import type { FoundEvent } from '../events';
import { EventKind } from '../types';

export type RelationKindFound = 'SPOUSE' | 'PARENT';

export interface FoundRelation {
  kind: RelationKindFound;
  a: number; // SPOUSE: either side; PARENT: the parent
  b: number; // PARENT: the child
  sent: number;
  /** the rule's STRENGTH times its factors until extractArticle replaces it with the calibrated confidence */
  confidence: number;
  /** the id of the rule that found it ("spouse/possessive-kin"): Evidence.rule once ingested */
  rule: string;
  /** named circumstances that make it less sure (see HAND_FACTORS); calibration.ts measures what each costs */
  factors?: ConfidenceFactor[];
}

/** What a relation's hand-set strength keeps under each circumstance (the calibrated confidence measures its own). */
export const HAND_FACTORS = {
  /** a sentence about a part played ("Z, who plays Y's wife W") */
  'role-played': 0.6,
  /** a side not named in its sentence, reached through "she", "the singer" or "the couple" */
  'unnamed-side': 0.8,
  /** the same for a parent or child: measured only (1 keeps which find of a pair wins as it was) */
  'unnamed-parent-side': 1,
} as const;
export type ConfidenceFactor = keyof typeof HAND_FACTORS;

/** What one match states. SPOUSE: one id on each side (a couple or a list is no spouse); PARENT: parents × children. */
export interface Sides {
  a: number[];
  b: number[];
  /** this match's strength when it is not the rule's (see parent/possessive-parents) */
  strength?: number;
}

/** What a rule sees of the sentence besides its match. */
export interface SentenceContext {
  /** what the rules before it found in this sentence */
  found: readonly FoundRelation[];
  /** people named (not only referred to) in the sentence */
  named: ReadonlySet<number>;
}

export interface RelationRule {
  /** "<kind>/<name>": on Evidence.rule, in rule-confidence.json and in `evaluate-extraction --errors`; never renamed */
  id: string;
  kind: RelationKindFound;
  /** a global regex over the sentence template (see patterns.ts) */
  pattern: RegExp;
  /** read only the first match (default: every match) */
  first?: boolean;
  /** the part of the template the pattern reads (default all of it); undefined skips the rule for the sentence */
  scope?: (t: string, ctx: SentenceContext) => string | undefined;
  /** the sides a match states, or undefined when a guard (a hedge, a question) refuses it */
  sides: (m: RegExpMatchArray, ctx: SentenceContext) => Sides | Sides[] | undefined;
  /** which of two rules finding the same pair keeps it, and what events may lean on (see STRENGTH) */
  strength: number;
  /** the calibrated probability that what it finds is right (rule-confidence.json, looked up by id) */
  confidence: number;
  /** sentences it must fire on (invented; the generated test runs each) */
  yes: string[];
  /** near misses it must not fire on */
  no: string[];
}

/**
 * The hand-set strengths the templates had before confidence was calibrated. They no longer reach a draft (extractArticle
 * writes each rule's calibrated confidence), but they still decide which rule keeps a pair two rules found, and the
 * 0.8 bar on which relation may date an undated marriage (events.ts); changing them changes drafts, so they stay as
 * they were measured against: the evaluator's output is byte-identical to the templates' before the rules became data.
 */
export const STRENGTH = {
  /** a kin noun right between the two names ("X's husband Y", "X's son Y") */
  EXPLICIT: 0.9,
  /** a stated relation in most other templates */
  STATED: 0.85,
  /** a looser template: an apposition, a participle, a bare kin word, a list continued */
  LOOSE: 0.8,
  /** "X's parents, A and B" when X is only referred to ("her parents") */
  UNNAMED_CHILD: 0.6,
  /** an event of saying ("in a statement"), not of what was said */
  SAYING: 0.7,
} as const;

/** A rule with its calibrated confidence looked up by id (rule-confidence.json; the kind's prior when unmeasured). */
export function relationRule(spec: Omit<RelationRule, 'confidence'>): RelationRule {
  return { ...spec, confidence: calibratedConfidence('relation', spec.id) };
}

/** What an event rule sees of one sentence (events.ts builds it). */
export interface EventSentence {
  /** the sentence text, and its template with quotations blanked */
  raw: string;
  tpl: string;
  /** everyone the template mentions, in order; the first is the subject */
  people: number[];
  subject: number;
  /** the dates the sentence gives outside quotations */
  dates: FoundDate[];
  /** a hedge anywhere in the sentence ("reportedly", "would") */
  hypo: boolean;
  /** the platform the sentence names, or else the next sentence's */
  platform?: string;
  nextPlatform?: string;
  /** the previous sentence's template ("" for the first) */
  prevTpl?: string;
  /** a rule marked `posts` has already found a post in this sentence */
  posted: boolean;
  /** the couple the sentence is about: a stated marriage, else its first two adults */
  couple: () => number[];
  /** the relations the article's sentences state, and the people named as children */
  rels: readonly FoundRelation[];
  childIds: ReadonlySet<number>;
  sent: number;
  pub: Date;
  pubPrecision: PubPrecision;
}

/** What an event rule found: who, and either the word whose nearest date is the event's, or the date itself. */
export type EventFind = { people: number[]; extra?: Partial<FoundEvent> } & (
  { near: RegExp; dates?: FoundDate[] } | { date?: string; weakDate?: boolean }
);

export interface EventRule {
  id: string;
  kind: EventKind;
  /** the trigger, tested on the template without quotations */
  pattern: RegExp;
  /** who and when, or undefined when a guard refuses the sentence */
  find: (s: EventSentence) => EventFind | undefined;
  /** a post (anniversary, announcement, essay): a later plain social-post rule does not fire for the sentence */
  posts?: boolean;
  strength: number;
  confidence: number;
  yes: string[];
  no: string[];
}

/** An event rule with its calibrated confidence looked up by id. */
export function eventRule(spec: Omit<EventRule, 'confidence'>): EventRule {
  return { ...spec, confidence: calibratedConfidence('event', spec.id) };
}
