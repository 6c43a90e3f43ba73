import type { GraphEdge, GraphNode } from '../path-graph';

/**
 * Draws nodes and edges with Cytoscape.js, loaded on first use as its own chunk (only /connect
 * needs it; the other pages stay small). Stated relations are solid and dark, co-mentions thin,
 * dashed and light: weaker evidence, drawn weaker.
 */
export async function drawGraph(
  container: HTMLElement,
  elements: { nodes: GraphNode[]; edges: GraphEdge[] },
  rootId: string,
): Promise<void> {
  const { default: cytoscape } = await import('cytoscape');
  cytoscape({
    container,
    elements: [...elements.nodes, ...elements.edges],
    autoungrabify: false,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    layout: { name: 'breadthfirst', roots: [rootId], directed: false, spacingFactor: 1.1, padding: 16 },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': '#3d5a80',
          color: '#1a1a1a',
          'font-size': 12,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '110px',
          width: 22,
          height: 22,
        },
      },
      { selector: 'node[role = "from"], node[role = "to"]', style: { 'background-color': '#b3541e', width: 30, height: 30 } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          'font-size': 10,
          color: '#333333',
          'curve-style': 'bezier',
          'text-background-color': '#ffffff',
          'text-background-opacity': 1,
        },
      },
      { selector: 'edge.stated', style: { width: 4, 'line-color': '#1d3557' } },
      { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#1d3557' } },
      { selector: 'edge.weak', style: { width: 1.5, 'line-color': '#9aa5b1', 'line-style': 'dashed' } },
    ],
  });
}
