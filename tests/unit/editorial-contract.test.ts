import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, findBreakingChanges, GraphQLNamedType, isEnumType, isInputObjectType, isObjectType, parse } from 'graphql';

const read = (file: string) => readFileSync(path.resolve(__dirname, '..', '..', 'schema', file), 'utf8');
/** schema/contract.graphql: shared/contract/api.graphql then editorial.graphql, as they are (.ci/run diffs it with the two) */
const text = read('contract.graphql');
const contract = buildSchema(text);
const ours = buildSchema(read('schema.graphql'));

/** Every description, type and default the contract writes, as "coordinate: value" lines. */
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

describe('the binding contract (shared/contract/api.graphql with editorial.graphql)', () => {
  it('holds the editorial extension: every mutation and query it adds is in the contract copy', () => {
    for (const field of ['reviewEvidence', 'retractArticle', 'mergePeople', 'updatePerson'])
      expect(contract.getMutationType()!.getFields()[field], field).toBeDefined();
    expect(contract.getType('RetractReport')).toBeDefined();
  });

  it('the schema breaks nothing in it', () => {
    expect(findBreakingChanges(contract, ours).map((c) => c.description)).toEqual([]);
  });

  it('the editorial types and fields are as it writes them: names, types, nullability, defaults, descriptions', () => {
    const editorial = text.slice(text.indexOf('# Editorial control'));
    const definitions = parse(editorial).definitions.filter((d) => 'name' in d && d.name) as {
      name: { value: string };
      fields?: { name: { value: string } }[];
    }[];
    let compared = 0;
    for (const d of definitions) {
      const only = d.fields ? new Set(d.fields.map((f) => f.name.value)) : null;
      const mine = ours.getType(d.name.value);
      expect(mine, d.name.value).toBeDefined();
      expect(shape(mine!, only)).toEqual(shape(contract.getType(d.name.value)!, only));
      compared += only?.size ?? 1;
    }
    expect(compared).toBe(36); // fields (or whole enums) that editorial.graphql writes
  });
});
