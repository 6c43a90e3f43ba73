import { BadInputError } from '../errors';
import { ArticleDraft, ExtractionInputError, ExtractOptions, ExtractionResult } from '../extract';
import { Extractor } from '../extract-pool/extract-pool';
import { REVIEW_THRESHOLD } from '../extract/calibration';
import { peopleToWrite, withWrittenPeople } from './person-gate';
import { ArticleIn } from './types';

/** Machine-extracted facts never pass for curated ones, whatever a rule said. */
export const MAX_MACHINE_CONFIDENCE = 0.99;

/**
 * Runs the extractor (the worker pool in the service); its input errors become BAD_USER_INPUT
 * on the `text` argument, and the pool's TIMEOUT and UNAVAILABLE pass through as they are.
 */
export async function extractDraft(extractor: Extractor, options: ExtractOptions): Promise<ExtractionResult> {
  if (Number.isNaN(options.publishedAt.getTime())) throw new BadInputError('publishedAt', 'is not a date-time');
  try {
    return await extractor.extract(options);
  } catch (error) {
    if (error instanceof ExtractionInputError) throw new BadInputError('text', error.message);
    throw error;
  }
}

/**
 * The draft as extractArticle shows it: valid ArticleInput JSON, so the rule ids and confidence
 * factors (which ArticleInput does not take: curated input has none) are left out.
 */
export function publicDraft(draft: ArticleDraft): ArticleDraft {
  return {
    ...draft,
    relations: draft.relations.map(({ rule: _rule, factors: _factors, ...r }) => r),
    events: draft.events.map(({ rule: _rule, ...e }) => e),
  };
}

/**
 * Where a machine-read fact of this confidence goes: written and shown at or above minConfidence;
 * held for review (stored, in the review queue, shown by no read) from REVIEW_THRESHOLD up to it;
 * dropped below both.
 */
export function tierOf(confidence: number, minConfidence: number): 'shown' | 'held' | 'dropped' {
  if (confidence >= minConfidence) return 'shown';
  return confidence >= REVIEW_THRESHOLD ? 'held' : 'dropped';
}

/**
 * The draft as an ArticleInput: relations and events at or above minConfidence, and those held for
 * review (see tierOf), marked `held`; confidence capped below 1 (a kept post that marked a dropped
 * event loses that link). People pass the person gate (./person-gate) once those are filtered, and
 * one who passes only for held facts is marked `held` too: not listed until a fact of theirs is shown.
 */
export function draftToArticle(draft: ArticleDraft, minConfidence: number, warnings: string[]): ArticleIn {
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)
    throw new BadInputError('minConfidence', `${minConfidence} is outside 0..1`);
  const cap = (c: number) => Math.min(c, MAX_MACHINE_CONFIDENCE);
  const tier = (c: number) => tierOf(c, minConfidence);
  const relations = draft.relations.filter((r) => tier(r.confidence) !== 'dropped');
  const events = draft.events.filter((e) => tier(e.confidence) !== 'dropped');
  const kept = new Set(events.map((e) => e.ref));
  const dropped = draft.relations.length - relations.length + draft.events.length - events.length;
  const held = [...relations, ...events].filter((f) => tier(f.confidence) === 'held').length;
  const floor = Math.min(minConfidence, REVIEW_THRESHOLD);
  if (dropped > 0) warnings.push(`${dropped} relation(s) or event(s) below confidence ${floor} were not written`);
  if (held > 0)
    warnings.push(`${held} relation(s) or event(s) below minConfidence ${minConfidence} were held for review: not shown until accepted`);
  const quotes = draft.quotes;
  const shownOnly = { people: draft.people, quotes, ...shownFacts(relations, events, tier) };
  const visible = peopleToWrite(shownOnly, []);
  const gated = withWrittenPeople({ people: draft.people, relations, events, quotes }, warnings);
  return {
    ...draft,
    publishedAt: new Date(draft.publishedAt),
    people: gated.people.map((p) => (visible.has(p.ref) ? p : { ...p, held: true })),
    quotes: gated.quotes ?? quotes,
    relations: relations.map((r) => ({ ...r, confidence: cap(r.confidence), held: tier(r.confidence) === 'held' })),
    events: events.map((e) => ({
      ...e,
      confidence: cap(e.confidence),
      held: tier(e.confidence) === 'held',
      commemorates: e.commemorates && kept.has(e.commemorates) ? e.commemorates : null,
    })),
  };
}

function shownFacts<R extends { confidence: number }, E extends { confidence: number }>(
  relations: R[],
  events: E[],
  tier: (c: number) => string,
): { relations: R[]; events: E[] } {
  return {
    relations: relations.filter((r) => tier(r.confidence) === 'shown'),
    events: events.filter((e) => tier(e.confidence) === 'shown'),
  };
}
