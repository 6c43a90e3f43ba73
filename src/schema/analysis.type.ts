import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONScalar } from './common.types';
import { Person } from './person.type';

@ObjectType()
export class RankedPerson {
  @Field(() => Person)
  person!: Person;

  @Field(() => Float, { description: 'degree: the number of spouse, parent/child and co-mention edges the person has' })
  score!: number;
}

@ObjectType()
export class CoMention {
  @Field(() => Person)
  person!: Person;

  @Field(() => Int, { description: 'articles that mention both people' })
  articleCount!: number;
}

@ObjectType()
export class GraphStats {
  @Field(() => Int)
  people!: number;

  @Field(() => Int)
  articles!: number;

  @Field(() => Int)
  events!: number;

  @Field(() => Int, { description: 'spouse and parent edges (spouseEdges + parentEdges)' })
  relations!: number;

  @Field(() => Int)
  spouseEdges!: number;

  @Field(() => Int, { description: 'parent-to-child edges' })
  parentEdges!: number;

  @Field(() => Int, { description: 'pairs of people mentioned together in at least one article' })
  coMentionPairs!: number;

  @Field(() => Int, { description: 'evidence records: one per fact per article or dataset that states it' })
  evidence!: number;
}

@ObjectType()
export class CypherResult {
  @Field(() => [String])
  columns!: string[];

  @Field(() => [JSONScalar], { description: 'one JSON array per row, in column order' })
  rows!: unknown[][];

  @Field(() => Boolean, { description: 'true when the query had more rows than the row or byte cap allows and the rest were dropped' })
  truncated!: boolean;
}

export enum ExportFormat { GRAPHML = 'GRAPHML', CYTOSCAPE = 'CYTOSCAPE' }
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  valuesConfig: {
    GRAPHML: { description: 'GraphML XML, for Gephi, yEd, Cytoscape desktop, networkx' },
    CYTOSCAPE: { description: 'Cytoscape.js elements JSON: {elements: {nodes: [{data}], edges: [{data}]}}' },
  },
});

@ObjectType({ description: 'A graph as a file for a graph tool.' })
export class GraphExport {
  @Field(() => ExportFormat)
  format!: ExportFormat;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String, { description: 'the whole file' })
  content!: string;

  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int)
  edgeCount!: number;

  @Field(() => Boolean, { description: 'true when more people were within reach than maxNodes; the farthest were left out' })
  truncated!: boolean;
}
