import { type Type } from '@nestjs/common';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

@InputType({ description: 'Offset pagination; limit is at most 100' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) offset: number = 0;
  @Field(() => Int, { defaultValue: 20 }) @IsOptional() @IsInt() @Min(1) @Max(MAX_PAGE_SIZE) limit: number = 20;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
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
