import { PathResult } from '../connections/find-connections';
import { ExportRelation, GraphDocument, GraphEdge, GraphNode } from './graph-document';
import { ExportFormatName, GraphExportResult, serializeGraph } from './neighbourhood.export';

const RELATION: Record<PathResult['hops'][number]['relation'], ExportRelation> = {
  SPOUSE: 'SPOUSE',
  PARENT: 'PARENT',
  CHILD: 'PARENT',
  CO_MENTIONED: 'CO_MENTIONED',
};

/**
 * The people and hops of connection paths as one graph: a hop shared by several paths is one
 * edge; parent edges point from parent to child whichever way the path walked them.
 */
export function connectionsToGraph(paths: PathResult[]): GraphDocument {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const path of paths) {
    path.people.forEach((p, i) => {
      if (!nodes.has(p.id)) nodes.set(p.id, { id: p.id, label: p.name, attrs: { name: p.name, birthDate: p.birthDate, pathPosition: i } });
    });
    for (const hop of path.hops) {
      const relation = RELATION[hop.relation];
      const [source, target] = endsOf(hop.relation, hop.from.id, hop.to.id);
      const id = `${relation}:${source}:${target}`;
      if (edges.has(id)) continue;
      edges.set(id, {
        id,
        source,
        target,
        relation,
        evidenceCount: hop.evidenceCount,
        attrs: { sources: [...new Set(hop.evidence.map((e) => e.source))].join('; '), quote: hop.evidence[0]?.quote ?? null },
      });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Parent first for family edges; id order for symmetric ones, as the neighbourhood export has them. */
function endsOf(relation: PathResult['hops'][number]['relation'], from: string, to: string): [string, string] {
  if (relation === 'PARENT') return [from, to];
  if (relation === 'CHILD') return [to, from];
  return from < to ? [from, to] : [to, from];
}

export function exportConnections(paths: PathResult[], format: ExportFormatName): GraphExportResult {
  const graph = connectionsToGraph(paths);
  return { ...serializeGraph(graph, format), nodeCount: graph.nodes.length, edgeCount: graph.edges.length, truncated: false };
}
