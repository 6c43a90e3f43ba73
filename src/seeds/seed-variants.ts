/**
 * The ingestion's name-variant rules (../ingest/name-variants), applied to the reference seed
 * on the dataset's own facts: a person whose name is a married-name or middle-name variant of
 * another's is merged into that person when the data confirms it. Pure: dataset in, dataset out.
 *
 * Confirmation, as at ingestion: a married name's added surname is the surname of a spouse
 * of the base name (not of the married form: "Frank Lloyd Wright"'s wife is a Wright), and any variant is confirmed by a spouse or a child both forms share (not a
 * parent: siblings are named alike, "Charles" and "Charles Louis"). Birth years more than YEAR_TOLERANCE apart never merge, a person merges at most
 * once (no chains), and a name with more than one confirmed partner merges with none.
 */
import type { ReferenceDataset, ReferencePerson, ReferenceRelation } from './wikidata-convert';
import { YEAR_TOLERANCE } from '../ingest/identity';
import { datesCompatible, pickDate } from './wikidata-parse';
import { nameKey } from '../ingest/keys';
import { variantOf, VariantRuleId } from '../ingest/name-variants';

export interface SeedMerge {
  rule: VariantRuleId;
  /** the name merged away, kept as an alias */
  from: string;
  into: string;
}

/** A reference person with the names merged into it. */
export type VariantPerson = ReferencePerson & { aliases?: string[] };

const merged = new WeakMap<ReferenceDataset, SeedMerge[]>();

/** The merges applySeedVariants made to build this dataset (empty for any other). */
export function seedMergesOf(ds: ReferenceDataset): SeedMerge[] {
  return merged.get(ds) ?? [];
}

const lastToken = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);
const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

interface Pair {
  a: ReferencePerson;
  b: ReferencePerson;
  rule: VariantRuleId;
}

/** Pairs of people whose names are variants by the ingestion's rules, each pair once, confirmed by the data. */
export function findVariantPairs(ds: ReferenceDataset): Pair[] {
  const family = new Map<string, Set<string>>();
  const spouses = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, x: string, y: string) => m.set(x, (m.get(x) ?? new Set()).add(y));
  for (const r of ds.relations) {
    // a spouse or a child in common confirms; a parent in common does not (siblings are named alike)
    add(family, r.from, r.to);
    if (r.kind === 'SPOUSE') {
      add(family, r.to, r.from);
      add(spouses, r.from, r.to);
      add(spouses, r.to, r.from);
    }
  }
  const keyOf = new Map(ds.people.map((p) => [p.ref, nameKey(p.name)]));
  const byEnds = new Map<string, ReferencePerson[]>();
  const byKey = new Map<string, ReferencePerson[]>();
  for (const p of ds.people) {
    const key = keyOf.get(p.ref)!;
    if (!key.includes(' ')) continue;
    const ends = `${key.split(' ')[0]} ${lastToken(key)}`;
    byEnds.set(ends, [...(byEnds.get(ends) ?? []), p]);
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  const surnames = (ref: string) => new Set([...(spouses.get(ref) ?? [])].map((s) => lastToken(keyOf.get(s)!)));
  const shareRelative = (a: string, b: string) => [...(family.get(a) ?? [])].some((x) => family.get(b)?.has(x));
  const datesAgree = (a: ReferencePerson, b: ReferencePerson) =>
    !a.birthDate || !b.birthDate || Math.abs(Number(a.birthDate.slice(0, 4)) - Number(b.birthDate.slice(0, 4))) <= YEAR_TOLERANCE;
  const pairs: Pair[] = [];
  const consider = (a: ReferencePerson, b: ReferencePerson) => {
    const v = variantOf(keyOf.get(a.ref)!, keyOf.get(b.ref)!);
    if (!v || !datesAgree(a, b)) return;
    // the base name's spouse carries the surname (a is the married form when mentionMarried)
    const married = v.surname !== null && surnames(v.mentionMarried ? b.ref : a.ref).has(v.surname);
    if (married || shareRelative(a.ref, b.ref)) pairs.push({ a, b, rule: v.rule.id });
  };
  for (const p of ds.people) {
    const key = keyOf.get(p.ref)!;
    const t = key.split(' ');
    if (t.length >= 3) for (const base of byKey.get(t.slice(0, -1).join(' ')) ?? []) consider(p, base);
  }
  for (const group of byEnds.values()) for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) consider(group[i], group[j]);
  return pairs;
}

/**
 * Merges each confirmed variant pair: the person with fewer relations (then the longer name,
 * then the later name) into the other, whose name stays and gains the other as an alias.
 * Relations follow the merged person; duplicates and self-relations it makes are dropped.
 */
export function applySeedVariants(ds: ReferenceDataset): ReferenceDataset {
  const degree = new Map<string, number>();
  for (const r of ds.relations) for (const ref of [r.from, r.to]) degree.set(ref, (degree.get(ref) ?? 0) + 1);
  const pairs = findVariantPairs(ds);
  const partners = new Map<string, number>();
  for (const { a, b } of pairs) for (const ref of [a.ref, b.ref]) partners.set(ref, (partners.get(ref) ?? 0) + 1);
  const into = new Map<string, ReferencePerson>();
  const merges: SeedMerge[] = [];
  const rank = (p: ReferencePerson) => [-(degree.get(p.ref) ?? 0), p.name.split(' ').length];
  for (const { a, b, rule } of pairs) {
    if (partners.get(a.ref) !== 1 || partners.get(b.ref) !== 1) continue; // ambiguous: leave both
    const [ra, rb] = [rank(a), rank(b)];
    const keepA = ra[0] !== rb[0] ? ra[0] < rb[0] : ra[1] !== rb[1] ? ra[1] < rb[1] : byCodeUnit(a.name, b.name) < 0;
    const [keep, drop] = keepA ? [a, b] : [b, a];
    into.set(drop.ref, keep);
    merges.push({ rule, from: drop.name, into: keep.name });
  }
  const target = (ref: string) => into.get(ref)?.ref ?? ref;
  const aliases = new Map<string, string[]>();
  for (const [ref, keep] of into) aliases.set(keep.ref, [...(aliases.get(keep.ref) ?? []), ds.people.find((p) => p.ref === ref)!.name]);
  const people: VariantPerson[] = ds.people
    .filter((p) => !into.has(p.ref))
    .map((p) => (aliases.has(p.ref) ? { ...p, aliases: aliases.get(p.ref)!.sort(byCodeUnit) } : p));
  const seen = new Set<string>();
  const relations: ReferenceRelation[] = [];
  const marriages = new Map<string, ReferenceRelation[]>();
  for (const r of ds.relations) {
    const [from, to] = [target(r.from), target(r.to)];
    if (from === to) continue;
    if (r.kind === 'PARENT') {
      if (seen.has(`P|${from}|${to}`)) continue;
      seen.add(`P|${from}|${to}`);
      relations.push(from === r.from && to === r.to ? r : { ...r, from, to });
      continue;
    }
    // as the converter does: one orientation per couple, and compatible spans are one marriage
    const pair = [from, to].sort().join('|');
    const spans = marriages.get(pair) ?? [];
    marriages.set(pair, spans);
    const same = spans.find((m) => datesCompatible(m.since, r.since));
    if (same) {
      same.since = pickDate(same.since, r.since);
      same.until = pickDate(same.until, r.until);
      same.endCause = same.endCause ?? r.endCause;
      if (same.since === undefined) delete same.since;
      if (same.until === undefined) delete same.until;
      if (same.endCause === undefined) delete same.endCause;
      continue;
    }
    const [a, b] = spans.length > 0 ? [spans[0].from, spans[0].to] : [from, to];
    const copy = { ...r, from: a, to: b };
    spans.push(copy);
    relations.push(copy);
  }
  // a merge that makes a parent link both ways (a person their own grandparent) drops both, as the converter does
  const cyclic = (r: ReferenceRelation) => r.kind === 'PARENT' && seen.has(`P|${r.to}|${r.from}`);
  const out: ReferenceDataset = { ...ds, people, relations: relations.filter((r) => !cyclic(r)) };
  merged.set(out, merges);
  return out;
}
