/**
 * Pure conversion of Wikidata spouse/child facts into the reference seed graph.
 *
 * Inputs (all CC0 Wikidata facts, read by scripts/convert-facts.ts):
 *  - celebrity-marriages.csv: P26 (spouse) rows with start/end date, end cause and
 *    both birth dates. Year-only dates were stored as YYYY-01-01. Some cells hold a
 *    bare Q-id (label missing) or a Wikidata "genid" URL (unknown value).
 *  - P26.*.json: {"question": "Who is X married to?", "answers": [...]}
 *  - P40.*.json: {"question": "Who is X's child?", "answers": [...]}
 *
 * No I/O here: everything takes strings / parsed values and returns plain data, so it
 * is deterministic and unit-testable.
 *
 * Identity: a person is identified by their exact (trimmed) English label, except where
 * ./seed-identity proves a label to be two people (the actress Jane Seymour and the queen)
 * or a family to be non-human (gods, racehorses): see its rules.
 */

import {
  MarriageRow, QaKind, QaPair, cleanName, datesCompatible, extractSubject, normaliseDate, normaliseEndCause, pickDate, precision,
} from './wikidata-parse';
import { NON_HUMAN_ANCHORS, NonHumanKind, displayName, lifetimeOf, namesakeKey, provenNamesakes } from './seed-identity';
import { applySeedVariants } from './seed-variants';

export * from './wikidata-parse';

export interface ReferencePerson { ref: string; name: string; birthDate?: string; deathDate?: string }
export interface ReferenceRelation {
  kind: 'SPOUSE' | 'PARENT';
  from: string;
  to: string;
  since?: string;
  until?: string;
  /** how a marriage ended ("divorce", "death", "annulment"): a divorce becomes a DIVORCE event at load */
  endCause?: string;
  quote: string;
  confidence: number;
}
export interface ReferenceDataset { source: string; sourceUrl: string; license: string; generatedFrom: string[]; people: ReferencePerson[]; relations: ReferenceRelation[] }

export const WIKIDATA_SOURCE = 'Wikidata';
export const WIKIDATA_SOURCE_URL = 'https://www.wikidata.org/';
export const WIKIDATA_LICENSE = 'CC0-1.0';

// ---------------------------------------------------------------------------
// Dataset building
// ---------------------------------------------------------------------------

export interface BuildInput {
  marriages: MarriageRow[];
  /** Contents of P26.*.json (spouse questions). */
  spousePairs: QaPair[];
  /** Contents of P40.*.json (child questions). */
  childPairs: QaPair[];
  /** Names of the input files, recorded in the dataset. */
  generatedFrom: string[];
}

export interface BuildOptions {
  /**
   * Scale policy. Every CSV-derived fact is kept (those are the celebrities the product
   * is about). Q/A-derived facts (P26/P40 question pairs) are kept only if their
   * connected component in the full graph (CSV + all Q/A facts) either contains a
   * CSV-derived relation or has at least this many people.
   *
   * Why: measured on the shared data, the Q/A facts are very fragmented: 7,547 of the
   * 10,569 components are a lone pair (A married B, nobody else). Such pairs can never
   * be part of a multi-hop answer, yet they are ~half of all people (15k of 32k). The
   * brief's first suggestion (CSV people + Q/A pairs touching them, repeated) stays
   * small but barely connects: after 4 rounds the largest component is only 110
   * people, because the CSV is mostly "one star + their spouses" stars. Keeping every
   * component of >= 3 people instead yields 18,491 people / 16,163 relations (3.3 MB
   * JSON, loads in seconds) with a largest component of 1,294 people (European royalty
   * and nobility, joined to a few film families) and thousands of smaller families and
   * marriage chains (Rooney-Gardner-Sinatra-Farrow-Allen, Taylor-Hilton-Gabor-Sanders)
   * - that is where the multi-hop answers are. Including everything (~32k people) would exceed the
   * 5k-25k target while adding no multi-hop paths.
   *
   * Default 3. Use 2 to keep everything.
   */
  minComponentSize?: number;
}

interface Span { since?: string; until?: string; cause?: string }
interface Couple { a: string; b: string; spans: Span[]; fromCsv: boolean }
interface ParentLink { parent: string; child: string }

const pairKey = (x: string, y: string): string => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);

/** Code-unit order: locale-independent, so output is identical on every machine. */
const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function spanQuote(from: string, to: string, s: Span): string {
  let text = `Wikidata P26 (spouse): ${from} married ${to}`;
  if (s.since && s.until) text += `, ${s.since} to ${s.until}`;
  else if (s.since) text += `, from ${s.since}`;
  else if (s.until) text += `, until ${s.until}`;
  if (s.cause) text += ` (ended by ${s.cause})`;
  return text;
}

/**
 * Adds a marriage span to a couple. Spans merge when their start dates are compatible
 * (equal, one refines the other - "1992" vs "1992-07-18" - or one is unknown): that is
 * the same marriage seen from the other direction, twice in the CSV, or again in P26.
 * Spans with different start dates stay separate (Taylor-Burton married twice).
 * On merge the more precise dates win; the first non-empty end cause wins.
 */
function addSpan(couple: Couple, span: Span): void {
  const target = couple.spans.find((s) => datesCompatible(s.since, span.since));
  if (!target) {
    couple.spans.push({ ...span });
    return;
  }
  target.since = pickDate(target.since, span.since);
  target.until = pickDate(target.until, span.until);
  target.cause = target.cause ?? span.cause;
}

/**
 * Chooses one birth date among the values the data gives for a person (Wikidata often
 * holds several): prefer day precision over year-only, then the most frequent value,
 * then the earliest. Never invents a date.
 */
function chooseDate(candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort(
    ([a, na], [b, nb]) => precision(b) - precision(a) || nb - na || byCodeUnit(a, b),
  )[0][0];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();
  find(x: string): string {
    if (!this.parent.has(x)) {
      this.parent.set(x, x);
      this.size.set(x, 1);
      return x;
    }
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let cur = x; cur !== root; ) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root); // path compression
      cur = next;
    }
    return root;
  }
  union(x: string, y: string): void {
    const rx = this.find(x);
    const ry = this.find(y);
    if (rx === ry) return;
    const [big, small] = this.size.get(rx)! >= this.size.get(ry)! ? [rx, ry] : [ry, rx];
    this.parent.set(small, big);
    this.size.set(big, this.size.get(big)! + this.size.get(small)!);
  }
  has(x: string): boolean {
    return this.parent.has(x);
  }
  componentSize(x: string): number {
    return this.size.get(this.find(x))!;
  }
}

/**
 * Builds the reference dataset. Deterministic for a given input: refs are assigned in
 * code-unit order of names ("w1", "w2", ...), relations are sorted by kind, endpoint
 * names and start date.
 */
export function buildReferenceDataset(input: BuildInput, options: BuildOptions = {}): ReferenceDataset {
  return buildWithChanges(input, options).dataset;
}

/** A non-human family the build left out (or, in a celebrity's family, only its anchor). */
export interface NonHumanFamily {
  anchor: string;
  kind: NonHumanKind;
  familySize: number;
  dropped: number;
}

/** What ./seed-identity's rules changed in a build, printed by convert-facts and counted in the README. */
export interface SeedChanges {
  namesakes: string[];
  nonHuman: NonHumanFamily[];
}

export function buildWithChanges(input: BuildInput, options: BuildOptions = {}): { dataset: ReferenceDataset; changes: SeedChanges } {
  const minComponentSize = options.minComponentSize ?? 3;

  // --- spouses: CSV first (it carries dates), then P26 pairs -----------------------
  const couples = new Map<string, Couple>();
  const births = new Map<string, string[]>();
  const addBirth = (name: string, raw: string): void => {
    const d = normaliseDate(raw);
    if (!d) return;
    const list = births.get(name);
    if (list) list.push(d);
    else births.set(name, [d]);
  };
  const coupleFor = (x: string, y: string, fromCsv: boolean): Couple => {
    const key = pairKey(x, y);
    let c = couples.get(key);
    if (!c) {
      // orientation: the direction in which the couple was first seen (CSV: celebrity first)
      c = { a: x, b: y, spans: [], fromCsv };
      couples.set(key, c);
    }
    c.fromCsv ||= fromCsv;
    return c;
  };

  for (const row of input.marriages) {
    const celebrity = cleanName(row.celebrity);
    const spouse = cleanName(row.spouse);
    // Birth dates are facts about a person even if the spouse cell is unusable.
    if (celebrity) addBirth(celebrity, row.celebrityBirth);
    if (spouse) addBirth(spouse, row.spouseBirth);
    if (!celebrity || !spouse || celebrity === spouse) continue;
    addSpan(coupleFor(celebrity, spouse, true), {
      since: normaliseDate(row.startDate),
      until: normaliseDate(row.endDate),
      cause: normaliseEndCause(row.endCause),
    });
  }

  for (const { subject, answer } of qaFacts(input.spousePairs, 'spouse')) {
    addSpan(coupleFor(subject, answer, false), {});
  }

  // --- parents: P40 ------------------------------------------------------------------
  const parents = new Map<string, ParentLink>();
  for (const { subject, answer } of qaFacts(input.childPairs, 'child')) {
    parents.set(`${subject}\u0000${answer}`, { parent: subject, child: answer });
  }
  // A parent link in both directions (A parent of B and B parent of A) is a label
  // collision (13 pairs in the data, e.g. "James Roosevelt" is both FDR's father and his
  // son) or a data error. Keeping it would make a person their own grandparent, so both
  // directions are dropped.
  for (const [key, link] of [...parents]) {
    const reverse = `${link.child}\u0000${link.parent}`;
    if (parents.has(reverse)) {
      parents.delete(key);
      parents.delete(reverse);
    }
  }

  // --- namesakes (see ./seed-identity, rule namesake/lifetimes-apart) ----------------
  const csvBirths = new Map<string, string>();
  for (const [name, dates] of births) csvBirths.set(name, chooseDate(dates)!);
  const qaLinks = [
    ...[...couples.values()].filter((c) => !c.fromCsv).map((c) => ({ a: c.a, b: c.b })),
    ...[...parents.values()].map((p) => ({ a: p.parent, b: p.child })),
  ];
  const namesakes = provenNamesakes(csvBirths, qaLinks);
  const moved = (name: string) => (namesakes.has(name) ? namesakeKey(name) : name);
  for (const [key, c] of [...couples]) {
    if (c.fromCsv || (!namesakes.has(c.a) && !namesakes.has(c.b))) continue;
    couples.delete(key);
    const [a, b] = [moved(c.a), moved(c.b)];
    couples.set(pairKey(a, b), { ...c, a, b });
  }
  for (const [key, p] of [...parents]) {
    if (!namesakes.has(p.parent) && !namesakes.has(p.child)) continue;
    parents.delete(key);
    const [parent, child] = [moved(p.parent), moved(p.child)];
    parents.set(`${parent}\u0000${child}`, { parent, child });
  }

  // --- scale selection (see BuildOptions.minComponentSize) ---------------------------
  const uf = new UnionFind();
  const csvRoots = new Set<string>();
  for (const c of couples.values()) uf.union(c.a, c.b);
  for (const p of parents.values()) uf.union(p.parent, p.child);
  for (const c of couples.values()) if (c.fromCsv) csvRoots.add(uf.find(c.a));
  // non-human families (./seed-identity, rule non-human/family): whole, unless a celebrity's
  const nonHuman: NonHumanFamily[] = [];
  const nonHumanRoots = new Set<string>();
  for (const [anchor, kind] of NON_HUMAN_ANCHORS) {
    if (!uf.has(anchor)) continue;
    const root = uf.find(anchor);
    const celebrity = csvRoots.has(root);
    if (!celebrity) nonHumanRoots.add(root);
    nonHuman.push({ anchor, kind, familySize: uf.componentSize(anchor), dropped: celebrity ? 1 : uf.componentSize(anchor) });
  }
  const keep = (name: string): boolean =>
    !NON_HUMAN_ANCHORS.has(name) &&
    !nonHumanRoots.has(uf.find(name)) &&
    (csvRoots.has(uf.find(name)) || uf.componentSize(name) >= minComponentSize);

  const keptCouples = [...couples.values()].filter((c) => keep(c.a) && keep(c.b));
  const keptParents = [...parents.values()].filter((p) => keep(p.parent) && keep(p.child));

  // --- people and refs ---------------------------------------------------------------
  const names = new Set<string>();
  for (const c of keptCouples) names.add(c.a).add(c.b);
  for (const p of keptParents) names.add(p.parent).add(p.child);
  const sortedNames = [...names].sort(byCodeUnit);
  const refOf = new Map<string, string>();
  const spousesOf = new Map<string, string[]>();
  for (const c of keptCouples) {
    spousesOf.set(c.a, [...(spousesOf.get(c.a) ?? []), displayName(c.b)]);
    spousesOf.set(c.b, [...(spousesOf.get(c.b) ?? []), displayName(c.a)]);
  }
  const people: ReferencePerson[] = sortedNames.map((name, i) => {
    const ref = `w${i + 1}`;
    refOf.set(name, ref);
    const person: ReferencePerson = { ref, name: displayName(name) };
    // the shared facts give birth dates (CSV) only; KNOWN_LIFETIMES adds the few a namesake rule needs
    const known = lifetimeOf(displayName(name), spousesOf.get(name) ?? []);
    const birthDate = chooseDate(births.get(name) ?? []) ?? known?.birthDate;
    if (birthDate) person.birthDate = birthDate;
    if (known?.deathDate) person.deathDate = known.deathDate;
    return person;
  });

  // --- relations -----------------------------------------------------------------------
  const sortable: { key: string[]; rel: ReferenceRelation }[] = [];
  for (const c of keptCouples) {
    for (const s of c.spans) {
      const rel: ReferenceRelation = {
        kind: 'SPOUSE',
        from: refOf.get(c.a)!,
        to: refOf.get(c.b)!,
        ...(s.since ? { since: s.since } : {}),
        ...(s.until ? { until: s.until } : {}),
        ...(s.cause ? { endCause: s.cause } : {}),
        quote: spanQuote(displayName(c.a), displayName(c.b), s),
        confidence: 1,
      };
      sortable.push({ key: ['SPOUSE', c.a, c.b, s.since ?? ''], rel });
    }
  }
  for (const p of keptParents) {
    sortable.push({
      key: ['PARENT', p.parent, p.child, ''],
      rel: {
        kind: 'PARENT',
        from: refOf.get(p.parent)!,
        to: refOf.get(p.child)!,
        quote: `Wikidata P40 (child): ${displayName(p.parent)} is a parent of ${displayName(p.child)}`,
        confidence: 1,
      },
    });
  }
  sortable.sort((x, y) => {
    for (let i = 0; i < x.key.length; i++) {
      const d = byCodeUnit(x.key[i], y.key[i]);
      if (d !== 0) return d;
    }
    return 0;
  });

  const dataset = applySeedVariants({
    source: WIKIDATA_SOURCE,
    sourceUrl: WIKIDATA_SOURCE_URL,
    license: WIKIDATA_LICENSE,
    generatedFrom: [...input.generatedFrom].sort(byCodeUnit),
    people,
    relations: sortable.map((s) => s.rel),
  });
  return { dataset, changes: { namesakes: [...namesakes].sort(byCodeUnit), nonHuman } };
}

/** Yields cleaned (subject, answer) pairs of a Q/A set; drops unusable names and self-pairs. */
function* qaFacts(pairs: QaPair[], kind: QaKind): Generator<{ subject: string; answer: string }> {
  for (const pair of pairs) {
    const subject = extractSubject(pair.question, kind);
    if (!subject) continue;
    for (const raw of pair.answers) {
      const answer = cleanName(raw);
      if (answer && answer !== subject) yield { subject, answer };
    }
  }
}

// ---------------------------------------------------------------------------
// Output helpers
// ---------------------------------------------------------------------------

/** JSON with one person / relation per line: compact, yet diff-friendly. */
export function serializeDataset(ds: ReferenceDataset): string {
  const list = (items: unknown[]): string =>
    items.length === 0 ? '[]' : `[\n${items.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
  return [
    '{',
    `  "source": ${JSON.stringify(ds.source)},`,
    `  "sourceUrl": ${JSON.stringify(ds.sourceUrl)},`,
    `  "license": ${JSON.stringify(ds.license)},`,
    `  "generatedFrom": ${JSON.stringify(ds.generatedFrom)},`,
    `  "people": ${list(ds.people)},`,
    `  "relations": ${list(ds.relations)}`,
    '}',
    '',
  ].join('\n');
}

export interface DatasetStats {
  people: number;
  spouseRelations: number;
  parentRelations: number;
  components: number;
  largestComponent: number;
}

/** Counts and connectivity (relations treated as undirected edges). */
export function datasetStats(ds: ReferenceDataset): DatasetStats {
  const uf = new UnionFind();
  for (const p of ds.people) uf.find(p.ref);
  for (const r of ds.relations) uf.union(r.from, r.to);
  const roots = new Set(ds.people.map((p) => uf.find(p.ref)));
  let largest = 0;
  for (const root of roots) largest = Math.max(largest, uf.componentSize(root));
  return {
    people: ds.people.length,
    spouseRelations: ds.relations.filter((r) => r.kind === 'SPOUSE').length,
    parentRelations: ds.relations.filter((r) => r.kind === 'PARENT').length,
    components: roots.size,
    largestComponent: largest,
  };
}
