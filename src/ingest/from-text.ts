import { BadInputError } from '../errors';
import { ArticleDraft, ExtractionInputError, ExtractOptions, ExtractionResult } from '../extract';
import { Extractor } from '../extract-pool/extract-pool';
import { withWrittenPeople } from './person-gate';
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
 * The draft as an ArticleInput keeping only relations and events at or above minConfidence
 * (a kept post that marked a dropped event loses that link), confidence capped below 1, and only
 * the people that pass the person gate (./person-gate) once those are filtered.
 */
export function draftToArticle(draft: ArticleDraft, minConfidence: number, warnings: string[]): ArticleIn {
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)
    throw new BadInputError('minConfidence', `${minConfidence} is outside 0..1`);
  const cap = (c: number) => Math.min(c, MAX_MACHINE_CONFIDENCE);
  const relations = draft.relations.filter((r) => r.confidence >= minConfidence);
  const events = draft.events.filter((e) => e.confidence >= minConfidence);
  const kept = new Set(events.map((e) => e.ref));
  const dropped = draft.relations.length - relations.length + draft.events.length - events.length;
  if (dropped > 0) warnings.push(`${dropped} relation(s) or event(s) below minConfidence ${minConfidence} were not written`);
  const gated = withWrittenPeople({ people: draft.people, relations, events, quotes: draft.quotes }, warnings);
  return {
    ...draft,
    publishedAt: new Date(draft.publishedAt),
    people: gated.people,
    quotes: gated.quotes ?? draft.quotes,
    relations: relations.map((r) => ({ ...r, confidence: cap(r.confidence) })),
    events: events.map((e) => ({
      ...e,
      confidence: cap(e.confidence),
      commemorates: e.commemorates && kept.has(e.commemorates) ? e.commemorates : null,
    })),
  };
}
