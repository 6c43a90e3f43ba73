/**
 * Answers of the three systems in one comparable form. Each system's reply is first mapped
 * to a common shape (./workloads.ts); `canonical` then treats every array of objects with an
 * `id` as a set (sorted by id, as the systems order kin differently) and keeps arrays of
 * scalars in order (pages, paths and timelines are ordered answers: the adapters give them as
 * id lists).
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every(hasId) ? [...items].sort((a, b) => compareIds(a.id, b.id)) : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value ?? null;
}

const hasId = (v: unknown): v is { id: string } => !!v && typeof v === 'object' && 'id' in v;
const compareIds = (a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);

/**
 * The first place where two canonical answers differ, as `path: left ≠ right`, or null when
 * they are equal; a missing value reads as null.
 */
export function firstDifference(left: unknown, right: unknown, path = '$'): string | null {
  if (Array.isArray(left) && Array.isArray(right)) {
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const found = firstDifference(left[i], right[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (isObject(left) && isObject(right)) {
    for (const key of [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()) {
      const found = firstDifference(left[key], right[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  const [l, r] = [JSON.stringify(left ?? null), JSON.stringify(right ?? null)];
  return l === r ? null : `${path}: ${l} ≠ ${r}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Compares every system's answer with the first one's (the reference); returns one line per
 * system that differs, empty when all agree.
 */
export function compareAnswers(answers: [system: string, answer: unknown][]): string[] {
  const [[reference, expected], ...others] = answers.map(([system, answer]) => [system, canonical(answer)] as const);
  return others.flatMap(([system, answer]) => {
    const found = firstDifference(expected, answer);
    return found ? [`${system} differs from ${reference} at ${found}`] : [];
  });
}
