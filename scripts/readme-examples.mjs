// The README's ```graphql blocks, for GraphiQL's examples: the same text the README tests
// run (tests/integration/readme.test.ts), so an example in the IDE works as it is shown.

const HEADING = /^#{2,4}\s+(.+)$/;
const FENCE_OPEN = /^```graphql\s*$/;
const FENCE_CLOSE = /^```\s*$/;

/**
 * Each block as `{ title, query }`, in README order; the title is the nearest heading above
 * it, numbered when a heading has more than one block ("Editors (2)").
 */
export function readmeExamples(markdown) {
  const examples = [];
  const perHeading = new Map();
  let heading = 'README';
  let block = null;
  for (const line of markdown.split('\n')) {
    if (block) {
      if (FENCE_CLOSE.test(line)) {
        const n = (perHeading.get(heading) ?? 0) + 1;
        perHeading.set(heading, n);
        examples.push({ heading, n, query: block.join('\n') + '\n' });
        block = null;
      } else block.push(line);
    } else if (FENCE_OPEN.test(line)) block = [];
    else {
      const match = HEADING.exec(line);
      if (match) heading = match[1].trim();
    }
  }
  return examples.map(({ heading: h, n, query }) => ({ title: perHeading.get(h) > 1 ? `${h} (${n})` : h, query }));
}
