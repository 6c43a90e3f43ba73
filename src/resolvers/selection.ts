import { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a request selects on this field's result (or, with `path`, on a
 * field nested in it, e.g. ['hops']), through fragments and aliases, so that a resolver sends
 * only the statements those fields need (a `totalCount` alone needs no page). @skip/@include
 * are not evaluated: a field they guard counts as selected.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  const fieldsOf = (sets: readonly (SelectionSetNode | undefined)[]) => {
    const found = new Map<string, SelectionSetNode[]>();
    const walk = (set: SelectionSetNode | undefined) => {
      for (const s of set?.selections ?? []) {
        if (s.kind === 'Field') found.set(s.name.value, [...(found.get(s.name.value) ?? []), ...(s.selectionSet ? [s.selectionSet] : [])]);
        else if (s.kind === 'InlineFragment') walk(s.selectionSet);
        else walk(info.fragments[s.name.value]?.selectionSet);
      }
    };
    sets.forEach(walk);
    return found;
  };
  let level = fieldsOf(info.fieldNodes.map((node) => node.selectionSet));
  for (const name of path) level = fieldsOf(level.get(name) ?? []);
  return new Set(level.keys());
}
