import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class PlaceOrderInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a SKU id' }) skuId: string;
  @Field(() => Int) @IsInt() quantity: number;
  @Field({ description: 'Your own order number: sending it again returns the same order' }) @IsString() @Length(1, 64) clientOrderNo: string;
  @Field(() => String, { nullable: true, description: 'The account to top up (direct top-ups)' }) @IsOptional() @IsString() @Length(1, 64) rechargeAccount?: string | null;
}
