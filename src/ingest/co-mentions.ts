import { splitSentences } from '../extract/text';

/**
 * A co-mention edge means something when the two people are named close together in one
 * article, or are named together in at least MIN_SHARED_ARTICLES articles.
 *
 * "Close together": within NEAR_SENTENCES sentences of each other (0 = the same sentence).
 * Measured on the 548 shared articles (scripts/measure-comentions.ts, EVALUATION.md): every
 * pair of one article gives 14,788 pairs, 13,402 of them on a single article; the same
 * sentence or two articles keeps 3,621 (24.5%); the next sentence too would keep 5,673.
 */
export const NEAR_SENTENCES = 0;
export const MIN_SHARED_ARTICLES = 2;
/** Shorter names ("Al", "Jo") match inside too many words to place a person in a sentence. */
const MIN_FORM_LENGTH = 3;

export interface NamedPerson {
  id: string;
  /** the name and aliases the article may use */
  forms: string[];
}

/** Sentence indexes at which each person is named (whole words, case as written). */
export function sentencesNaming(body: string, people: NamedPerson[]): Map<string, number[]> {
  const sentences = splitSentences(body);
  const out = new Map<string, number[]>();
  for (const p of people) {
    const patterns = [...new Set(p.forms.map((f) => f.trim()).filter((f) => f.length >= MIN_FORM_LENGTH))].map(wordPattern);
    const at = sentences.filter((s) => patterns.some((re) => re.test(s.text))).map((s) => s.idx);
    const known = out.get(p.id) ?? [];
    out.set(
      p.id,
      [...new Set([...known, ...at])].sort((a, b) => a - b),
    );
  }
  return out;
}

function wordPattern(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Pairs (ids in order, lower first) named within NEAR_SENTENCES sentences of each other in
 * `body`. Without a body nothing is known about positions, and no pair is near.
 */
export function findNearPairs(body: string | null | undefined, people: NamedPerson[], window = NEAR_SENTENCES): [string, string][] {
  if (!body?.trim()) return [];
  const at = sentencesNaming(body, people);
  const ids = [...at.keys()].filter((id) => at.get(id)!.length > 0).sort();
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) if (isNear(at.get(ids[i])!, at.get(ids[j])!, window)) pairs.push([ids[i], ids[j]]);
  return pairs;
}

/** Two sorted lists of sentence indexes hold a pair at most `window` apart. */
function isNear(a: number[], b: number[], window: number): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.abs(a[i] - b[j]) <= window) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}
