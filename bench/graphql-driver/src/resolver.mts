import { Field, ID, Int, ObjectType, Query, Resolver, Subscription } from '@nestjs/graphql';
import { ITEMS } from './fixtures.mjs';

@ObjectType()
export class Item {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) priceFen!: number;
  @Field() status!: string;
  @Field() updatedAt!: string;
}

@ObjectType()
export class Tick {
  @Field(() => Int) n!: number;
}

@Resolver()
export class BenchResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }

  @Query(() => [Item])
  items(): Item[] {
    return ITEMS;
  }

  // Only used by the subscription probe (not loaded): three ticks, then done.
  @Subscription(() => Tick)
  async *tick(): AsyncGenerator<{ tick: Tick }> {
    for (let n = 1; n <= 3; n++) {
      await new Promise((r) => setTimeout(r, 10));
      yield { tick: { n } };
    }
  }
}
