/** Which extraction rules fire on a text, before duplicates are merged (shared by the generated rule tests). */
import { childClusters } from '../../src/extract';
import { resolveAll } from '../../src/extract/coref';
import { findEvents } from '../../src/extract/events';
import { discoverPeople } from '../../src/extract/people';
import { propagateToSpouses } from '../../src/extract/rules/co-parent';
import { dedupe, fireRelationRules } from '../../src/extract/rules/engine';
import { splitSentences } from '../../src/extract/text';

export const PUBLISHED = new Date('2024-05-01T12:00:00Z');

/** The relation and event rule ids that fired on the text (sentence rules, the co-parent rule, event rules). */
export function firedRules(text: string): string[] {
  const sentences = splitSentences(text);
  const clusters = discoverPeople(sentences);
  const resolved = resolveAll(sentences, clusters);
  const fired = fireRelationRules(resolved);
  const kept = propagateToSpouses(dedupe(fired), resolved, (id) => [...clusters[id].forms], text);
  const events = findEvents(resolved, kept, PUBLISHED, childClusters(resolved));
  return [...new Set([...fired, ...kept, ...events].map((r) => r.rule))];
}
