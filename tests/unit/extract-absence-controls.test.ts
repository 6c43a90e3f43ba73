/**
 * Positive controls for the extraction tests that only check an absence (extract-rules*.test.ts): each trap sentence of
 * those tests beside the same people with the trap removed, where the fact is found. A trap test whose rule was
 * broken to find nothing at all would still pass alone; with its control beside it, it would not. Sentences invented.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

const PUB = new Date('2017-06-01T12:00:00Z');

/** "SPOUSE A > B", "PARENT A > B" and "DEATH A", "MARRIAGE A + B" (relations and events at or above `min`) */
function facts(text: string, min = 0): string[] {
  const d = extractArticle({ text, publishedAt: PUB, title: 'T' }).draft;
  const n = (r: string) => d.people.find((p) => p.ref === r)!.name;
  return [
    ...d.relations.filter((r) => r.confidence >= min).map((r) => `${r.kind} ${n(r.from)} > ${n(r.to)}`),
    ...d.events.filter((e) => e.confidence >= min).map((e) => `${e.kind} ${e.participants.map(n).join(' + ')}`),
  ];
}

interface Control {
  /** the test in extract-rules*.test.ts whose trap this controls */
  test: string;
  trap: string;
  control: string;
  fact: string;
  /** the confidence the original test reads at (0: any) */
  min?: number;
}

const CONTROLS: Control[] = [
  {
    test: 'boyfriend, fiancé, partner, beau: no',
    trap: 'Laura Finch stepped out with her boyfriend Mark Dunn in London.',
    control: 'Laura Finch stepped out with her husband Mark Dunn in London.',
    fact: 'SPOUSE Laura Finch > Mark Dunn',
  },
  {
    test: 'engaged or planning to marry: no',
    trap: 'Nina Cole and Sam Reyes are engaged and plan to get married next year.',
    control: 'Nina Cole and Sam Reyes got married last year.',
    fact: 'SPOUSE Nina Cole > Sam Reyes',
  },
  {
    test: '"has dated Y" is not a child',
    trap: 'Nora Bliss has dated Victor Crane since 2014.',
    control: 'Nora Bliss has a son, Victor Crane.',
    fact: 'PARENT Nora Bliss > Victor Crane',
  },
  {
    test: '"with wife Y" pairs Y with the sentence subject only',
    trap: 'Actor Sam Hale spoke of his daughter, Iris, 3, and twin sons, Milo and Theo, 2, with wife Carla Hale.',
    control: 'Actor Sam Hale arrived with wife Carla Hale.',
    fact: 'SPOUSE Sam Hale > Carla Hale',
  },
  {
    test: '"X\'s husband when Y talked" is not a spouse gap',
    trap: "Clara Stone said it upset Clara Stone's husband when Morris Kell talked about the song.",
    control: "Clara Stone said it upset Clara Stone's husband Morris Kell when he talked about the song.",
    fact: 'SPOUSE Clara Stone > Morris Kell',
  },
  {
    test: 'speculation and wedding rings are not marriages (rings)',
    trap: 'Mia Lane and Leo Hart wore wedding rings on the show.',
    control: 'Mia Lane and Leo Hart got married on the show.',
    fact: 'SPOUSE Mia Lane > Leo Hart',
  },
  {
    test: 'speculation and wedding rings are not marriages (speculation)',
    trap: 'Mia Lane and Leo Hart have sparked speculation that they got secretly married.',
    control: 'Mia Lane and Leo Hart got married.',
    fact: 'SPOUSE Mia Lane > Leo Hart',
  },
  {
    test: '"stars like A and B" is not the couple that "their daughter" refers to',
    trap: 'Kim Vale did not follow stars like Rita Moss and Dana Bell. The couple welcomed their first child, daughter Ivy, in 2012.',
    control: 'Kim Vale did not follow Rita Moss and Dana Bell. Rita Moss and Dana Bell welcomed their first child, daughter Ivy, in 2012.',
    fact: 'PARENT Rita Moss > Ivy',
  },
  {
    test: '"Mr. X" does not resolve to a woman with the same surname',
    trap: 'Tessa Obrey went to college. Later, Mr. Obrey and his wife, Marta, spoke about it. Albert Obrey smiled.',
    control: 'Tessa Obrey went to college. Later, Tessa Obrey and her husband, Albert Obrey, spoke about it.',
    fact: 'SPOUSE Tessa Obrey > Albert Obrey',
  },
  {
    test: 'a single person\'s "the kids — A, B" is not enough',
    trap: 'Nanny Rob Vance said he watched the kids — Otto and Pia — every day.',
    control: 'Rob Vance and Ann Vance married in 2001. They watched the kids — Otto and Pia — every day.',
    fact: 'PARENT Rob Vance > Otto',
  },
  {
    test: '"was married to" is a state, not a wedding on another date of the sentence',
    trap: 'Ada Lane, who was previously married to Tom Reed, spoke on TV a week ago.',
    control: 'Ada Lane married Tom Reed a week ago.',
    fact: 'MARRIAGE Ada Lane + Tom Reed',
  },
  {
    test: 'the death of "X\'s son, who died" is not X\'s',
    trap: "Paul Grant spoke at a foundation named for Vice President Carl Ober's older son, who died of cancer in 2015.",
    // (with "Vice President" before it, Carl Ober is not found and the death goes to Paul Grant: a known miss)
    control: 'Paul Grant spoke at a foundation named for Carl Ober, who died of cancer in 2015.',
    fact: 'DEATH Carl Ober',
  },
  {
    test: 'the death of "his grandmother" is not his',
    trap: 'Paul Grant wept after the death of his grandmother in November 2008.',
    control: 'Paul Grant died in November 2008.',
    fact: 'DEATH Paul Grant',
  },
  {
    test: 'denied pregnancy is not an announcement',
    trap: 'A rep for Jenna Holt said she is not pregnant and denied the rumours.',
    control: 'Jenna Holt confirmed that she is pregnant.',
    fact: 'PREGNANCY_ANNOUNCEMENT Jenna Holt',
  },
  {
    test: "a mention of someone else's maybe-pregnancy is no announcement",
    trap: "Fans hunt for clues about Kim Vale's maybe pregnancy and Dana Bell's confirmed pregnancy.",
    control: 'Dana Bell confirmed her pregnancy on Instagram.',
    fact: 'PREGNANCY_ANNOUNCEMENT Dana Bell',
  },
  {
    test: 'a description does not point back to a name in its own sentence',
    trap: "Maria Lopez spoke to Laura Finch on the show. Later, Maria Lopez had dinner with the singer's mom, Ellen Finch.",
    control: 'Maria Lopez spoke to Laura Finch on the show. Later, Maria Lopez had dinner with her mom, Ellen Finch.',
    fact: 'PARENT Ellen Finch > Maria Lopez',
  },
  {
    test: '"before they got married" does not pair the couple',
    // (the original test's "Leo Harte" is not found as a person at all, so it now says "Leo Hart")
    trap: 'Kim Brandt and Leo Hart argued. She wanted a prenup before they got married.',
    control: 'Kim Brandt and Leo Hart argued. She wanted a prenup while they were married.',
    fact: 'SPOUSE Kim Brandt > Leo Hart',
    min: 0.5,
  },
  {
    test: '"never got married … to anyone like Y"',
    trap: 'Betty Wilde never got married in her life to anyone like Allen Lund.',
    control: 'Betty Wilde got married in 1963 to Allen Lund.',
    fact: 'SPOUSE Betty Wilde > Allen Lund',
    min: 0.5,
  },
  {
    test: 'a name followed by "said" ends a child list: it is the speaker',
    trap: 'Brigitte Nielsen feared for her access to her children, Germaine Greer said.',
    control: 'Brigitte Nielsen feared for her access to her children, Germaine Greer and Kilian Greer.',
    fact: 'PARENT Brigitte Nielsen > Germaine Greer',
    min: 0.5,
  },
  {
    test: 'two children named together are not the "they" of a later sentence',
    trap: 'Angela Jolly gave birth to the twins, Vivienne and Knox, in 2008. In between they adopted Pax from Vietnam.',
    control: 'Angela Jolly gave birth to the twins, Vivienne and Knox, in 2008. In between Angela Jolly adopted a son, Pax.',
    fact: 'PARENT Angela Jolly > Pax',
    min: 0.5,
  },
  {
    test: 'a part played is not a marriage',
    trap: "Sophie Okon, who plays Don Chedley's wife Tatiana, is nominated.",
    control: "Don Chedley's wife Tatiana is nominated.",
    fact: 'SPOUSE Don Chedley > Tatiana',
    min: 0.8,
  },
  {
    test: 'a character is not a child',
    trap: "Milo Vent's character Jack Pearson did push-ups with his son Randall.",
    control: 'Jack Pearson did push-ups with his son Randall.',
    fact: 'PARENT Jack Pearson > Randall',
    min: 0.8,
  },
  {
    test: '"the mother of his two children, Y" names a co-parent, not a child',
    trap: 'Blake Griff split from the mother of his two children, Brynn Camer, a former player.',
    control: 'Blake Griff took his two children, Brynn Camer and Ford Griff, to school.',
    fact: 'PARENT Blake Griff > Brynn Camer',
    min: 0.5,
  },
  {
    test: '"her death was accidental" gives no death',
    trap: 'Donna Clark spoke to reporters. The man has denied the killing, saying her death was accidental.',
    control: 'Donna Clark spoke to reporters. Donna Clark died in an accident, the man said.',
    fact: 'DEATH Donna Clark',
  },
  {
    test: '"X was born and raised in London" gives no BIRTH',
    trap: 'Robert Patters was born and raised in London.',
    control: 'Robert Patters was born in London in 1986.',
    fact: 'BIRTH Robert Patters',
  },
  {
    test: 'not "a blanket shredded to death"',
    trap: 'Angela Jolly picks up a small piece of a blanket, shredded to death, and laughs.',
    control: 'Angela Jolly was stabbed to death in 2004.',
    fact: 'DEATH Angela Jolly',
  },
];

describe('each absence test has a positive control: same people, trap removed, fact found', () => {
  it.each(CONTROLS)('$test', ({ trap, control, fact, min }) => {
    expect(facts(trap, min)).not.toContain(fact);
    expect(facts(control, min)).toContain(fact);
  });
});
