// Paths from `connections` as a graph to draw. Pure (no DOM, no Cytoscape), so tests/unit runs it.

export interface PathPerson {
  id: string;
  name: string;
}

export interface PathHopView {
  from: PathPerson;
  to: PathPerson;
  relation: 'SPOUSE' | 'PARENT' | 'CHILD' | 'CO_MENTIONED';
}

export interface PathView {
  length: number;
  people: PathPerson[];
  hops: PathHopView[];
}

export interface GraphNode {
  data: { id: string; label: string; role: 'from' | 'to' | 'via' };
}

export interface GraphEdge {
  data: { id: string; source: string; target: string; relation: 'SPOUSE' | 'PARENT' | 'CO_MENTIONED'; label: string };
  /** `stated` (spouse, parent) is drawn solid; `weak` (co-mention) thin and dashed */
  classes: 'stated directed' | 'stated' | 'weak';
}

const LABELS: Record<PathHopView['relation'], string> = {
  SPOUSE: 'spouse of',
  PARENT: 'parent of',
  CHILD: 'child of',
  CO_MENTIONED: 'named with',
};

/** How a hop reads from its `from` side: "spouse of", "parent of", "child of", "named with". */
export function hopLabel(relation: PathHopView['relation']): string {
  return LABELS[relation];
}

/**
 * Every path's people and hops as one graph: each person once, each fact once however many
 * paths use it. A CHILD hop is drawn as the PARENT edge it is (parent → child), so two paths
 * walking one link opposite ways share an edge; spouse and co-mention edges have no direction
 * and are keyed by the id pair in order.
 */
export function pathsToElements(paths: PathView[], fromId: string, toId: string): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const path of paths) {
    for (const person of path.people) {
      if (nodes.has(person.id)) continue;
      const role = person.id === fromId ? 'from' : person.id === toId ? 'to' : 'via';
      nodes.set(person.id, { data: { id: person.id, label: person.name, role } });
    }
    for (const hop of path.hops) {
      const edge = edgeOf(hop);
      if (!edges.has(edge.data.id)) edges.set(edge.data.id, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function edgeOf(hop: PathHopView): GraphEdge {
  if (hop.relation === 'PARENT' || hop.relation === 'CHILD') {
    const [parent, child] = hop.relation === 'PARENT' ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
    return {
      data: { id: `PARENT:${parent}>${child}`, source: parent, target: child, relation: 'PARENT', label: 'parent of' },
      classes: 'stated directed',
    };
  }
  const [a, b] = [hop.from.id, hop.to.id].sort();
  const stated = hop.relation === 'SPOUSE';
  return {
    data: { id: `${hop.relation}:${a}|${b}`, source: a, target: b, relation: hop.relation, label: stated ? 'spouse' : 'named with' },
    classes: stated ? 'stated' : 'weak',
  };
}
