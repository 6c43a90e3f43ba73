import { describe, expect, it } from 'vitest';
import { applySeedVariants, seedMergesOf } from '../../src/seeds/seed-variants';
import type { ReferenceDataset, ReferencePerson, ReferenceRelation } from '../../src/seeds/wikidata-convert';

const ds = (people: ReferencePerson[], relations: Omit<ReferenceRelation, 'quote' | 'confidence'>[]): ReferenceDataset => ({
  source: 'Wikidata',
  sourceUrl: 'https://www.wikidata.org/',
  license: 'CC0-1.0',
  generatedFrom: [],
  people,
  relations: relations.map((r) => ({ ...r, quote: `${r.from} ${r.to}`, confidence: 1 })),
});
const names = (d: ReferenceDataset) => d.people.map((p) => p.name);

describe('seed name variants', () => {
  it('a married name merges into the base name whose spouse has the surname; its relations follow', () => {
    const input = ds(
      [
        { ref: 'w1', name: 'Kim Kardashian' },
        { ref: 'w2', name: 'Kim Kardashian West' },
        { ref: 'w3', name: 'Kanye West' },
        { ref: 'w4', name: 'North West' },
      ],
      [
        { kind: 'SPOUSE', from: 'w1', to: 'w3', since: '2014' },
        { kind: 'SPOUSE', from: 'w3', to: 'w2', until: '2022' }, // the same marriage seen from his side
        { kind: 'PARENT', from: 'w2', to: 'w4' },
        { kind: 'PARENT', from: 'w1', to: 'w4' },
      ],
    );
    const out = applySeedVariants(input);
    expect(names(out)).toEqual(['Kim Kardashian', 'Kanye West', 'North West']);
    expect(out.people[0]).toMatchObject({ aliases: ['Kim Kardashian West'] });
    expect(out.relations.map((r) => [r.kind, r.from, r.to, r.since, r.until])).toEqual([
      ['SPOUSE', 'w1', 'w3', '2014', '2022'],
      ['PARENT', 'w1', 'w4', undefined, undefined],
    ]);
    expect(seedMergesOf(out)).toEqual([{ rule: 'variant/married-name', from: 'Kim Kardashian West', into: 'Kim Kardashian' }]);
  });

  it('no merge without the spouse surname, for a man whose wife took his name, or across birth years', () => {
    const kim = { ref: 'w1', name: 'Lia Moran' };
    const married = { ref: 'w2', name: 'Lia Moran Dunn' };
    expect(
      names(applySeedVariants(ds([kim, married, { ref: 'w3', name: 'Omar Ross' }], [{ kind: 'SPOUSE', from: 'w1', to: 'w3' }]))),
    ).toHaveLength(3);
    // "Frank Lloyd Wright"'s wife is a Wright: the director "Frank Lloyd" is someone else
    const frank = ds(
      [
        { ref: 'w1', name: 'Frank Lloyd' },
        { ref: 'w2', name: 'Frank Lloyd Wright' },
        { ref: 'w3', name: 'Olgivanna Wright' },
      ],
      [{ kind: 'SPOUSE', from: 'w2', to: 'w3' }],
    );
    expect(names(applySeedVariants(frank))).toHaveLength(3);
    const dated = (b1: string, b2: string) =>
      ds(
        [
          { ref: 'w1', name: 'Lia Moran', birthDate: b1 },
          { ref: 'w2', name: 'Lia Moran Dunn', birthDate: b2 },
          { ref: 'w3', name: 'Omar Dunn' },
        ],
        [{ kind: 'SPOUSE', from: 'w1', to: 'w3' }],
      );
    expect(names(applySeedVariants(dated('1950', '1990')))).toHaveLength(3);
    expect(names(applySeedVariants(dated('1950', '1951-02-03')))).toHaveLength(2); // positive control
  });

  it('a middle-name variant merges on a shared spouse or child, not a shared parent; Jr. and titles never', () => {
    const people = [
      { ref: 'w1', name: 'Jaya Bhaduri Bachchan' },
      { ref: 'w2', name: 'Jaya Bachchan' },
      { ref: 'w3', name: 'Abhay Bachchan' },
    ];
    const shared = (kind: 'SPOUSE' | 'PARENT', dir: 'down' | 'up') =>
      ds(people, [
        { kind, from: dir === 'down' ? 'w1' : 'w3', to: dir === 'down' ? 'w3' : 'w1' },
        { kind, from: dir === 'down' ? 'w2' : 'w3', to: dir === 'down' ? 'w3' : 'w2' },
      ]);
    expect(seedMergesOf(applySeedVariants(shared('SPOUSE', 'down')))).toEqual([
      { rule: 'variant/middle-name', from: 'Jaya Bhaduri Bachchan', into: 'Jaya Bachchan' },
    ]);
    expect(names(applySeedVariants(shared('PARENT', 'down')))).toHaveLength(2); // a child in common
    expect(names(applySeedVariants(shared('PARENT', 'up')))).toHaveLength(3); // siblings share a parent
    const titled = ds(
      [
        { ref: 'w1', name: 'Thomas Brassey' },
        { ref: 'w2', name: 'Thomas Brassey, 1st Earl Brassey' },
        { ref: 'w3', name: 'Anna Brassey' },
      ],
      [
        { kind: 'SPOUSE', from: 'w1', to: 'w3' },
        { kind: 'SPOUSE', from: 'w2', to: 'w3' },
      ],
    );
    expect(names(applySeedVariants(titled))).toHaveLength(3);
  });

  it('a name with two confirmed partners merges with neither', () => {
    const out = applySeedVariants(
      ds(
        [
          { ref: 'w1', name: 'Sara Parker' },
          { ref: 'w2', name: 'Sara Jane Parker' },
          { ref: 'w3', name: 'Sara Ann Parker' },
          { ref: 'w4', name: 'Tom Parker' },
        ],
        [
          { kind: 'SPOUSE', from: 'w1', to: 'w4' },
          { kind: 'SPOUSE', from: 'w2', to: 'w4' },
          { kind: 'SPOUSE', from: 'w3', to: 'w4' },
        ],
      ),
    );
    expect(names(out)).toHaveLength(4);
  });
});
