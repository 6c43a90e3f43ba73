import { GraphDocument, isSymmetric } from './graph-document';

export const CYTOSCAPE_MIME_TYPE = 'application/json';

/**
 * Cytoscape.js elements JSON (`cy.add(json.elements)`; Cytoscape desktop imports it too).
 * Attributes sit beside id and label in `data`; null attributes are left out. Edges carry
 * the same relation, evidenceCount and symmetric as in GraphML; `directed` (PARENT edges)
 * is what a Cytoscape style keys its arrows on.
 */
export function toCytoscapeJson(graph: GraphDocument): string {
  const nodes = graph.nodes.map((n) => ({ data: { ...present(n.attrs), id: n.id, label: n.label } }));
  const edges = graph.edges.map((e) => ({
    data: {
      ...present(e.attrs),
      id: e.id,
      source: e.source,
      target: e.target,
      relation: e.relation,
      evidenceCount: e.evidenceCount,
      symmetric: isSymmetric(e.relation),
      directed: !isSymmetric(e.relation),
    },
  }));
  return JSON.stringify({ elements: { nodes, edges } }, null, 2);
}

function present(attrs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined));
}
