/**
 * A graph ready to export, independent of where it came from (a neighbourhood, a set of
 * connection paths): the serializers take nothing else.
 */
export type AttrValue = string | number | boolean | null;

export interface GraphNode {
  id: string;
  label: string;
  attrs: Record<string, AttrValue>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** spouse, parent (source is the parent), co-mentioned, ... */
  relation: string;
  /** drawn with an arrow: true for parent edges, false for symmetric relations */
  directed?: boolean;
  attrs: Record<string, AttrValue>;
}

export interface GraphDocument {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
