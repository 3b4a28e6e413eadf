import { type Type } from '@nestjs/common';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const MAX_PAGE_SIZE = 100;

@InputType({ description: 'Offset pagination; limit is at most 100' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) offset: number = 0;
  @Field(() => Int, { defaultValue: 20 }) @IsOptional() @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) limit: number = 20;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  /** totalCount stopped at COUNT_CAP: a lower bound (lists over the whole history). */
  totalCountCapped?: boolean;
}

/** `XPage { items: [X!]! totalCount: Int! }`, with a complexity that grows with the page size. */
export function Paginated<T>(item: Type<T>, name: string) {
  @ObjectType(name, { isAbstract: false })
  class PageType implements Page<T> {
    @Field(() => [item], { complexity: 1 }) items: T[];
    @Field(() => Int) totalCount: number;
  }
  return PageType;
}

/** Optional GraphQL arguments are typed `x?: T`, not `T | null`: a union would hide T from the ValidationPipe. */
export const pageOf = (page?: PageInput | null) => ({ offset: page?.offset ?? 0, limit: page?.limit ?? 20 });

/** Complexity of a paginated field: its children times the page size asked for. */
export const pageComplexity = ({ args, childComplexity }: { args: { page?: PageInput }; childComplexity: number }) =>
  1 + childComplexity * (args.page?.limit ?? 20);

/** Where a list's count stops (issue 24): past it nobody pages, and counting on would read the whole history. */
export const COUNT_CAP = 1000;

/**
 * The number of rows a search matches, counted up to `cap` (reads at most cap + 1 rows of its index): exact
 * below it; at it, a lower bound the apps show as "more than 1,000". A thousand rows of an index cost a few milliseconds; ten thousand cost the ledger page its 100 ms at alliance scale (bench scale).
 */
export async function cappedCount(qb: SelectQueryBuilder<ObjectLiteral>, cap = COUNT_CAP): Promise<{ count: number; capped: boolean }> {
  const inner = qb.clone().select('1', 'one').orderBy().offset(undefined).limit(cap + 1);
  const row = await qb.createQueryBuilder().select('count(*)::int', 'n').from(`(${inner.getQuery()})`, 'c').setParameters(inner.getParameters()).getRawOne<{ n: number }>();
  const n = row?.n ?? 0;
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}
