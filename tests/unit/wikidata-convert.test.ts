import { readFileSync } from 'fs';
import { resolve } from 'path';
import { describe, expect, it } from 'vitest';
import {
  buildReferenceDataset,
  buildWithChanges,
  cleanName,
  datasetStats,
  extractSubject,
  normaliseDate,
  normaliseEndCause,
  parseCsv,
  parseMarriagesCsv,
  parseQaJson,
  serializeDataset,
  type BuildInput,
  type MarriageRow,
  type ReferenceDataset,
} from '../../src/seeds/wikidata-convert';

const HEADER = 'Celebrity,Spouse,Start_Date,End_Date,End_Cause,Celebrity_Birth,Spouse_Birth,Celebrity_Fame_Score,Spouse_Fame_Score';

function input(partial: Partial<BuildInput>): BuildInput {
  return { marriages: [], spousePairs: [], childPairs: [], generatedFrom: ['fixture'], ...partial };
}

function row(celebrity: string, spouse: string, extra: Partial<MarriageRow> = {}): MarriageRow {
  return { celebrity, spouse, startDate: '', endDate: '', endCause: '', celebrityBirth: '', spouseBirth: '', ...extra };
}

const nameOf = (ds: ReferenceDataset, ref: string) => ds.people.find((p) => p.ref === ref)!.name;

/** Relations with endpoint names instead of refs, for readable assertions. */
function named(ds: ReferenceDataset) {
  const nameOf = new Map(ds.people.map((p) => [p.ref, p.name]));
  return ds.relations.map((r) => ({ ...r, from: nameOf.get(r.from), to: nameOf.get(r.to) }));
}

describe('parseCsv', () => {
  it('handles quoted fields with commas, escaped quotes, CRLF and a BOM', () => {
    const text = '\ufeffa,b,c\r\n"Conrad Hilton, Jr.","say ""hi""",\r\n"multi\nline",x,y\n\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['Conrad Hilton, Jr.', 'say "hi"', ''],
      ['multi\nline', 'x', 'y'],
    ]);
  });

  it('maps marriage rows by header name', () => {
    const text = `${HEADER}\nElizabeth Taylor,"Conrad Hilton, Jr.",1950-05-06,1951-01-29,divorce,1932-02-27,1926-07-06,140,7\n`;
    expect(parseMarriagesCsv(text)).toEqual([
      {
        celebrity: 'Elizabeth Taylor',
        spouse: 'Conrad Hilton, Jr.',
        startDate: '1950-05-06',
        endDate: '1951-01-29',
        endCause: 'divorce',
        celebrityBirth: '1932-02-27',
        spouseBirth: '1926-07-06',
      },
    ]);
  });

  it('rejects a CSV without the expected columns', () => {
    expect(() => parseMarriagesCsv('Celebrity,Spouse\nA,B\n')).toThrow(/Start_Date/);
  });
});

describe('normalisation', () => {
  it('turns YYYY-01-01 into year precision and keeps other dates', () => {
    expect(normaliseDate('1998-01-01')).toBe('1998');
    expect(normaliseDate('1964-03-15')).toBe('1964-03-15');
    expect(normaliseDate('1964-01-15')).toBe('1964-01-15');
    expect(normaliseDate('1964-03-00')).toBe('1964-03');
    expect(normaliseDate('')).toBeUndefined();
    expect(normaliseDate('http://www.wikidata.org/.well-known/genid/abc')).toBeUndefined();
  });

  it('drops bare Q-ids, URLs and empty names; trims', () => {
    expect(cleanName('  Richard Burton ')).toBe('Richard Burton');
    expect(cleanName('Q2831')).toBeUndefined();
    expect(cleanName(' Q55245 ')).toBeUndefined();
    expect(cleanName('   ')).toBeUndefined();
    expect(cleanName('http://www.wikidata.org/.well-known/genid/e7236ab1')).toBeUndefined();
    expect(cleanName('Q-Tip')).toBe('Q-Tip');
  });

  it('keeps end causes but does not say which spouse died', () => {
    expect(normaliseEndCause('divorce')).toBe('divorce');
    expect(normaliseEndCause("death of subject's spouse")).toBe('death');
    expect(normaliseEndCause('death of subject')).toBe('death');
    expect(normaliseEndCause('')).toBeUndefined();
  });
});

describe('extractSubject', () => {
  it('extracts spouse-question subjects, including commas and apostrophes', () => {
    expect(extractSubject('Who is Sharon Osbourne married to?', 'spouse')).toBe('Sharon Osbourne');
    expect(extractSubject('Who is Francis Greville, 5th Earl of Warwick married to?', 'spouse')).toBe(
      'Francis Greville, 5th Earl of Warwick',
    );
    expect(extractSubject("Who is Françoise d'Aubigné married to?", 'spouse')).toBe("Françoise d'Aubigné");
  });

  it('extracts child-question subjects, stripping only the final possessive', () => {
    expect(extractSubject("Who is Herbert Beerbohm Tree's child?", 'child')).toBe('Herbert Beerbohm Tree');
    expect(extractSubject("Who is James Cornwallis, 4th Earl Cornwallis's child?", 'child')).toBe('James Cornwallis, 4th Earl Cornwallis');
    expect(extractSubject("Who is Eugene O'Neill's child?", 'child')).toBe("Eugene O'Neill");
    expect(extractSubject("Who is Charles Dickens' child?", 'child')).toBe('Charles Dickens');
    expect(extractSubject('Who is Louis de Funès’s child?', 'child')).toBe('Louis de Funès');
  });

  it('rejects questions of the other kind, malformed questions and Q-id subjects', () => {
    expect(extractSubject("Who is Herbert Beerbohm Tree's child?", 'spouse')).toBeUndefined();
    expect(extractSubject('Who is Sharon Osbourne married to?', 'child')).toBeUndefined();
    expect(extractSubject('Where was X born?', 'spouse')).toBeUndefined();
    expect(extractSubject('Who is Q42 married to?', 'spouse')).toBeUndefined();
  });

  it('parses Q/A JSON', () => {
    const qa = parseQaJson('[{"question": "Who is Abraham married to?", "answers": ["Hagar", "Sarah"]}]');
    expect(qa).toEqual([{ question: 'Who is Abraham married to?', answers: ['Hagar', 'Sarah'] }]);
    expect(() => parseQaJson('{"question": "x"}')).toThrow();
    expect(() => parseQaJson('[{"question": "x", "answers": [1]}]')).toThrow();
  });
});

describe('buildReferenceDataset', () => {
  it('merges a couple seen in both CSV directions and in P26 into one relation', () => {
    const ds = buildReferenceDataset(
      input({
        marriages: [
          row('Whitney Houston', 'Bobby Brown', { startDate: '1992-07-18', endDate: '2007-04-24', endCause: 'divorce' }),
          row('Bobby Brown', 'Whitney Houston', { startDate: '1992-01-01', endDate: '2007-01-01' }),
        ],
        spousePairs: [
          { question: 'Who is Bobby Brown married to?', answers: ['Whitney Houston'] },
          { question: 'Who is Whitney Houston married to?', answers: [' Whitney Houston', 'Bobby Brown '] },
        ],
      }),
    );
    expect(named(ds)).toEqual([
      {
        kind: 'SPOUSE',
        from: 'Whitney Houston',
        to: 'Bobby Brown',
        since: '1992-07-18',
        until: '2007-04-24',
        endCause: 'divorce',
        quote: 'Wikidata P26 (spouse): Whitney Houston married Bobby Brown, 1992-07-18 to 2007-04-24 (ended by divorce)',
        confidence: 1,
      },
    ]);
  });

  it('keeps two marriages of the same couple as separate spans', () => {
    const taylor = { celebrityBirth: '1932-02-27', spouseBirth: '1925-11-10', endCause: 'divorce' };
    const ds = buildReferenceDataset(
      input({
        marriages: [
          row('Elizabeth Taylor', 'Richard Burton', { ...taylor, startDate: '1964-03-15', endDate: '1974-06-26' }),
          row('Elizabeth Taylor', 'Richard Burton', { ...taylor, startDate: '1975-10-10', endDate: '1976-07-29' }),
          row('Richard Burton', 'Elizabeth Taylor', { startDate: '1975-10-10', endDate: '1976-07-29' }),
        ],
        spousePairs: [{ question: 'Who is Richard Burton married to?', answers: ['Elizabeth Taylor'] }],
      }),
    );
    const rels = named(ds);
    expect(rels.map((r) => [r.from, r.to, r.since, r.until])).toEqual([
      ['Elizabeth Taylor', 'Richard Burton', '1964-03-15', '1974-06-26'],
      ['Elizabeth Taylor', 'Richard Burton', '1975-10-10', '1976-07-29'],
    ]);
    expect(rels[0].quote).toBe(
      'Wikidata P26 (spouse): Elizabeth Taylor married Richard Burton, 1964-03-15 to 1974-06-26 (ended by divorce)',
    );
    expect(ds.people).toEqual([
      { ref: 'w1', name: 'Elizabeth Taylor', birthDate: '1932-02-27' },
      { ref: 'w2', name: 'Richard Burton', birthDate: '1925-11-10' },
    ]);
  });

  it('converts year-only CSV dates and never invents death dates', () => {
    const ds = buildReferenceDataset(
      input({
        marriages: [
          row('Charles Bronson', 'Kim Weeks', {
            startDate: '1998-01-01',
            endDate: '2003-01-01',
            endCause: "death of subject's spouse",
            celebrityBirth: '1921-11-03',
            spouseBirth: '1962-01-01',
          }),
        ],
      }),
    );
    expect(ds.relations[0]).toMatchObject({ since: '1998', until: '2003' });
    expect(ds.relations[0].quote).toBe('Wikidata P26 (spouse): Charles Bronson married Kim Weeks, 1998 to 2003 (ended by death)');
    expect(ds.people).toEqual([
      { ref: 'w1', name: 'Charles Bronson', birthDate: '1921-11-03' },
      { ref: 'w2', name: 'Kim Weeks', birthDate: '1962' },
    ]);
    expect(ds.people.some((p) => p.deathDate !== undefined)).toBe(false);
  });

  it('drops Q-id and empty names everywhere', () => {
    const ds = buildReferenceDataset(
      input({
        marriages: [
          row('Q2831', 'Debbie Rowe', { startDate: '1996-11-15' }),
          row('Joan Plowright', 'Q55245'),
          row('Rosanna Arquette', ' '),
          row('Ike Turner', 'http://www.wikidata.org/.well-known/genid/e7236ab1'),
        ],
        spousePairs: [{ question: 'Who is Q42 married to?', answers: ['Someone'] }],
        childPairs: [{ question: "Who is Some Parent's child?", answers: ['Q123', '', 'Real Child'] }],
      }),
      { minComponentSize: 2 },
    );
    expect(ds.people.map((p) => p.name)).toEqual(['Real Child', 'Some Parent']);
    expect(named(ds).map((r) => [r.kind, r.from, r.to])).toEqual([['PARENT', 'Some Parent', 'Real Child']]);
  });

  it('orients child pairs parent -> child and drops contradictory parent cycles', () => {
    const ds = buildReferenceDataset(
      input({
        childPairs: [
          { question: "Who is Herbert Beerbohm Tree's child?", answers: ['Carol Reed', 'Viola Tree'] },
          { question: "Who is Herbert Beerbohm Tree's child?", answers: ['Carol Reed'] },
          { question: "Who is A's child?", answers: ['B'] },
          { question: "Who is B's child?", answers: ['A'] },
        ],
      }),
    );
    expect(named(ds)).toEqual([
      {
        kind: 'PARENT',
        from: 'Herbert Beerbohm Tree',
        to: 'Carol Reed',
        quote: 'Wikidata P40 (child): Herbert Beerbohm Tree is a parent of Carol Reed',
        confidence: 1,
      },
      {
        kind: 'PARENT',
        from: 'Herbert Beerbohm Tree',
        to: 'Viola Tree',
        quote: 'Wikidata P40 (child): Herbert Beerbohm Tree is a parent of Viola Tree',
        confidence: 1,
      },
    ]);
  });

  it('keeps all CSV facts but only Q/A components of at least minComponentSize people', () => {
    const data = input({
      marriages: [row('Star', 'Partner')],
      spousePairs: [
        { question: 'Who is Lone A married to?', answers: ['Lone B'] },
        { question: 'Who is Partner married to?', answers: ['Star'] },
      ],
      childPairs: [
        { question: "Who is Grandparent's child?", answers: ['Parent'] },
        { question: "Who is Parent's child?", answers: ['Kid'] },
      ],
    });
    const names = (ds: ReferenceDataset) => ds.people.map((p) => p.name);
    expect(names(buildReferenceDataset(data))).toEqual(['Grandparent', 'Kid', 'Parent', 'Partner', 'Star']);
    expect(names(buildReferenceDataset(data, { minComponentSize: 2 }))).toContain('Lone A');
  });

  it('splits a label the lifetimes prove to be two people: only the CSV facts stay with the dated celebrity', () => {
    const data = input({
      marriages: [row('Jane Seymour', 'James Keach', { startDate: '1993-01-01', celebrityBirth: '1951-02-15' })],
      spousePairs: [
        { question: 'Who is Henry VIII of England married to?', answers: ['Jane Seymour', 'Anne Boleyn'] },
        { question: 'Who is James Keach married to?', answers: ['Jane Seymour'] },
      ],
      childPairs: [{ question: "Who is John Seymour's child?", answers: ['Jane Seymour'] }],
    });
    const { dataset, changes } = buildWithChanges(data);
    expect(changes.namesakes).toEqual(['Jane Seymour']);
    const janes = dataset.people.filter((p) => p.name === 'Jane Seymour');
    expect(janes).toHaveLength(2);
    const [actress, queen] = [janes.find((p) => p.birthDate === '1951-02-15')!, janes.find((p) => p.deathDate === '1537-10-24')!];
    const partners = (ref: string) =>
      dataset.relations
        .filter((r) => r.from === ref || r.to === ref)
        .map((r) => `${r.kind} ${nameOf(dataset, r.from === ref ? r.to : r.from)}`);
    expect(partners(actress.ref)).toEqual(['SPOUSE James Keach']);
    expect(partners(queen.ref).sort()).toEqual(['PARENT John Seymour', 'SPOUSE Henry VIII of England']);
    expect(dataset.people.find((p) => p.name === 'Henry VIII of England')).toMatchObject({
      birthDate: '1491-06-28',
      deathDate: '1547-01-28',
    });
    // positive control: without the actress's birth date nothing proves two people, and the label stays one
    const undated = buildWithChanges(input({ ...data, marriages: [row('Jane Seymour', 'James Keach', { startDate: '1993-01-01' })] }));
    expect(undated.changes.namesakes).toEqual([]);
    expect(undated.dataset.people.filter((p) => p.name === 'Jane Seymour')).toHaveLength(1);
  });

  it('leaves out a non-human family whole, and in a celebrity family only the non-human itself', () => {
    const data = input({
      marriages: [row('Star', 'Partner')],
      spousePairs: [
        { question: 'Who is Zeus married to?', answers: ['Hera'] },
        { question: 'Who is Mortal Man married to?', answers: ['Mortal Wife'] },
      ],
      childPairs: [
        { question: "Who is Zeus's child?", answers: ['Apollo'] },
        { question: "Who is Mortal Man's child?", answers: ['Mortal Kid'] },
        { question: "Who is Star's child?", answers: ['Galileo'] },
      ],
    });
    const { dataset, changes } = buildWithChanges(data);
    const names = dataset.people.map((p) => p.name);
    expect(names).toEqual(['Mortal Kid', 'Mortal Man', 'Mortal Wife', 'Partner', 'Star']);
    expect(changes.nonHuman).toEqual([
      { anchor: 'Zeus', kind: 'deity', familySize: 3, dropped: 3 },
      { anchor: 'Galileo', kind: 'racehorse', familySize: 3, dropped: 1 },
    ]);
  });

  it('assigns refs deterministically in name order, independent of input order', () => {
    const a = input({
      spousePairs: [
        { question: 'Who is Zed married to?', answers: ['Amy'] },
        { question: 'Who is Amy married to?', answers: ['Bob'] },
      ],
    });
    const b = input({ spousePairs: [...a.spousePairs].reverse() });
    const dsA = buildReferenceDataset(a);
    const dsB = buildReferenceDataset(b);
    expect(dsA.people).toEqual([
      { ref: 'w1', name: 'Amy' },
      { ref: 'w2', name: 'Bob' },
      { ref: 'w3', name: 'Zed' },
    ]);
    expect(dsB.people).toEqual(dsA.people);
    expect(serializeDataset(buildReferenceDataset(a))).toBe(serializeDataset(dsA));
  });

  it('serializes one item per line and round-trips through JSON', () => {
    const ds = buildReferenceDataset(
      input({ childPairs: [{ question: "Who is Herbert Beerbohm Tree's child?", answers: ['Carol Reed', 'Viola Tree'] }] }),
    );
    const text = serializeDataset(ds);
    expect(JSON.parse(text)).toEqual(ds);
    expect(text.split('\n').filter((l) => l.includes('"ref":"w')).length).toBe(3);
    expect(datasetStats(ds)).toEqual({ people: 3, spouseRelations: 0, parentRelations: 2, components: 1, largestComponent: 3 });
  });
});

describe('committed seeds/reference/wikidata.json', () => {
  const ds = JSON.parse(readFileSync(resolve(__dirname, '../../seeds/reference/wikidata.json'), 'utf8')) as ReferenceDataset;
  const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  it('has the expected header', () => {
    expect(ds.source).toBe('Wikidata');
    expect(ds.license).toBe('CC0-1.0');
    expect(ds.generatedFrom.length).toBeGreaterThan(0);
  });

  // Invariants are collected as lists of offenders (one expect per item is slow on 16k items).
  it('has unique refs, names unique but for the proven namesakes, and valid dates', () => {
    expect(new Set(ds.people.map((p) => p.ref)).size).toBe(ds.people.length);
    const seen = new Map<string, number>();
    for (const p of ds.people) seen.set(p.name, (seen.get(p.name) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([['Jane Seymour', 2]]);
    expect(ds.people.some((p) => p.name === 'Zeus' || p.name === 'Northern Dancer')).toBe(false);
    expect(ds.people.some((p) => p.name === 'Elizabeth Taylor' || p.name === 'Henry VIII of England')).toBe(true);
    const bad = ds.people.filter(
      (p) =>
        p.name.trim() !== p.name ||
        p.name === '' ||
        /^Q\d+$/.test(p.name) ||
        (p.birthDate !== undefined && !DATE.test(p.birthDate)) ||
        (p.deathDate !== undefined && !DATE.test(p.deathDate)),
    );
    expect(bad).toEqual([]);
  });

  it('has consistent relations', () => {
    const refs = new Set(ds.people.map((p) => p.ref));
    const seen = new Set<string>();
    const duplicates: string[] = [];
    const bad = ds.relations.filter(
      (r) =>
        !refs.has(r.from) ||
        !refs.has(r.to) ||
        r.from === r.to ||
        !['SPOUSE', 'PARENT'].includes(r.kind) ||
        (r.since !== undefined && !DATE.test(r.since)) ||
        (r.until !== undefined && !DATE.test(r.until)) ||
        !/^Wikidata P(26 \(spouse\)|40 \(child\)): /.test(r.quote) ||
        r.confidence !== 1,
    );
    for (const r of ds.relations) {
      const key = `${r.kind}|${r.from}|${r.to}|${r.since ?? ''}`;
      if (seen.has(key)) duplicates.push(key);
      seen.add(key);
    }
    expect(bad).toEqual([]);
    expect(duplicates).toEqual([]);
    // A spouse pair appears in one orientation only.
    const spouse = new Set(ds.relations.filter((r) => r.kind === 'SPOUSE').map((r) => `${r.from}|${r.to}`));
    expect([...spouse].filter((pair) => spouse.has(pair.split('|').reverse().join('|')))).toEqual([]);
  });

  it('contains both Elizabeth Taylor - Richard Burton marriages', () => {
    const ref = (name: string) => ds.people.find((p) => p.name === name)?.ref;
    const taylor = ref('Elizabeth Taylor');
    const burton = ref('Richard Burton');
    expect(taylor).toBeDefined();
    expect(burton).toBeDefined();
    const spans = ds.relations
      .filter((r) => r.kind === 'SPOUSE' && [r.from, r.to].includes(taylor!) && [r.from, r.to].includes(burton!))
      .map((r) => r.since);
    expect(spans).toEqual(['1964-03-15', '1975-10-10']);
  });

  it('is connected enough for multi-hop answers', () => {
    const stats = datasetStats(ds);
    expect(stats.people).toBeGreaterThanOrEqual(5000);
    expect(stats.people).toBeLessThanOrEqual(25000);
    expect(stats.largestComponent).toBeGreaterThanOrEqual(1000);
  });
});
