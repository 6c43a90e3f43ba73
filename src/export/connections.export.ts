import { PathResult } from '../connections/find-connections';
import { GraphDocument, GraphEdge, GraphNode } from './graph-document';
import { ExportFormatName, GraphExportResult, serializeGraph } from './neighbourhood.export';

const RELATION = { SPOUSE: 'spouse', PARENT: 'parent', CHILD: 'parent', CO_MENTIONED: 'co-mentioned' } as const;

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
      const [source, target] = hop.relation === 'CHILD' ? [hop.to.id, hop.from.id] : [hop.from.id, hop.to.id];
      const id = `${RELATION[hop.relation]}:${[source, target].sort().join(':')}`;
      if (edges.has(id)) continue;
      edges.set(id, {
        id, source, target, relation: RELATION[hop.relation], directed: hop.relation === 'PARENT' || hop.relation === 'CHILD',
        attrs: { sources: [...new Set(hop.evidence.map((e) => e.source))].join('; '), quote: hop.evidence[0]?.quote ?? null },
      });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function exportConnections(paths: PathResult[], format: ExportFormatName): GraphExportResult {
  const graph = connectionsToGraph(paths);
  return { ...serializeGraph(graph, format), nodeCount: graph.nodes.length, edgeCount: graph.edges.length, truncated: false };
}
