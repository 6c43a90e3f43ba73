import { Field, ObjectType } from 'type-graphql';
import { JSONScalar } from './common.types';

@ObjectType()
export class Extraction {
  @Field(() => JSONScalar, { description: 'an ArticleInput (see above) as JSON: what the text states, with a confidence on each relation and event; review it, then pass it to ingestArticle' })
  draft!: unknown;

  @Field(() => [String])
  warnings!: string[];
}
