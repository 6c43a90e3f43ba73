import { ArticleResolver, QuoteResolver } from './article.resolver';
import { AnniversaryPostResolver, EventResolver, PregnancyLossResolver } from './event.resolver';
import { IngestResolver } from './ingest.resolver';
import { EvidenceResolver, KinLinkResolver, SpouseLinkResolver } from './link.resolver';
import { PersonResolver } from './person.resolver';
import { AnalysisResolver, PersonAnalysisResolver } from './analysis.resolver';
import { CypherResolver } from './cypher.resolver';
import { TimelineResolver } from './timeline.resolver';
import { ConnectionsResolver } from './connections.resolver';
import { ExtractResolver } from './extract.resolver';
import { EditorialResolver } from './editorial.resolver';

/** Every resolver class, in the order buildSchema takes them. */
export const resolvers = [
  PersonResolver,
  SpouseLinkResolver,
  KinLinkResolver,
  EvidenceResolver,
  EventResolver,
  PregnancyLossResolver,
  AnniversaryPostResolver,
  ArticleResolver,
  QuoteResolver,
  IngestResolver,
  TimelineResolver,
  ConnectionsResolver,
  ExtractResolver,
  PersonAnalysisResolver,
  AnalysisResolver,
  CypherResolver,
  EditorialResolver,
] as const;
