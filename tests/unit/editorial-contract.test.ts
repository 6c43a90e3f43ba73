import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, findBreakingChanges, GraphQLNamedType, isEnumType, isInputObjectType, isObjectType, parse } from 'graphql';

const read = (file: string) => readFileSync(path.resolve(__dirname, '..', '..', 'schema', file), 'utf8');
/** schema/editorial.graphql: a copy of shared/contract/editorial.graphql (.ci/run diffs the two) */
const editorial = read('editorial.graphql');
const contract = buildSchema(`${read('contract.graphql')}\n${editorial}`);
const ours = buildSchema(read('schema.graphql'));

/** Issue 10 part B (retract, merge, update): the editorial contract binds once these are in the schema too. */
const PART_B = ['PersonPatch was removed.', 'Mutation.mergePeople was removed.', 'Mutation.updatePerson was removed.'];

/** Every description, type and default the editorial file writes, as "coordinate: value" lines. */
function shape(type: GraphQLNamedType, only: ReadonlySet<string> | null): string[] {
  const lines = [`${type.name}: ${type.description ?? ''}`];
  if (isEnumType(type)) lines.push(`${type.name} = ${type.getValues().map((v) => v.name)}`);
  if (isObjectType(type) || isInputObjectType(type)) {
    for (const f of Object.values(type.getFields()).filter((x) => !only || only.has(x.name))) {
      lines.push(`${type.name}.${f.name}: ${String(f.type)} ${f.description ?? ''}`);
      for (const a of 'args' in f ? f.args : [])
        lines.push(`${type.name}.${f.name}(${a.name}: ${String(a.type)} = ${JSON.stringify(a.defaultValue)})`);
    }
  }
  return lines.sort();
}

describe('the editorial contract (shared/contract/editorial.graphql)', () => {
  it('the schema breaks nothing in it but what part B still owes', () => {
    expect(findBreakingChanges(contract, ours).map((c) => c.description)).toEqual(PART_B);
  });

  it('its part A types and fields are as it writes them: names, types, nullability, defaults, descriptions', () => {
    const definitions = parse(editorial).definitions.filter((d) => 'name' in d && d.name) as {
      name: { value: string };
      fields?: { name: { value: string } }[];
    }[];
    const partB = new Set(['PersonPatch', 'mergePeople', 'updatePerson']);
    let compared = 0;
    for (const d of definitions) {
      if (partB.has(d.name.value)) continue;
      const only = d.fields ? new Set(d.fields.map((f) => f.name.value).filter((f) => !partB.has(f))) : null;
      const theirs = shape(contract.getType(d.name.value)!, only);
      const mine = ours.getType(d.name.value);
      expect(mine, d.name.value).toBeDefined();
      expect(shape(mine!, only)).toEqual(theirs);
      compared += theirs.length;
    }
    expect(compared).toBeGreaterThan(30);
  });
});
