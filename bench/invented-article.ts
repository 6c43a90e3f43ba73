/**
 * Long articles of invented celebrity news, for load tests and the extraction benchmark.
 * Names are made up so nothing matches the seed graph (first names are ones the extractor's
 * lexicon knows, so people are found as in real text); the sentence shapes are the ones
 * real entertainment stories use (marriages, births, deaths, quotes, dates), so the
 * extractor does its real work rather than skipping noise.
 */
const FIRST = [
  'Mara',
  'Dorian',
  'Ines',
  'Bram',
  'Lena',
  'Omar',
  'Rhea',
  'Pavel',
  'Talia',
  'Cyrus',
  'Noor',
  'Felix',
  'Aurelie',
  'Jonah',
  'Priya',
  'Silas',
];
// surnames no other test uses (tests/integration/extract.test.ts has its own invented couples)
const LAST = [
  'Ashgrove',
  'Wrenfield',
  'Gorsedene',
  'Marchbank',
  'Threlkeld',
  'Varnham',
  'Wexcombe',
  'Yarrowby',
  'Brackwater',
  'Coldharbour',
  'Dunmere',
  'Fallowmere',
];
const MONTHS = ['January', 'March', 'May', 'June', 'August', 'October', 'December'];

const SHAPES: ((a: string, b: string, c: string, year: number, month: string) => string)[] = [
  (a, b, _c, y, m) => `Singer ${a} married ${b} in ${m} ${y}.`,
  (a, b, c, y) => `${a} and her husband ${b} welcomed a son, ${c.split(' ')[0]}, in ${y}.`,
  (a, _b, _c, y, m) => `Actor ${a} died on ${m} 12, ${y}, at the age of 81.`,
  (a, b) => `"We are over the moon," ${a} wrote, thanking ${b} and their fans.`,
  (a, b, _c, y) => `${a} filed for divorce from ${b} in ${y} after eleven years of marriage.`,
  (a, b, c) => `${a}'s daughter ${c} was seen with her father ${b} at the premiere.`,
  (a, _b, _c, y) => `The film, directed by ${a}, opened in ${y} to mixed reviews from critics.`,
  (a, b) => `${a} told reporters that ${b} had been a friend since drama school.`,
];

/** Deterministic for a seed: the same seed gives the same text. */
export function inventedArticle(targetChars: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const person = () => `${FIRST[next(FIRST.length)]} ${LAST[next(LAST.length)]}`;
  const paragraphs: string[] = [];
  let length = 0;
  while (length < targetChars) {
    const sentences: string[] = [];
    for (let i = 0; i < 4; i++) {
      const shape = SHAPES[next(SHAPES.length)];
      sentences.push(shape(person(), person(), person(), 1960 + next(60), MONTHS[next(MONTHS.length)]));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, targetChars);
}
