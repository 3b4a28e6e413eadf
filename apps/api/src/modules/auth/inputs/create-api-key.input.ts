import { ApiKeyScope } from '@mengyuan/domain';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsString, Length } from 'class-validator';

@InputType()
export class CreateApiKeyInput {
  @Field() @IsString() @Length(1, 60) name: string;
  @Field(() => [ApiKeyScope]) @ArrayMinSize(1) @ArrayMaxSize(10) @IsIn(Object.values(ApiKeyScope), { each: true }) scopes: ApiKeyScope[];
}
