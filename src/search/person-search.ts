import { nameKey } from '../ingest/keys';
import { SearchHit } from '../graph/person.queries';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query that finds the whole phrase best, then every word (typos forgiven:
 * one edit for words of 4+ letters, two for 7+), then any word.
 */
export function buildLuceneQuery(text: string): string | null {
  const words = nameKey(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => w.replace(LUCENE_SPECIAL, '\\$&'));
  if (words.length === 0) return null;
  const fuzzy = (w: string) => (w.length >= 7 ? `${w}~2` : w.length >= 4 ? `${w}~1` : w);
  const phrase = `"${words.join(' ')}"^8`;
  const all = `(${words.map((w) => `${fuzzy(w)}`).join(' AND ')})^3`;
  const prefix = words.length === 1 && words[0].length >= 2 ? ` OR ${words[0]}*^2` : '';
  return `${phrase} OR ${all} OR (${words.map(fuzzy).join(' OR ')})${prefix}`;
}

/** Exact name first, then exact alias, then the index's own score. */
export function rankHits(text: string, hits: SearchHit[], limit: number): SearchHit[] {
  const key = nameKey(text);
  const rank = (h: SearchHit) => (nameKey(h.person.name) === key ? 0 : h.person.aliases.some((a) => nameKey(a) === key) ? 1 : 2);
  return [...hits].sort((a, b) => rank(a) - rank(b) || b.score - a.score || a.person.name.localeCompare(b.person.name)).slice(0, limit);
}
