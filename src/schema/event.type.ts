import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { EventKind } from './common.types';
import { Connection, connectionOf } from './connection-of';

/** Which GraphQL type shows an event of each kind; the rest are GenericEvent. */
export function eventTypeName(kind: string): string {
  switch (kind) {
    case EventKind.PREGNANCY_LOSS: return 'PregnancyLoss';
    case EventKind.ANNIVERSARY_POST: return 'AnniversaryPost';
    case EventKind.SOCIAL_POST: return 'SocialPost';
    default: return 'GenericEvent';
  }
}

/** date, participants and evidence are added by EventResolver, for every implementation. */
@InterfaceType('Event', { resolveType: (value: { kind: string }) => eventTypeName(value.kind) })
export abstract class EventInterface {
  @Field(() => ID)
  id!: string;

  @Field(() => EventKind)
  kind!: EventKind;

  @Field(() => String)
  title!: string;

  date!: string | null;
  platform!: string | null;
  quote!: string | null;
  cause!: string | null;
}

@ObjectType({ implements: EventInterface })
export class PregnancyLoss extends EventInterface {
  @Field(() => String, { nullable: true })
  cause!: string | null;
}

@ObjectType({ implements: EventInterface })
export class AnniversaryPost extends EventInterface {
  @Field(() => String, { nullable: true, description: 'Instagram, X, Medium, ...' })
  platform!: string | null;

  @Field(() => String, { nullable: true })
  quote!: string | null;
}

@ObjectType({ implements: EventInterface })
export class SocialPost extends EventInterface {
  @Field(() => String, { nullable: true })
  platform!: string | null;

  @Field(() => String, { nullable: true })
  quote!: string | null;
}

@ObjectType({ implements: EventInterface, description: 'Any other kind of event: BIRTH, MARRIAGE, ESSAY, STATEMENT, ...' })
export class GenericEvent extends EventInterface {}

export const EventConnection = connectionOf('Event', () => EventInterface);
export type EventConnection = Connection<EventInterface>;
