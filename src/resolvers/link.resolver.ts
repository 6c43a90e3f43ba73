import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Context } from '../server/context';
import { Evidence, PartialDate } from '../schema/common.types';
import { Article } from '../schema/article.type';
import { KinLink, SpouseLink } from '../schema/person.type';
import { KinLinkRecord, SpouseLinkRecord } from '../graph/person.queries';
import { EvidenceRecord } from '../graph/records';
import { toPartialDate } from '../dates/partial-date';

@Resolver(() => SpouseLink)
export class SpouseLinkResolver {
  @FieldResolver(() => PartialDate, { nullable: true })
  since(@Root() link: SpouseLinkRecord): PartialDate | null {
    return toPartialDate(link.since) as PartialDate | null;
  }

  @FieldResolver(() => PartialDate, { nullable: true })
  until(@Root() link: SpouseLinkRecord): PartialDate | null {
    return toPartialDate(link.until) as PartialDate | null;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() link: SpouseLinkRecord, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(link.factId);
  }
}

@Resolver(() => KinLink)
export class KinLinkResolver {
  @FieldResolver(() => [Evidence])
  evidence(@Root() link: KinLinkRecord, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(link.factId);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, {
    nullable: true,
    description: 'the article that states the fact; null when it comes from a reference dataset',
  })
  article(@Root() evidence: EvidenceRecord, @Ctx() ctx: Context) {
    return evidence.articleId ? ctx.loaders.article.load(evidence.articleId) : null;
  }
}
