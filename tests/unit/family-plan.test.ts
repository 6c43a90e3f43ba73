import { describe, expect, it } from 'vitest';
import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, OperationDefinitionNode, parse } from 'graphql';
import { familyPlanOf } from '../../src/resolvers/family-plan';
import { mergePlans } from '../../src/loaders/family-loader';

/** The info a family field's resolver gets, for the first field named `field` under the root person. */
function infoFor(query: string, field: string): GraphQLResolveInfo {
  const doc = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const person = op.selectionSet.selections[0] as FieldNode;
  const node = person.selectionSet!.selections.find((s) => s.kind === Kind.FIELD && s.name.value === field) as FieldNode;
  return { fieldName: field, fieldNodes: [node], fragments } as unknown as GraphQLResolveInfo;
}

describe('familyPlanOf: how far below a family field the request reads family again', () => {
  it('W3, person → children → spouses → children: the children and their spouses', () => {
    const q = '{ person(id: "x") { children { person { name spouses { person { children { person { name } } } } } } } }';
    expect(familyPlanOf(infoFor(q, 'children'))).toEqual([['children'], ['spouses']]);
  });

  it('no family below: nothing to read ahead', () => {
    expect(familyPlanOf(infoFor('{ person(id: "x") { spouses { person { name } since { iso } } } }', 'spouses'))).toEqual([]);
  });

  it('through fragments and inline fragments, kinds of one level together', () => {
    const q = `{ person(id: "x") { children { person { ...kin } } } }
      fragment kin on Person { spouses { person { parents { person { name } } } } ... on Person { parents { person { children { person { id } } } } } }`;
    expect(familyPlanOf(infoFor(q, 'children'))).toEqual([['children'], ['parents', 'spouses']]);
  });

  it('is cut at three levels', () => {
    const deep = (n: number): string => (n === 0 ? 'name' : `children { person { ${deep(n - 1)} } }`);
    const q = `{ person(id: "x") { ${deep(6)} } }`;
    expect(familyPlanOf(infoFor(q, 'children'))).toEqual([['children'], ['children'], ['children']]);
  });
});

describe('mergePlans', () => {
  it('unites level by level', () => {
    expect(mergePlans([['children']], [['spouses'], ['parents']])).toEqual([['children', 'spouses'], ['parents']]);
    expect(mergePlans([], [])).toEqual([]);
  });
});
