import { BadInputError, notFound } from '../errors';
import { Db } from '../graph/run';
import { NeighbourEdgeRecord, NeighbourhoodRecord, findNeighbourhood } from '../graph/neighbourhood.queries';
import { CYTOSCAPE_MIME_TYPE, toCytoscapeJson } from './cytoscape';
import { ExportRelation, GraphDocument } from './graph-document';
import { GRAPHML_MIME_TYPE, toGraphMl } from './graphml';

export type ExportFormatName = 'GRAPHML' | 'CYTOSCAPE';

export const MAX_EXPORT_HOPS = 3;
export const MAX_EXPORT_NODES = 2000;

export interface NeighbourhoodExportRequest {
  personId: string;
  hops: number;
  format: ExportFormatName;
  maxNodes: number;
}

export interface GraphExportResult {
  format: ExportFormatName;
  mimeType: string;
  content: string;
  nodeCount: number;
  edgeCount: number;
  truncated: boolean;
}

const RELATION: Record<NeighbourEdgeRecord['type'], ExportRelation> = {
  SPOUSE_OF: 'SPOUSE',
  PARENT_OF: 'PARENT',
  CO_MENTIONED: 'CO_MENTIONED',
};

/** A person's neighbourhood as a file for Gephi (GraphML) or Cytoscape (JSON); shared by GraphQL and HTTP. */
export async function exportNeighbourhood(db: Db, request: NeighbourhoodExportRequest): Promise<GraphExportResult> {
  const { personId, hops, format, maxNodes } = request;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_EXPORT_HOPS)
    throw new BadInputError('hops', `must be between 1 and ${MAX_EXPORT_HOPS}`);
  if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > MAX_EXPORT_NODES)
    throw new BadInputError('maxNodes', `must be between 1 and ${MAX_EXPORT_NODES}`);
  const found = await findNeighbourhood(db, personId, hops, maxNodes);
  if (!found) throw notFound(`person ${personId}`);
  const graph = toGraphDocument(found);
  return { ...serializeGraph(graph, format), nodeCount: graph.nodes.length, edgeCount: graph.edges.length, truncated: found.truncated };
}

/** The file for a graph document in one of the export formats. */
export function serializeGraph(graph: GraphDocument, format: ExportFormatName): Pick<GraphExportResult, 'format' | 'mimeType' | 'content'> {
  return format === 'GRAPHML'
    ? { format, mimeType: GRAPHML_MIME_TYPE, content: toGraphMl(graph) }
    : { format, mimeType: CYTOSCAPE_MIME_TYPE, content: toCytoscapeJson(graph) };
}

export function toGraphDocument(found: NeighbourhoodRecord): GraphDocument {
  const nodes = found.people.map((p) => ({
    id: p.id,
    label: p.name,
    attrs: { name: p.name, description: p.description, birthDate: p.birthDate, deathDate: p.deathDate, hop: p.hop },
  }));
  const edges = found.edges.map((e) => ({
    id: e.id ?? `${e.type}:${e.source}:${e.target}`,
    source: e.source,
    target: e.target,
    relation: RELATION[e.type],
    evidenceCount: e.evidenceCount,
    attrs: { since: e.since, until: e.until },
  }));
  return { nodes, edges };
}
