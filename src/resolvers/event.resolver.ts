import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../server/context';
import { Evidence, PartialDate } from '../schema/common.types';
import { AnniversaryPost, EventInterface, PregnancyLoss } from '../schema/event.type';
import { Person } from '../schema/person.type';
import { EventRecord } from '../graph/records';
import { toPartialDate } from '../dates/partial-date';

/** Field resolvers on the interface apply to every event type. */
@Resolver(() => EventInterface)
export class EventResolver {
  @Query(() => EventInterface, { nullable: true })
  event(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.event.load(id);
  }

  @FieldResolver(() => PartialDate, { nullable: true })
  date(@Root() e: EventRecord): PartialDate | null {
    return toPartialDate(e.date) as PartialDate | null;
  }

  @FieldResolver(() => [Person])
  participants(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return ctx.loaders.participants.load(e.id);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return ctx.loaders.evidence.load(e.id);
  }
}

@Resolver(() => PregnancyLoss)
export class PregnancyLossResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'the child that was lost, where named' })
  child(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return ctx.loaders.eventChild.load(e.id);
  }
}

@Resolver(() => AnniversaryPost)
export class AnniversaryPostResolver {
  @FieldResolver(() => EventInterface, { nullable: true, description: 'the earlier event that the post marks' })
  commemorates(@Root() e: EventRecord, @Ctx() ctx: Context) {
    return ctx.loaders.commemorates.load(e.id);
  }
}
