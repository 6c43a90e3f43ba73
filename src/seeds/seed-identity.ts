/**
 * Who the reference seed's records are, as data: the converter (./wikidata-convert) names a
 * person by their Wikidata label, so two rules here keep a label honest.
 *
 * 1. A label that the facts prove to be two people is split (rule `namesake/lifetimes-apart`):
 *    a Q/A fact (spouse or parent) that joins a dated celebrity of the CSV to someone who died
 *    before the celebrity was born cannot be about the celebrity. The actress Jane Seymour
 *    (born 1951) was not the wife of Henry VIII (died 1547). Once a label is two people, only
 *    what the CSV states (with its dates) stays with the celebrity; every Q/A fact of that
 *    label goes to the namesake: an undated fact put on the wrong one would be a wrong fact
 *    with evidence, while on the namesake it is at worst a split an editor can merge.
 *    The shared facts carry no death dates and no dates outside the CSV, so the lifetimes the
 *    rule needs are the few in KNOWN_LIFETIMES, well-known dates entered by hand.
 * 2. Non-humans go (rule `non-human/family`): the Q/A facts come from all of Wikidata, so they
 *    hold gods, legendary and fictional beings and racehorses. A family (connected component)
 *    holding one of NON_HUMAN_ANCHORS and no CSV celebrity is left out whole; in a celebrity's
 *    family only the anchor itself is. The list was made by reading the undated families the
 *    CSV does not reach; it is not complete, and the README says how many it dropped.
 */

export interface Lifetime {
  name: string;
  /** which of several records with this label the dates belong to: the one married to this person */
  spouseOf?: string;
  birthDate?: string;
  deathDate?: string;
}

/** Well-known dates (Wikidata P569/P570), entered by hand: the shared facts hold none for these people. */
export const KNOWN_LIFETIMES: Lifetime[] = [
  { name: 'Henry VIII of England', birthDate: '1491-06-28', deathDate: '1547-01-28' },
  { name: 'Jane Seymour', spouseOf: 'Henry VIII of England', deathDate: '1537-10-24' },
];

/** A person is dead this many years before someone's birth: a father can die before his child is born. */
const LIFETIME_GAP_YEARS = 1;

export type NonHumanKind = 'deity' | 'legendary' | 'fictional' | 'racehorse';

/** One member of each non-human family found in the Q/A facts, with what it is. */
export const NON_HUMAN_ANCHORS: ReadonlyMap<string, NonHumanKind> = new Map<string, NonHumanKind>([
  ['Zeus', 'deity'],
  ['Odin', 'deity'],
  ['Loki', 'deity'],
  ['Freyr', 'deity'],
  ['Baugi', 'legendary'],
  ['Shiva', 'deity'],
  ['Indra', 'deity'],
  ['Krishna', 'deity'],
  ['Osiris', 'deity'],
  ['Geb', 'deity'],
  ['Amun', 'deity'],
  ['Anu', 'deity'],
  ['Tiamat', 'deity'],
  ['Amaterasu', 'deity'],
  ['Eris', 'deity'],
  ['Badb', 'deity'],
  ['Nemean lion', 'legendary'],
  ['Elendil', 'fictional'],
  ['Chibiusa', 'fictional'],
  ['Northern Dancer', 'racehorse'],
  ['Nearco', 'racehorse'],
  ['Galileo', 'racehorse'],
  ['Phar Lap', 'racehorse'],
  ['Sunday Silence', 'racehorse'],
  ['Raise a Native', 'racehorse'],
  ['Princequillo', 'racehorse'],
  ['Tom Fool', 'racehorse'],
  ['Danehill', 'racehorse'],
  ['Ack Ack', 'racehorse'],
  ['Awaasif', 'racehorse'],
  ['Awesome Again', 'racehorse'],
  ['Barbaro', 'racehorse'],
  ['Bay Ronald', 'racehorse'],
  ['Funny Cide', 'racehorse'],
  ['Bull Lea', 'racehorse'],
  ['Black Toney', 'racehorse'],
  ['Smarty Jones', 'racehorse'],
  ['Cherokee Run', 'racehorse'],
  ['Colonial Affair', 'racehorse'],
  ['Daylami', 'racehorse'],
  ['Great Heavens', 'racehorse'],
  ['Holy Bull', 'racehorse'],
  ['In Reality', 'racehorse'],
  ['Sea the Stars', 'racehorse'],
]);

const year = (date: string): number => Number(date.slice(0, 4));

/** The lifetime the table gives a record: by label, and by spouse where the label is shared. */
export function lifetimeOf(name: string, spouses: readonly string[]): Lifetime | undefined {
  return KNOWN_LIFETIMES.find((l) => l.name === name && (!l.spouseOf || spouses.includes(l.spouseOf)));
}

/** Two people whose lives did not overlap: one was born more than the gap after the other died. */
export function livesApart(a: Pick<Lifetime, 'birthDate' | 'deathDate'>, b: Pick<Lifetime, 'birthDate' | 'deathDate'>): boolean {
  const after = (born?: string, died?: string) => !!born && !!died && year(born) > year(died) + LIFETIME_GAP_YEARS;
  return after(a.birthDate, b.deathDate) || after(b.birthDate, a.deathDate);
}

export interface QaLink {
  a: string;
  b: string;
}

/**
 * Labels the facts prove to be two people (rule namesake/lifetimes-apart): a celebrity of the
 * CSV with a birth date, joined by a Q/A fact to someone whose known lifetime ended before it.
 */
export function provenNamesakes(csvBirths: ReadonlyMap<string, string>, qaLinks: readonly QaLink[]): Set<string> {
  const split = new Set<string>();
  for (const { a, b } of qaLinks) {
    for (const [celebrity, other] of [
      [a, b],
      [b, a],
    ]) {
      const born = csvBirths.get(celebrity);
      const known = KNOWN_LIFETIMES.find((l) => l.name === other && !l.spouseOf);
      if (born && known && livesApart({ birthDate: born }, known)) split.add(celebrity);
    }
  }
  return split;
}

/** The internal key of a label's namesake: sorts right after the label, shown as the label. */
export const namesakeKey = (name: string): string => `${name}\u0000namesake`;
export const displayName = (key: string): string => key.replace(/\u0000namesake$/, '');
