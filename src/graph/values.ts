import neo4j, { Node, Path, Relationship } from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON-able values at the border:
 * Integers to numbers (or strings beyond 2^53), temporal values to ISO strings,
 * nodes, relationships and paths to objects with their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  const v = value as never;
  if (isTemporal(v)) return String(value);
  if (neo4j.isNode(v)) return plainNode(value as Node);
  if (neo4j.isRelationship(v)) return plainRelationship(value as Relationship);
  if (neo4j.isPath(v)) return plainPath(value as Path);
  if (neo4j.isPoint(v)) {
    const p = value as { srid: unknown; x: number; y: number; z?: number };
    return { srid: toPlain(p.srid), x: p.x, y: p.y, z: p.z ?? null };
  }
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, x]) => [k, toPlain(x)]));
}

function plainNode(node: Node): unknown {
  return { elementId: node.elementId, labels: node.labels, properties: toPlain(node.properties) };
}

function plainRelationship(rel: Relationship): unknown {
  return {
    elementId: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: toPlain(rel.properties),
  };
}

function plainPath(path: Path): unknown {
  return {
    start: plainNode(path.start),
    end: plainNode(path.end),
    segments: path.segments.map((s) => ({
      start: plainNode(s.start),
      relationship: plainRelationship(s.relationship),
      end: plainNode(s.end),
    })),
  };
}

function isTemporal(v: never): boolean {
  return (
    neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isLocalTime(v) || neo4j.isTime(v) || neo4j.isDuration(v)
  );
}

/** A Neo4j integer or JS number as a JS number. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  return Number(value);
}
