import { randomUUID } from 'node:crypto';
import { AppError, BadInputError } from '../errors';
import * as q from '../graph/ingest.queries';
import { Db, Tx, WriteConflict } from '../graph/run';
import { findRetraction } from '../graph/retract.queries';
import { withImpliedRelations } from './implied';
import { findNearPairs, NamedPerson } from './co-mentions';
import { Candidate, choosePerson, contradiction, DUPLICATE_REASON, isSingleToken, MentionFacts, scopedId } from './identity';
import { hashId, nameKey, slugify } from './keys';
import { chooseRelative, chooseVariant, mononymScope, TokenUses, VariantCandidate, variantLookup } from './name-variants';
import { chooseNickname, nicknameKeys } from './nicknames';
import { withWrittenPeople } from './person-gate';
import { foldShortForms } from './short-forms';
import { FactsIn, NormalizedFacts, NPerson, NRelation, normalizeFacts } from './validate';
import { ArticleIn, DatasetIn, IngestReport } from './types';

const BATCH = 2000;

/** The id an article gets: stable per url, so the same url always updates one article. */
export function articleIdFor(input: Pick<ArticleIn, 'url' | 'title' | 'publishedAt'>): string {
  return input.url ? articleIdForUrl(input.url) : hashId('art', input.title, input.publishedAt.toISOString());
}

/** The id of the article at a url, as ingestion stores it (trimmed). */
export const articleIdForUrl = (url: string): string => hashId('art', url.trim());

/**
 * Ingests one article in one write transaction: all or nothing, idempotent per url. Facts the
 * article stated before and no longer states lose this article's evidence, and go when no
 * other source supports them. Concurrent ingestions of one url run one after another, the
 * last to commit wins: the transaction locks the article before it reads anything.
 */
export async function ingestArticle(db: Db, input: ArticleIn, status: q.Origin['status'] = 'ACCEPTED'): Promise<IngestReport> {
  const gated: string[] = [];
  const facts = foldShortForms(withWrittenPeople(normalizeFacts(input, 'input'), gated));
  const url = input.url?.trim() || null;
  if (url !== null && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(url)) throw new BadInputError('input.url', `"${input.url}" is not a URL`);
  if (Number.isNaN(input.publishedAt.getTime())) throw new BadInputError('input.publishedAt', 'is not a date-time');
  const title = input.title.trim();
  if (!title) throw new BadInputError('input.title', 'must not be empty');
  const articleId = articleIdFor({ url, title, publishedAt: input.publishedAt });
  const origin: q.Origin = {
    originId: `article:${articleId}`,
    articleId,
    datasetId: null,
    source: input.publisher?.trim() || (url ? hostOf(url) : null) || 'unknown',
    ingestId: randomUUID(),
    status,
  };
  return db.writeTx(async (tx) => {
    // first, before anything is read: see lockArticle
    const before = await q.lockArticle(tx, articleId);
    // right after the lock: a retraction that committed while this waited for it is seen
    await refuseRetracted(tx, articleId);
    const scope = { articleId, articleDate: input.publishedAt.toISOString().slice(0, 10), previous: new Set(before) };
    const people = await resolvePeople(tx, facts, scope);
    const mentioned = [...new Set(facts.people.filter((p) => !p.held).map((p) => people.ids.get(p.ref)!))];
    // named only by held facts: not mentioned (so in no list or co-mention), but held by the article for clean-up
    const held = [...new Set(facts.people.filter((p) => p.held).map((p) => people.ids.get(p.ref)!))].filter(
      (id) => !mentioned.includes(id),
    );
    await q.upsertArticle(
      tx,
      {
        id: articleId,
        url,
        title,
        publisher: input.publisher?.trim() || null,
        publishedAt: input.publishedAt.toISOString(),
        body: input.body ?? null,
      },
      mentioned,
      held,
    );
    await q.relinkCoMentions(tx, articleId, before, mentioned, findNearPairs(input.body, namedForms(facts.people, people.ids)));
    const report = await writeFacts(tx, facts, people.ids, origin);
    await q.createQuotes(
      tx,
      articleId,
      facts.quotes.map((quote, i) => ({
        id: hashId('quo', articleId, String(i)),
        position: i,
        text: quote.text,
        speaker: quote.speaker ? people.ids.get(quote.speaker)! : null,
      })),
    );
    const swept = await q.sweepStale(tx, origin);
    await q.refreshStanding(tx, [...report.factIds, ...swept.factIds], swept.people);
    await q.deleteOrphanPeople(
      tx,
      before.filter((id) => !mentioned.includes(id) && !held.includes(id)),
    );
    return {
      articleId,
      peopleCreated: people.created,
      peopleMatched: people.matched,
      ...counts(report),
      warnings: [...gated, ...report.warnings],
    };
  });
}

/** A retracted article stays retracted: ingesting its url again is refused, with the date of the retraction. */
async function refuseRetracted(tx: Tx, articleId: string): Promise<void> {
  const retraction = await findRetraction(tx, articleId);
  if (retraction)
    throw new AppError('ARTICLE_RETRACTED', `${retraction.url} was retracted on ${retraction.at}; it cannot be ingested again`, {
      retractedAt: retraction.at,
    });
}

/** Ingests a reference dataset (e.g. Wikidata) through the same checks and writes as an article. */
export async function ingestDataset(db: Db, dataset: DatasetIn): Promise<IngestReport> {
  const facts = normalizeFacts(dataset as FactsIn, 'dataset');
  const key = slugify(dataset.source);
  const origin: q.Origin = {
    originId: `dataset:${key}`,
    articleId: null,
    datasetId: key,
    source: dataset.source,
    ingestId: randomUUID(),
    status: 'ACCEPTED',
  };
  return db.writeTx(async (tx) => {
    const people = await resolvePeople(tx, facts, { articleId: null, articleDate: null, previous: new Set() });
    const report = await writeFacts(tx, facts, people.ids, origin);
    const swept = await q.sweepStale(tx, origin);
    await q.refreshStanding(tx, [...report.factIds, ...swept.factIds], swept.people);
    return { articleId: null, peopleCreated: people.created, peopleMatched: people.matched, ...counts(report) };
  });
}

interface ResolvedPeople {
  ids: Map<string, string>;
  created: number;
  matched: number;
}

/** Where the people of one ingestion are named: the article (null for a dataset), its day, whom it named before. */
interface Scope {
  articleId: string | null;
  articleDate: string | null;
  previous: ReadonlySet<string>;
}

/**
 * Person refs -> ids: by id; a one-token name by its source-scoped id, or a stage name by its
 * global id (./name-variants MONONYM_SCOPED); a full name by the rules of ./identity (name or
 * alias agrees, dates do not contradict, family confirms), then, when no namesake is viable,
 * by a confirmed variant of it (married or middle name); else a new readable id, with
 * POSSIBLE_DUPLICATE edges to the namesakes and variants it could not choose from.
 */
async function resolvePeople(tx: Tx, facts: NormalizedFacts, scope: Scope): Promise<ResolvedPeople> {
  const people = facts.people;
  const single = (p: NPerson) => !p.id && isSingleToken(p.keys[0]);
  const uses = await tokenUses(tx, facts, scope, people.filter(single));
  const mononyms = new Map(people.filter(single).map((p) => [p.ref, mononymIds(facts, p, scope, uses.get(p.keys[0]))]));
  // uses has an entry only for tokens the pure rules let through: the others never look up a global id
  const lookups = people.map((p) => ({
    ref: p.ref,
    id: p.id ?? mononyms.get(p.ref)?.lookup ?? null,
    name: p.name,
    key: single(p) ? null : p.keys[0],
    related: relatedKeys(facts, p.ref),
  }));
  const found = new Map<string, q.ResolvedRow>();
  const keys = lookups.map((l) => l.key).filter((k): k is string => k !== null);
  for (const part of chunks([...new Set(keys)].sort())) await q.lockNameKeys(tx, part);
  for (const rows of chunks(lookups)) for (const row of await q.resolvePeople(tx, rows)) found.set(row.ref, row);
  const choices = new Map<string, Resolution>();
  people.forEach((p, i) => {
    const row = found.get(p.ref)!;
    if (p.id && !row.byId) throw new BadInputError(`input.people[${i}].id`, `no person with id "${p.id}"`);
    if (row.byId && !single(p)) choices.set(p.ref, { match: row.byId, duplicates: [] });
    else if (single(p)) choices.set(p.ref, chooseMononym(p, row, mononyms.get(p.ref)!, mentionFacts(facts, p, scope)));
    else {
      const choice = choosePerson(row.candidates, mentionFacts(facts, p, scope), scope.previous);
      const duplicates = choice.match === null ? choice.duplicates.map((id) => ({ id, reason: DUPLICATE_REASON })) : [];
      choices.set(p.ref, { match: choice.match, duplicates });
    }
  });
  await resolveVariantsOf(tx, facts, scope, choices);
  await resolveNicknamesOf(tx, facts, scope, choices);
  await resolveByFamily(tx, facts, scope, choices);
  const ids = new Map<string, string>();
  const newByRef = new Map<string, string>();
  const fixed = new Map<string, string>();
  const fresh: NPerson[] = [];
  const doubts = new Map<string, { id: string; reason: string }[]>();
  for (const p of people) {
    const choice = choices.get(p.ref)!;
    const earlier = choice.match ? undefined : sameNewPerson(fresh, p, facts, scope);
    if (choice.match) ids.set(p.ref, choice.match);
    else if (earlier)
      newByRef.set(p.ref, earlier.ref); // one new person named twice: its id is set below
    else {
      fresh.push(p);
      if (choice.fixed) fixed.set(p.ref, choice.fixed);
      if (choice.duplicates.length > 0) doubts.set(p.ref, choice.duplicates);
    }
  }
  for (const [ref, id] of fixed) ids.set(ref, id);
  await assignNewIds(
    tx,
    fresh.filter((p) => !fixed.has(p.ref)),
    ids,
  );
  for (const [ref, first] of newByRef) ids.set(ref, ids.get(first)!);
  // These locks, held until commit, keep concurrent ingestions from adding one relation twice;
  // taken in id order (and new people created in id order) they queue rather than deadlock.
  const locked = await q.lockPeople(tx, [...ids.values()]);
  // a person resolved above and gone now was merged (or retracted) by a transaction that committed meanwhile
  const gone = [...choices.values()].flatMap((c) => (c.match && !locked.has(c.match) ? [c.match] : []));
  if (gone.length > 0) throw new WriteConflict(`people changed during ingestion: ${gone.join(', ')}`);
  const rows = people.map((p) => personRow(p, ids.get(p.ref)!)).sort((x, y) => compare(x.id, y.id));
  for (const part of chunks(rows)) await q.upsertPeople(tx, part);
  const duplicates = [...doubts].flatMap(([ref, others]) =>
    others.map((other) => ({ from: ids.get(ref)!, to: other.id, articleId: scope.articleId, reason: other.reason })),
  );
  await q.linkPossibleDuplicates(tx, duplicates);
  return { ids, created: fresh.length, matched: new Set(people.map((p) => ids.get(p.ref))).size - fresh.length };
}

/**
 * The new person of this input that `p` names again: same name key and no dates that tell
 * them apart (a dataset can hold two people of one label, the actress and the queen).
 */
function sameNewPerson(fresh: NPerson[], p: NPerson, facts: NormalizedFacts, scope: Scope): NPerson | undefined {
  const mention = mentionFacts(facts, p, scope);
  return fresh.find(
    (q) =>
      q.keys[0] === p.keys[0] &&
      contradiction({ id: q.ref, name: q.name, birthDate: q.birthDate, deathDate: q.deathDate, confirmed: false }, mention) === null,
  );
}

/** How one ref resolved: an existing person, or none (then `fixed` is the new id, if not a slug) and its doubts. */
interface Resolution {
  match: string | null;
  fixed?: string;
  duplicates: { id: string; reason: string }[];
}

/**
 * The ids a one-token name may have: its article-scoped id, and for a stage name (no
 * MONONYM_SCOPED rule holds it back) the global slug. The scoped id an earlier ingestion of
 * this article wrote is looked up first, so re-ingestion keeps it.
 */
function mononymIds(
  facts: NormalizedFacts,
  p: NPerson,
  scope: Scope,
  graph: TokenUses | undefined,
): { lookup: string; scoped: string; global: string | null; fresh: boolean } {
  const scoped = scopedId(p.name, scope.articleId);
  const global = scope.articleId && graph ? slugify(p.name) : null;
  const fresh = !!global && mononymScope(p.keys[0], p.keys, othersKeys(facts, p), graph) === null;
  return { lookup: global && !scope.previous.has(scoped) ? global : scoped, scoped, global, fresh };
}

const othersKeys = (facts: NormalizedFacts, p: NPerson): string[] => facts.people.filter((o) => o.ref !== p.ref).flatMap((o) => o.keys);

/** How the graph uses the one-token names of an article that pass the pure rules (a dataset's need no check). */
async function tokenUses(tx: Tx, facts: NormalizedFacts, scope: Scope, singles: NPerson[]): Promise<Map<string, TokenUses>> {
  if (!scope.articleId) return new Map();
  const asked = singles.filter((p) => mononymScope(p.keys[0], p.keys, othersKeys(facts, p)) === null);
  return q.findNameTokenUses(
    tx,
    [...new Set(asked.map((p) => p.keys[0]))].map((token) => ({ token, id: slugify(token) })),
  );
}

/**
 * A stage name is the global person under its slug when that person's whole name is the token
 * and no date contradicts. A new global person needs the graph rules too (no one else with the
 * token as a first or last name); an existing one was made under them, and stays the stage name
 * when a later "Rihanna Fenty" (or a misread "DATE Rihanna") appears.
 */
function chooseMononym(p: NPerson, row: q.ResolvedRow, ids: ReturnType<typeof mononymIds>, m: MentionFacts): Resolution {
  const person = row.byIdPerson;
  if (!person) return { match: null, fixed: ids.lookup === ids.global && !ids.fresh ? ids.scoped : ids.lookup, duplicates: [] };
  if (person.id !== ids.global) return { match: person.id, duplicates: [] };
  const same = nameKey(person.name) === p.keys[0] && contradiction({ ...person, confirmed: false }, m) === null;
  return same ? { match: person.id, duplicates: [] } : { match: null, fixed: ids.scoped, duplicates: [] };
}

/**
 * Full names with no viable namesake: a confirmed variant (./name-variants) is the person;
 * unconfirmed variants are recorded as possible duplicates of the new one.
 */
async function resolveVariantsOf(tx: Tx, facts: NormalizedFacts, scope: Scope, choices: Map<string, Resolution>): Promise<void> {
  const asked = facts.people.flatMap((p) => {
    const choice = choices.get(p.ref)!;
    const lookup = !p.id && choice.match === null && !choice.fixed && choice.duplicates.length === 0 ? variantLookup(p.keys[0]) : null;
    return lookup ? [{ ref: p.ref, key: p.keys[0], ...lookup, related: relatedKeys(facts, p.ref) }] : [];
  });
  const found = new Map<string, VariantCandidate[]>();
  for (const part of chunks(asked)) for (const [ref, c] of await q.resolveVariants(tx, part)) found.set(ref, c);
  for (const p of facts.people) {
    if (!found.has(p.ref)) continue;
    const choice = chooseVariant(p.keys[0], found.get(p.ref)!, mentionFacts(facts, p, scope), relatedKeys(facts, p.ref, 'SPOUSE'));
    choices.set(p.ref, 'duplicates' in choice ? { match: null, duplicates: choice.duplicates } : { match: choice.match, duplicates: [] });
  }
}

/**
 * Full names still unmatched: a person under a nickname form of the name ("William X" for "Bill
 * X", ./nicknames) whom the article's family confirms is the person; unconfirmed ones are added
 * to the possible duplicates.
 */
async function resolveNicknamesOf(tx: Tx, facts: NormalizedFacts, scope: Scope, choices: Map<string, Resolution>): Promise<void> {
  const asked = facts.people.flatMap((p) => {
    const choice = choices.get(p.ref)!;
    if (p.id || choice.match !== null || choice.fixed) return [];
    const related = relatedKeys(facts, p.ref);
    return nicknameKeys(p.keys[0]).map((key) => ({ ref: `${p.ref}\u0000${key}`, id: null, name: p.name, key, related }));
  });
  const found = new Map<string, Candidate[]>();
  for (const part of chunks(asked))
    for (const row of await q.resolvePeople(tx, part)) {
      const ref = row.ref.slice(0, row.ref.indexOf('\u0000'));
      found.set(ref, [...(found.get(ref) ?? []), ...row.candidates]);
    }
  for (const p of facts.people) {
    const candidates = found.get(p.ref);
    if (!candidates?.length) continue;
    const choice = chooseNickname(candidates, mentionFacts(facts, p, scope));
    const before = choices.get(p.ref)!;
    choices.set(
      p.ref,
      'duplicates' in choice
        ? { ...before, duplicates: [...before.duplicates, ...choice.duplicates] }
        : { match: choice.match, duplicates: [] },
    );
  }
}

/**
 * One-token names still scoped to an article, related by it to a resolved person: the
 * one relative of that kind with that first name (chooseRelative), if the graph holds one.
 */
async function resolveByFamily(tx: Tx, facts: NormalizedFacts, scope: Scope, choices: Map<string, Resolution>): Promise<void> {
  if (!scope.articleId) return; // a dataset's one-token name is its whole label ("Abraham"), not a short form
  const open = (ref: string) => {
    const c = choices.get(ref)!;
    return c.match === null && !!c.fixed && !scope.previous.has(c.fixed);
  };
  const rows = facts.relations.flatMap((r) => {
    const [from, to] = [choices.get(r.from)!.match, choices.get(r.to)!.match];
    if (r.kind === 'SPOUSE')
      return [
        ...(open(r.from) && to ? [{ ref: r.from, id: to, dir: 'spouses' }] : []),
        ...(open(r.to) && from ? [{ ref: r.to, id: from, dir: 'spouses' }] : []),
      ];
    return [
      ...(open(r.to) && from ? [{ ref: r.to, id: from, dir: 'children' }] : []),
      ...(open(r.from) && to ? [{ ref: r.from, id: to, dir: 'parents' }] : []),
    ];
  });
  const relatives = await q.findRelatives(tx, rows);
  for (const p of facts.people) {
    if (!relatives.has(p.ref) || !isSingleToken(p.keys[0])) continue;
    const choice = chooseRelative(p.keys[0], relatives.get(p.ref)!, mentionFacts(facts, p, scope));
    if (choice) choices.set(p.ref, { match: choice.match, duplicates: [] });
  }
}

/** Full-name keys of the people this input relates to `ref` (spouses, parents, children; or one kind): one token confirms nothing. */
function relatedKeys(facts: NormalizedFacts, ref: string, kind?: NRelation['kind']): string[] {
  const others = new Set(
    facts.relations.filter((r) => !kind || r.kind === kind).flatMap((r) => (r.from === ref ? [r.to] : r.to === ref ? [r.from] : [])),
  );
  return facts.people.filter((p) => others.has(p.ref)).flatMap((p) => p.keys.filter((k) => !isSingleToken(k)));
}

/** Kinds of event a person takes part in alive (not a post about them, nor their own death). */
const ALIVE_KINDS: ReadonlySet<string> = new Set(['MARRIAGE', 'DIVORCE', 'BIRTH', 'PREGNANCY_ANNOUNCEMENT', 'PREGNANCY_LOSS']);

function mentionFacts(facts: NormalizedFacts, p: NPerson, scope: Scope): MentionFacts {
  const events = facts.events.filter((e) => ALIVE_KINDS.has(e.kind) && e.participants.includes(p.ref) && e.date).map((e) => e.date!);
  const marriages = facts.relations
    .filter((r) => r.kind === 'SPOUSE' && (r.from === p.ref || r.to === p.ref))
    .flatMap((r) => [r.since, r.until].filter((d): d is string => !!d));
  return { birthDate: p.birthDate, deathDate: p.deathDate, articleDate: scope.articleDate, aliveOn: [...events, ...marriages] };
}

/** Slug ids for new people, with -2, -3 ... where a slug is taken. */
async function assignNewIds(tx: Tx, fresh: NPerson[], ids: Map<string, string>): Promise<void> {
  const taken = new Set<string>(ids.values());
  let pending = fresh.map((p) => ({ person: p, base: slugify(p.name), n: 1 }));
  while (pending.length > 0) {
    const candidates = pending.map((c) => (c.n === 1 ? c.base : `${c.base}-${c.n}`));
    const existing = new Set<string>();
    for (const part of chunks(candidates)) for (const id of await q.findExistingPersonIds(tx, part)) existing.add(id);
    const next: typeof pending = [];
    pending.forEach((c, i) => {
      const id = candidates[i];
      if (existing.has(id) || taken.has(id)) next.push({ ...c, n: c.n + 1 });
      else {
        taken.add(id);
        ids.set(c.person.ref, id);
      }
    });
    pending = next;
  }
}

/** Each person's names in this article (several refs can be one person). */
function namedForms(people: NPerson[], ids: Map<string, string>): NamedPerson[] {
  const forms = new Map<string, string[]>();
  for (const p of people) {
    const id = ids.get(p.ref)!;
    forms.set(id, [...(forms.get(id) ?? []), p.name, ...p.aliases]);
  }
  return [...forms].map(([id, f]) => ({ id, forms: f }));
}

function personRow(p: NPerson, id: string): { id: string } & Record<string, unknown> {
  const names = [...p.aliases, p.name].map((text) => ({ text, key: nameKey(text) }));
  return {
    id,
    name: p.name,
    names,
    keys: p.keys,
    description: p.description,
    birthDate: p.birthDate,
    deathDate: p.deathDate,
    held: p.held,
  };
}

interface FactsWritten {
  relationsCreated: number;
  eventsCreated: number;
  /** relations and events given held evidence (see ./from-text) */
  heldForReview: number;
  warnings: string[];
  factIds: string[];
}

const counts = ({ factIds: _ids, ...report }: FactsWritten) => report;

async function writeFacts(tx: Tx, facts: NormalizedFacts, ids: Map<string, string>, origin: q.Origin): Promise<FactsWritten> {
  const out: FactsWritten = { relationsCreated: 0, eventsCreated: 0, heldForReview: 0, warnings: [], factIds: [] };
  const add = (key: 'relationsCreated' | 'eventsCreated', w: q.Written) => {
    out[key] += w.created;
    out.factIds.push(...w.factIds);
  };
  const relations = withImpliedRelations(facts);
  const spouses = spouseRows(relations, ids);
  const parents = parentRows(relations, ids, out.warnings);
  for (const rows of chunks(spouses)) add('relationsCreated', await q.upsertSpouses(tx, rows, origin));
  for (const rows of chunks(parents)) add('relationsCreated', await q.upsertParents(tx, rows, origin));
  const events = await eventRows(tx, facts, ids);
  out.heldForReview = [...spouses, ...parents, ...events.rows].filter((row) => row.held).length;
  for (const rows of chunks(events.rows)) add('eventsCreated', await q.upsertEvents(tx, rows, origin));
  await q.relinkCommemorates(tx, origin.originId, events.commemorates);
  return out;
}

function spouseRows(relations: NRelation[], ids: Map<string, string>): Record<string, unknown>[] {
  const rows = new Map<string, Record<string, unknown>>();
  for (const r of relations.filter((x) => x.kind === 'SPOUSE')) {
    const [a, b] = [ids.get(r.from)!, ids.get(r.to)!].sort();
    if (a === b) continue;
    const id = hashId('sp', a, b, r.since ?? '');
    if (r.held && rows.has(id)) continue; // a shown statement of the same fact wins
    rows.set(id, { id, a, b, since: r.since, until: r.until, quote: r.quote, confidence: r.confidence, rule: r.rule, held: r.held });
  }
  return [...rows.values()];
}

function parentRows(relations: NRelation[], ids: Map<string, string>, warnings: string[]): Record<string, unknown>[] {
  const rows = new Map<string, Record<string, unknown>>();
  for (const r of relations.filter((x) => x.kind === 'PARENT')) {
    const parent = ids.get(r.from)!;
    const child = ids.get(r.to)!;
    if (parent === child) {
      warnings.push(`${r.from} and ${r.to} are the same person; parent relation skipped`);
      continue;
    }
    const id = hashId('pa', parent, child);
    if (r.held && rows.has(id)) continue;
    rows.set(id, { id, parent, child, quote: r.quote, confidence: r.confidence, rule: r.rule, held: r.held });
  }
  return [...rows.values()];
}

/** Kinds that happen once to the same people on a date; other kinds (posts, statements) can repeat. */
const OCCURRENCES: ReadonlySet<string> = new Set(['BIRTH', 'DEATH', 'MARRIAGE', 'DIVORCE', 'PREGNANCY_ANNOUNCEMENT', 'PREGNANCY_LOSS']);

/**
 * One event per (kind, date, participants, child): a second article reporting the same
 * birth or marriage adds evidence to it. Posts, essays and statements, and undated events,
 * also key on their title, since one person can post twice a day.
 */
export function eventKey(kind: string, date: string | null, participants: string[], child: string | null, title: string): string {
  const titled = !OCCURRENCES.has(kind) || !date;
  return hashId('evt', kind, date ?? '', [...participants].sort().join(','), child ?? '', titled ? title.toLowerCase().trim() : '');
}

async function eventRows(tx: Tx, facts: NormalizedFacts, ids: Map<string, string>) {
  const byRef = new Map<string, string>();
  const rows = facts.events.map((e) => {
    const participants = [...new Set(e.participants.map((p) => ids.get(p)!))].sort();
    const child = e.child ? ids.get(e.child)! : null;
    const id = eventKey(e.kind, e.date, participants, child, e.title);
    byRef.set(e.ref, id);
    const monthDay = e.date && e.date.length === 10 ? e.date.slice(5) : null;
    return {
      id,
      kind: e.kind,
      title: e.title,
      date: e.date,
      monthDay,
      participants,
      child,
      platform: e.platform,
      quote: e.quote,
      cause: e.cause,
      confidence: e.confidence,
      rule: e.rule,
      held: e.held,
    };
  });
  const targets = facts.events.filter((e) => e.commemorates && !byRef.has(e.commemorates)).map((e) => e.commemorates!);
  const existing = await q.findExistingEventIds(tx, targets);
  const commemorates = facts.events.flatMap((e, i) => {
    if (!e.commemorates) return [];
    const target = byRef.get(e.commemorates) ?? (existing.has(e.commemorates) ? e.commemorates : null);
    if (!target)
      throw new BadInputError(
        `input.events[${i}].commemorates`,
        `"${e.commemorates}" is neither an event ref in this input nor an existing event id`,
      );
    return [{ id: byRef.get(e.ref)!, target }];
  });
  return { rows, commemorates };
}

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
