import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

// Round 5: sentences written for these tests (no article text). Each rule was added for an error class seen on the
// tuning sets (dev, heldout, heldout2, heldout3); heldout4 was labelled blind before any of it.
const PUB = new Date('2017-06-01T12:00:00Z');
const draftOf = (text: string) => extractArticle({ text, publishedAt: PUB, title: 'T' }).draft;
const rels = (text: string, min = 0.8) => {
  const d = draftOf(text);
  const n = (r: string) => d.people.find((p) => p.ref === r)!.name;
  return d.relations.filter((r) => r.confidence >= min).map((r) => `${r.kind} ${n(r.from)} > ${n(r.to)}`);
};
const people = (text: string) => draftOf(text).people.map((p) => p.name);
/** events of one kind written by default (confidence ≥ 0.8), as "Name + Name date" */
const eventsOf = (text: string, kind: string) => {
  const d = draftOf(text);
  const n = (r: string) => d.people.find((p) => p.ref === r)!.name;
  return d.events
    .filter((e) => e.kind === kind && e.confidence >= 0.8)
    .map((e) => `${e.participants.map(n).join(' + ')}${e.date ? ` ${e.date}` : ''}`);
};

describe('round 5: reading the text as written', () => {
  it('no-break spaces read as spaces', () => {
    expect(rels('Guests included Nora Vance\u00a0and\u00a0husband\u00a0Elliot Crane.')).toContain('SPOUSE Nora Vance > Elliot Crane');
  });
  it('a month after "in" is a date, not a first name', () => {
    expect(people('In August Laura Finch said she was tired.')).toEqual(['Laura Finch']);
  });
  it('"Jr." ends a name even when no sentence break is found after it', () => {
    expect(people('Country star Hank Dobbs Jr. He wrote songs.')).toContain('Hank Dobbs Jr.');
    expect(people('Country star Hank Dobbs Jr. He wrote songs.')).not.toContain('Hank Dobbs Jr. He');
  });
  it('an unknown first name before the surname of a person already found is a relative', () => {
    expect(people('Zorana Cole’s sister, Maya Cole, spoke first.')).toContain('Zorana Cole');
  });
  it('accents and case do not split a person in two', () => {
    const d = draftOf('Renée Lacroix sang. Later Renee Lacroix waved.');
    expect(d.people.map((p) => p.name)).toEqual(['Renée Lacroix']);
  });
});

describe('round 5: constructions', () => {
  it('"is also the mother to" and "is a mom to" take the list after them', () => {
    expect(rels('Laura Finch is also the mother to 19-year-old daughter Tilly Finch.')).toContain('PARENT Laura Finch > Tilly Finch');
    expect(rels('Nora Vance is a mom to Michael, 20, and Lola, 16.')).toEqual(
      expect.arrayContaining(['PARENT Nora Vance > Michael', 'PARENT Nora Vance > Lola']),
    );
  });
  it('"X and Y officially filed for divorce" states a marriage', () => {
    expect(rels('It has been two months since Tom Reyes and Ada Reyes officially filed for divorce.')).toContain(
      'SPOUSE Tom Reyes > Ada Reyes',
    );
  });
  it('the subject of a leading "after filing for divorce from Y" is the main subject', () => {
    expect(rels('After filing for divorce from Paul Vance on May 3, 2016, Nora Vance retreated from the spotlight.')).toContain(
      'SPOUSE Nora Vance > Paul Vance',
    );
  });
  it('"Z, her daughter with husband Y": both parents, and married', () => {
    const found = rels('Emma Stone-Hill let Hazel, her 2-year-old daughter with husband Jonas Hill, run around.');
    expect(found).toEqual(
      expect.arrayContaining(['PARENT Emma Stone-Hill > Hazel', 'PARENT Jonas Hill > Hazel', 'SPOUSE Emma Stone-Hill > Jonas Hill']),
    );
  });
  it('"has gone on to have three children with wife Y: sons A and B, and daughter C"', () => {
    const found = rels(
      'Dan Porter, meanwhile, has gone on to have three children with wife Jacqui Ainsworth: sons Rafael, four, and Levi, one, and daughter Rivka, three.',
    );
    for (const kid of ['Rafael', 'Levi', 'Rivka'])
      expect(found).toEqual(expect.arrayContaining([`PARENT Dan Porter > ${kid}`, `PARENT Jacqui Ainsworth > ${kid}`]));
    expect(found).toContain('SPOUSE Dan Porter > Jacqui Ainsworth');
  });
  it('"Y - X\'s eventual second wife -" is an apposition like "Y, X\'s wife"', () => {
    expect(rels("Dan Miles had an affair with Marla Stone - Dan Miles's eventual second wife - while still married.")).toContain(
      'SPOUSE Dan Miles > Marla Stone',
    );
  });
  it('"while they were married" pairs the couple named before; "before they got married" does not', () => {
    expect(rels('Heidi Larsen and Tom Seale met in 2004. Tom Seale adopted her daughter Leni while they were married.')).toContain(
      'SPOUSE Heidi Larsen > Tom Seale',
    );
    // "Leo Hart", not "Leo Harte": the extractor does not take "Leo Harte" for a person, so the test could not fail
    expect(rels('Kim Brandt and Leo Hart argued. She wanted a prenup before they got married.', 0.5)).not.toContain(
      'SPOUSE Kim Brandt > Leo Hart',
    );
  });
  it('a leading "after spending time with daughters A and B" makes the subject their parent', () => {
    const found = rels('After spending the weekend there with daughters Malia, 18, and Sasha, 15, Barack Obama flew home.');
    expect(found).toEqual(expect.arrayContaining(['PARENT Barack Obama > Malia', 'PARENT Barack Obama > Sasha']));
  });
  it('"his father Guy": "his" is the child, not Guy', () => {
    const found = rels('Nora Vance wants her son Rocco to stay in London with his father Guy Porter.');
    expect(found).toContain('PARENT Guy Porter > Rocco');
    expect(found).not.toContain('PARENT Guy Porter > Guy Porter');
  });
});

describe('round 5: more constructions', () => {
  it('"X politely answered a question about daughter Y": a bare kin word takes the subject as parent', () => {
    expect(rels('Tom Reyes politely answered a question about daughter Suri at the premiere.')).toContain('PARENT Tom Reyes > Suri');
    // "her daughter" is not bare: the pronoun rules decide, not this one
    expect(rels('Tom Reyes met Ada Lane and spoke about her daughter Suri.', 0.5)).not.toContain('PARENT Tom Reyes > Suri');
  });
  it('"married to a woman named Y", "marriage to the sisters\' father Y", "married actress/model Y"', () => {
    expect(rels('Before that, Carl Jensen used to be married to a woman named Linda.')).toContain('SPOUSE Carl Jensen > Linda');
    expect(rels("Yolanda Hart married David Fenn after her first marriage to the sisters' biological father Mohamed Hart.")).toContain(
      'SPOUSE Yolanda Hart > Mohamed Hart',
    );
    expect(rels('In 2008, Ellen Dorsey married Australian actress/model Portia Lane, 43.')).toContain('SPOUSE Ellen Dorsey > Portia Lane');
  });
  it('"got married for the last time in 1963 to television host Y"', () => {
    expect(rels('Though married twice before, Betty Wilde got married for the last time in 1963 to television host Allen Lund.')).toContain(
      'SPOUSE Betty Wilde > Allen Lund',
    );
    expect(rels('Betty Wilde never got married in her life to anyone like Allen Lund.', 0.5)).not.toContain(
      'SPOUSE Betty Wilde > Allen Lund',
    );
  });
  it('"X\'s rapper husband Y", "X\'s usual award show date, husband Y"', () => {
    expect(rels("The host asked Kim Lane and Kim Lane's rapper husband Kane West to dress up.")).toContain('SPOUSE Kim Lane > Kane West');
    expect(rels("Jessica Biehl arrived without Jessica Biehl's usual award show date, husband Justin Timber, by her side.")).toContain(
      'SPOUSE Jessica Biehl > Justin Timber',
    );
  });
  it('"X\'s 25th wedding anniversary with Y", "nine years of wedded bliss with Y"', () => {
    expect(rels("Barack Obama went big for Barack Obama's 25th wedding anniversary with Michelle Robinson on Tuesday.")).toContain(
      'SPOUSE Barack Obama > Michelle Robinson',
    );
    expect(rels('Ellen Dorsey posted a photo to celebrate nine years of wedded bliss with Portia Lane.')).toContain(
      'SPOUSE Ellen Dorsey > Portia Lane',
    );
  });
  it('"Y, X \'s ex-husband" with a stray space before the possessive', () => {
    expect(rels("Rumours said Kris Jenner had a relationship with Lamar Odom, Khloe Kardash 's ex-husband.")).toContain(
      'SPOUSE Khloe Kardash > Lamar Odom',
    );
  });
  it("\"X's and Y's 2-year-old son Z's latest milestones\"", () => {
    const found = rels("Jessica Biehl gushed over Jessica Biehl's and Justin Timber's 2-year-old son Silas's latest milestones.");
    expect(found).toEqual(expect.arrayContaining(['PARENT Jessica Biehl > Silas', 'PARENT Justin Timber > Silas']));
  });
  it('a child list broken by a clause goes on after it', () => {
    const found = rels(
      'Madge Ciccone is also the mother to 19-year-old daughter Lourdes, from her previous relationship to Carlos Leone, and adopted children David, 10, and Mercy, also 10.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['PARENT Madge Ciccone > Lourdes', 'PARENT Madge Ciccone > David', 'PARENT Madge Ciccone > Mercy']),
    );
    expect(found).not.toContain('PARENT Carlos Leone > David');
  });
});

// Round 6: error classes read on heldout4 after it had been scored once (heldout5 was labelled blind meanwhile).
describe('round 6: dashes, modifiers and lists', () => {
  it('an en dash opens and closes a child list like an em dash', () => {
    expect(rels('Owen Wilde talked about his two sons – Ford, 6, and Finn, 3 – and said they are funny.')).toEqual(
      expect.arrayContaining(['PARENT Owen Wilde > Ford', 'PARENT Owen Wilde > Finn']),
    );
  });
  it('"British-born wife", "then husband", "now ex-husband"', () => {
    expect(rels("Stan Leigh's British-born wife, Joan Boocock, suggested he write again.")).toContain('SPOUSE Stan Leigh > Joan Boocock');
    expect(rels("Jennifer Lopes's then husband, Marc Antony, threw the first pitch.")).toContain('SPOUSE Jennifer Lopes > Marc Antony');
    expect(rels('Scarlett Johanson separated from her now ex-husband Romain Dauriac last summer.')).toContain(
      'SPOUSE Scarlett Johanson > Romain Dauriac',
    );
  });
  it('a name followed by "said" ends a child list: it is the speaker', () => {
    expect(rels('Brigitte Nielsen feared for her access to her children, Germaine Greer said.', 0.5)).not.toContain(
      'PARENT Brigitte Nielsen > Germaine Greer',
    );
  });
  it('"her father, actor Y" and "a daughter of A and B"', () => {
    expect(rels('Angela Jolly had pain in her early life: her father, actor Jon Voyt, had been unfaithful.')).toContain(
      'PARENT Jon Voyt > Angela Jolly',
    );
    expect(rels('It was the latest job for Kendall Jenner, 19, a daughter of Kris Jenner and Bruce Jenner.')).toEqual(
      expect.arrayContaining(['PARENT Kris Jenner > Kendall Jenner', 'PARENT Bruce Jenner > Kendall Jenner']),
    );
  });
  it('"X\'s marriage to Y, with whom X had daughters A and B"', () => {
    const found = rels(
      "In 2008, Alex Rodrigo's marriage to Cynthia Scurtis, with whom Alex Rodrigo had daughters Natasha and Ella, broke up.",
    );
    expect(found).toEqual(
      expect.arrayContaining(['SPOUSE Alex Rodrigo > Cynthia Scurtis', 'PARENT Cynthia Scurtis > Natasha', 'PARENT Alex Rodrigo > Ella']),
    );
  });
  it('"then the twins, A and B" continues a child list', () => {
    expect(rels('Angela Jolly gave birth to Shiloh in 2006, in Namibia, then the twins, Vivienne and Knox, in 2008.')).toEqual(
      expect.arrayContaining(['PARENT Angela Jolly > Shiloh', 'PARENT Angela Jolly > Vivienne', 'PARENT Angela Jolly > Knox']),
    );
  });
  it('two children named together are not the "they" of a later sentence', () => {
    const text = 'Angela Jolly gave birth to the twins, Vivienne and Knox, in 2008. In between they adopted Pax from Vietnam.';
    expect(rels(text, 0.5).filter((r) => r.endsWith('> Pax'))).not.toEqual(expect.arrayContaining(['PARENT Vivienne > Pax']));
  });
  it('a country with a name-like first word is not a person', () => {
    expect(people('Angela Jolly adopted her first child, Maddox, from Sierra Leone in 2002.')).not.toContain('Sierra Leone');
  });
});

// Round 7: error classes read on heldout5 after it had been scored once. No unseen set is left to measure this round.
describe('round 7: roles, co-parents and appositions', () => {
  it('a part played is not a marriage: "Z, who plays Y\'s wife W" stays below the ingest threshold', () => {
    const text = "Sophie Okon, who plays Don Chedley's wife Tatiana, is nominated.";
    expect(rels(text)).not.toContain('SPOUSE Don Chedley > Tatiana');
    expect(rels("Milo Vent's character Jack Pearson did push-ups with his son Randall.")).not.toContain('PARENT Jack Pearson > Randall');
  });
  it('"the mother of his two children, Y" names a co-parent, not a child', () => {
    expect(rels('Blake Griff split from the mother of his two children, Brynn Camer, a former player.', 0.5)).not.toContain(
      'PARENT Blake Griff > Brynn Camer',
    );
  });
  it('"X, mother of actor Y" and "X\'s parents, A and B"', () => {
    expect(rels('Jackie Stallon, mother of actor Sylvester Stallon, has been evicted.')).toContain(
      'PARENT Jackie Stallon > Sylvester Stallon',
    );
    // the rule fires (min 0): its measured precision (0 of 4 right on the labelled sets) keeps it below review
    expect(rels("Police issued an alert and Richey Edwardes's parents, Graham Edwardes and Sherry Edwardes, pleaded for news.", 0)).toEqual(
      expect.arrayContaining(['PARENT Graham Edwardes > Richey Edwardes', 'PARENT Sherry Edwardes > Richey Edwardes']),
    );
  });
  it('"Y, who shares a 10-year-old son Z, with former fiancée W": both are parents, neither is a spouse', () => {
    const found = rels('The two met when Darren Aronof, who shares a 10-year-old son Henry, with former fiancee Rachel Weiss, cast her.');
    expect(found).toEqual(expect.arrayContaining(['PARENT Darren Aronof > Henry', 'PARENT Rachel Weiss > Henry']));
    expect(found).not.toContain('SPOUSE Darren Aronof > Rachel Weiss');
  });
  it('"Z, a former anchor and lawyer Y\'s daughter"', () => {
    expect(rels("Lisa Bloome, a former anchor and lawyer Gloria Allredd's daughter, represents her.")).toContain(
      'PARENT Gloria Allredd > Lisa Bloome',
    );
    expect(rels("Lisa Bloome, a friend of Gloria Allredd's daughter, represents her.", 0.5)).not.toContain(
      'PARENT Gloria Allredd > Lisa Bloome',
    );
  });
  it('"X and his wife Y": the possessive after "X and" is X\'s even when the first name looks female', () => {
    const found = rels("The crowd included Elton Johns and former president Valery Giscard d'Estaing and his wife Anne-Aymone.");
    expect(found).toContain("SPOUSE Valery Giscard d'Estaing > Anne-Aymone");
    expect(found).not.toContain('SPOUSE Elton Johns > Anne-Aymone');
  });
  it("a pronoun that can only mean one person keeps its confidence even when that person's gender is unknown", () => {
    expect(rels('Rock star Ozzy Osborn said the show is over. His wife Sharon Osborn agreed.')).toContain(
      'SPOUSE Ozzy Osborn > Sharon Osborn',
    );
  });
});

// Round 8: events, while heldout6 was labelled blind.
describe('round 8: deaths and undated marriages', () => {
  const events = eventsOf;
  it('"X, who died in June 2004" and "X, a civil rights activist, died in Miami"', () => {
    expect(events('Soul legend Marvin Charlton, who died in June 2004, has seven nominations.', 'DEATH')).toEqual([
      'Marvin Charlton 2004-06',
    ]);
    expect(events('Veteran star Ossie Davies, a well-known activist, died in Miami on 4 February 2005.', 'DEATH')).toEqual([
      'Ossie Davies 2005-02-04',
    ]);
  });
  it('"Y, who was married to X, was found dead": the dead is Y, not X', () => {
    const found = events(
      'Ossie Davies, who was married to actress Ruby Deed, was found dead on 4 February 2005 in his hotel room.',
      'DEATH',
    );
    expect(found).toEqual(['Ossie Davies 2005-02-04']);
  });
  it('"X\'s mother, Y, died on May 25" gives Y\'s death; "her death was accidental" gives none', () => {
    expect(events("Jennifer Anson's mother, Nancy Dow, died on May 25, 2016.", 'DEATH')).toEqual(['Nancy Dow 2016-05-25']);
    expect(events('Donna Clark spoke to reporters. The man has denied the killing, saying her death was accidental.', 'DEATH')).toEqual([]);
  });
  it('"X\'s death from cancer in 1981"', () => {
    expect(events("Betty Wilde and Allen Lund were happily wed until Allen Lund's death from stomach cancer in 1981.", 'DEATH')).toEqual([
      'Allen Lund 1981',
    ]);
  });
  it('"X married Y" without a date is an undated marriage; "X was married to Y" is a state, not an event', () => {
    expect(events('Later Linda Thompson married the composer David Fenster.', 'MARRIAGE')).toEqual(['Linda Thompson + David Fenster']);
    expect(events('Linda Thompson was married to the composer David Fenster.', 'MARRIAGE')).toEqual([]);
  });
});

// Round 9: read on heldout6 after its one score.
describe('round 9: a birthplace is not a birth event', () => {
  // stated births, whatever their calibrated confidence (ages read as births are another rule)
  const births = (text: string) => draftOf(text).events.filter((e) => e.kind === 'BIRTH' && e.rule === 'event/birth');
  it('"X was born and raised in London" gives no BIRTH; "X was born in 1922" and "Y gave birth to Z" do', () => {
    expect(births('Robert Patters was born and raised in London.')).toHaveLength(0);
    expect(births('Stan Leigh was born in New York in 1922.').map((e) => e.date)).toEqual(['1922']);
    expect(births('Angela Jolly gave birth to Shiloh in Namibia.')).toHaveLength(1);
  });
});

describe('round 9: titles and awards are not people', () => {
  it('"starred in Forrest Gump", "Vera Drake director Mike Leigh", an Oscar', () => {
    const found = people(
      'Tom Hanks starred in Forrest Gump. Vera Drake director Mike Leigh won an Oscar. Later Tom Hanks said the Oscar was heavy.',
    );
    expect(found).toEqual(expect.arrayContaining(['Tom Hanks', 'Mike Leigh']));
    expect(found).not.toContain('Forrest Gump');
    expect(found).not.toContain('Vera Drake');
    expect(found).not.toContain('Oscar');
  });
  it('the maker named in "his role in Bernardo Bertolucci\'s Last Tango" stays a person', () => {
    expect(people("Marlon Brandon won praise for his role in Bernardo Bertolucci's Last Tango in Paris.")).toContain('Bernardo Bertolucci');
  });
});

describe('round 9: more ways to tell a death', () => {
  const deaths = (text: string) => eventsOf(text, 'DEATH');
  it('"was shot and stabbed to death", "the murder of X"; not "a blanket shredded to death"', () => {
    expect(deaths('Director Theo van Goch was shot and stabbed to death in Amsterdam in November 2004.')).toEqual([
      'Theo van Goch 2004-11',
    ]);
    expect(deaths('The film is based on the murder of politician Pim Fortuine in 2002.')).toEqual(['Pim Fortuine 2002']);
    expect(deaths('Angela Jolly picks up a small piece of a blanket, shredded to death, and laughs.')).toEqual([]);
  });
  it('a death in a relative clause is a fact even when the main clause is hypothetical', () => {
    expect(deaths('Producer Robbie Stamm said that Douglas Adamson, who died in 2001, would have been delighted.')).toEqual([
      'Douglas Adamson 2001',
    ]);
  });
  it('runs of spaces read as one ("White  died")', () => {
    expect(deaths('In 2015, his girlfriend Cathriona Whyte  died by suicide.')).toEqual(['Cathriona Whyte 2015']);
  });
});
