import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { FamilyKind, FamilyPlan, MAX_FAMILY_LEVELS } from '../graph/person.queries';

const FAMILY_FIELDS: readonly FamilyKind[] = ['spouses', 'children', 'parents'];

/**
 * How far the request reads family below this family field (spouses, children or parents):
 * entry i names the kinds of link, on the people reached at level i, whose people read family
 * again. `children { person { spouses { person { children { person { name } } } } } }` gives
 * [[children], [spouses]]: the families of the children and of their spouses are loaded with
 * this one (W3 of the benchmark). Cut at MAX_FAMILY_LEVELS; @skip/@include count as selected.
 */
export function familyPlanOf(info: GraphQLResolveInfo): FamilyPlan {
  let plan = planCache.get(info.fieldNodes);
  if (!plan) {
    const kind = info.fieldName as FamilyKind;
    const people = personSelections(info.fieldNodes, info.fragments);
    plan = readsFamily(people, info.fragments) ? [[kind], ...levelsBelow(people, info.fragments, MAX_FAMILY_LEVELS - 1)] : [];
    planCache.set(info.fieldNodes, plan);
  }
  return plan;
}

/**
 * graphql-js gives every item of a list the same fieldNodes array (its subfields are collected
 * once per selection), so a page of 50 people walks each family field's selection once, not 50 times.
 */
const planCache = new WeakMap<readonly FieldNode[], FamilyPlan>();

/** The selections on `person` of these link fields. */
function personSelections(links: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): SelectionSetNode[] {
  return links.flatMap((link) =>
    fieldsNamed(link.selectionSet, fragments, ['person']).flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])),
  );
}

function readsFamily(people: SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): boolean {
  return people.some((set) => fieldsNamed(set, fragments, FAMILY_FIELDS).length > 0);
}

/** Level by level, the family kinds on these people whose people read family again. */
function levelsBelow(people: SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>, room: number): FamilyPlan {
  if (room <= 0) return [];
  const kinds = new Set<FamilyKind>();
  const next: SelectionSetNode[] = [];
  for (const set of people) {
    for (const link of fieldsNamed(set, fragments, FAMILY_FIELDS)) {
      const theirs = personSelections([link], fragments);
      if (!readsFamily(theirs, fragments)) continue;
      kinds.add(link.name.value as FamilyKind);
      next.push(...theirs);
    }
  }
  if (kinds.size === 0) return [];
  return [[...kinds].sort(), ...levelsBelow(next, fragments, room - 1)];
}

/** The fields of a selection set with one of these names, through fragments. */
function fieldsNamed(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  names: readonly string[],
): FieldNode[] {
  const found: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') {
      if (names.includes(s.name.value)) found.push(s);
    } else if (s.kind === 'InlineFragment') found.push(...fieldsNamed(s.selectionSet, fragments, names));
    else found.push(...fieldsNamed(fragments[s.name.value]?.selectionSet, fragments, names));
  }
  return found;
}
