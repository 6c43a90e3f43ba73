/**
 * Confidence that means probability: a relation's or event's confidence is the measured precision of the rule that
 * found it, times the measured factor of each named circumstance it was found under. The numbers are data
 * (rule-confidence.json), written by scripts/calibrate-confidence.ts from the labelled sets; EVALUATION.md has the
 * table, the held-out calibration error and the reliability plot.
 */
import TABLE from './rule-confidence.json';

export type Judgeable = 'relation' | 'event';

export interface RuleConfidence {
  /** labelled true and false positives the rule produced, with no named factor */
  tp: number;
  fp: number;
  /** smoothed precision: (tp + PRIOR_WEIGHT × prior) / (tp + fp + PRIOR_WEIGHT) */
  confidence: number;
}

export interface ConfidenceTable {
  /** pooled precision per kind: what an unmeasured rule gets, and the smoothing's centre */
  prior: Record<Judgeable, number>;
  rules: Record<string, RuleConfidence>;
  /** what a named circumstance multiplies the rule's confidence by (measured, see the script) */
  factors: Record<string, { factor: number; n: number }>;
}

/**
 * What ingestArticleText writes by default; below it, down to REVIEW_THRESHOLD, facts are held for review. Chosen on
 * held-out folds (scripts/calibrate-confidence.ts, 10 folds) of every labelled set but fabricated3 (348 articles):
 * relations at ≥ 0.9 are 0.969 precise (257 written, recall 0.56 of 444), at ≥ 0.8 0.947 (284, 0.61). What lies
 * between: parents and children reached only through "her", "the actor's" (× 0.85) and deaths (0.82).
 */
export const WRITE_THRESHOLD = 0.9;
/** What extractArticle's draft proposes for review, and what the evaluator scores by default. */
export const REVIEW_THRESHOLD = 0.5;

/** Machine-read facts never reach 1 (ingest caps them at 0.99 too). */
const MAX_CONFIDENCE = 0.99;

/** The confidence of one found relation or event under a table (the committed one unless given). */
export function calibratedConfidence(
  what: Judgeable,
  rule: string | undefined,
  factors: readonly string[] = [],
  table: ConfidenceTable = TABLE as ConfidenceTable,
): number {
  const base = (rule && table.rules[rule]?.confidence) || table.prior[what];
  const p = factors.reduce((c, f) => c * (table.factors[f]?.factor ?? 1), base);
  return Math.round(Math.min(p, MAX_CONFIDENCE) * 100) / 100;
}
