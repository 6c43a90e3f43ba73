import { GraphDocument } from './graph-document';

export const CYTOSCAPE_MIME_TYPE = 'application/json';

/**
 * Cytoscape.js elements JSON (`cy.add(json.elements)`; Cytoscape desktop imports it too).
 * Attributes sit beside id and label in `data`; null attributes are left out.
 */
export function toCytoscapeJson(graph: GraphDocument): string {
  const nodes = graph.nodes.map((n) => ({ data: { ...present(n.attrs), id: n.id, label: n.label } }));
  const edges = graph.edges.map((e) => ({
    data: { ...present(e.attrs), id: e.id, source: e.source, target: e.target, relation: e.relation, directed: e.directed ?? false },
  }));
  return JSON.stringify({ elements: { nodes, edges } }, null, 2);
}

function present(attrs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined));
}
