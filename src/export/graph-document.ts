/**
 * A graph ready to export, independent of where it came from (a neighbourhood, a set of
 * connection paths): the serializers take nothing else.
 */
export type AttrValue = string | number | boolean | null;

/**
 * Relation names as the GraphQL enum RelationKind spells them. A PARENT edge goes from parent
 * to child (a path's CHILD hop is written as PARENT the other way round); SPOUSE and
 * CO_MENTIONED are symmetric, their source and target are in id order.
 */
export type ExportRelation = 'SPOUSE' | 'PARENT' | 'CO_MENTIONED';

/** Relations that read the same both ways; an export marks their edges `symmetric`. */
export function isSymmetric(relation: ExportRelation): boolean {
  return relation !== 'PARENT';
}

export interface GraphNode {
  id: string;
  label: string;
  attrs: Record<string, AttrValue>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  relation: ExportRelation;
  /** Evidence nodes of the fact; for a co-mention, the articles naming both people */
  evidenceCount: number;
  attrs: Record<string, AttrValue>;
}

export interface GraphDocument {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
