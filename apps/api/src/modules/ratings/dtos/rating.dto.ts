import { RatingRemovalStatus, RatingSide, RatingStatus } from '@mengyuan/domain';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../../common/pagination';

registerEnumType(RatingSide, { name: 'RatingSide', description: 'MEMBER_TO_SUPPLIER: the member rates the supplier of an order; SUPPLIER_TO_MEMBER: the supplier rates the member' });
registerEnumType(RatingStatus, { name: 'RatingStatus', description: 'SEALED until both sides rated or 14 days after the first rating; REVEALED (immutable); HIDDEN (removed by the alliance, kept)' });
registerEnumType(RatingRemovalStatus, { name: 'RatingRemovalStatus' });

@ObjectType('RatingScores', { description: '1–5 per dimension; a side scores only its own dimensions (member→supplier: authenticity, afterSales, speed, overall; supplier→member: conduct, fairness, overall)' })
export class RatingScoresDto {
  @Field(() => Int, { nullable: true }) authenticity: number | null;
  @Field(() => Int, { nullable: true }) afterSales: number | null;
  @Field(() => Int, { nullable: true }) speed: number | null;
  @Field(() => Int, { nullable: true }) conduct: number | null;
  @Field(() => Int, { nullable: true }) fairness: number | null;
  @Field(() => Int, { nullable: true }) overall: number | null;
}

@ObjectType('Rating', { description: 'One side’s rating of an order (互评). Scores and comment are null for whoever may not see them yet (sealed: only the rater)' })
export class RatingDto {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field({ description: 'The member’s order number' }) clientOrderNo: string;
  @Field() skuName: string;
  @Field(() => RatingSide) side: RatingSide;
  @Field(() => ID) raterId: string;
  @Field() raterName: string;
  @Field(() => ID) ratedId: string;
  @Field() ratedName: string;
  @Field(() => RatingStatus) status: RatingStatus;
  @Field({ description: 'Whether the caller sees the scores and comment' }) contentVisible: boolean;
  @Field(() => RatingScoresDto, { nullable: true }) scores: RatingScoresDto | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When it reveals by itself (14 days after the order’s first rating) unless the other side rates first' }) revealsAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) revealedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it does not count: MEMBER_CAUSED_REFUND, RULING_AGAINST_RATER' }) excludedReason: string | null;
  @Field({ description: 'Filed within 48 h after an L3 ruling against the rater: possible retaliation' }) retaliationFlag: boolean;
  @Field(() => String, { nullable: true }) reply: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) repliedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'REMOVED_ABUSIVE once the alliance removed it' }) hiddenReason: string | null;
  @Field(() => String, { nullable: true, description: 'The alliance’s note on the removal' }) hiddenNote: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) hiddenAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field({ description: 'The caller is the rated side and has not replied yet' }) canReply: boolean;
  @Field({ description: 'The caller is the rated side and no removal request is waiting' }) canRequestRemoval: boolean;
  @Field({ description: 'A removal request waits for the alliance' }) removalPending: boolean;
}

@ObjectType()
export class RatingPage extends Paginated(RatingDto, 'RatingPage') {}

@ObjectType('OrderRating', { description: 'Whether the caller may still rate an order, until when, and both sides’ ratings as the caller may see them' })
export class OrderRatingDto {
  @Field(() => RatingSide, { nullable: true, description: 'The side the caller rates from; null when it is not a party' }) side: RatingSide | null;
  @Field() canRate: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '30 days after delivery' }) rateUntil: Date | null;
  @Field(() => String, { nullable: true, description: 'Why not: NOT_DELIVERED, WINDOW_CLOSED, ALREADY_RATED, NOT_A_PARTY, OTHER_REVEALED' }) reason: string | null;
  @Field(() => RatingDto, { nullable: true }) mine: RatingDto | null;
  @Field(() => RatingDto, { nullable: true }) theirs: RatingDto | null;
}

@ObjectType('RatingSummary', { description: 'Ratings an organisation received that count (revealed, not removed, not excluded)' })
export class RatingSummaryDto {
  @Field(() => ID) organizationId: string;
  @Field(() => Int) count: number;
  @Field(() => Int, { description: 'Revealed but excluded (contradicted by facts)' }) excludedCount: number;
  @Field(() => Float, { nullable: true }) authenticity: number | null;
  @Field(() => Float, { nullable: true }) afterSales: number | null;
  @Field(() => Float, { nullable: true }) speed: number | null;
  @Field(() => Float, { nullable: true }) conduct: number | null;
  @Field(() => Float, { nullable: true }) fairness: number | null;
  @Field(() => Float, { nullable: true }) overall: number | null;
}

@ObjectType('RatingRemovalRequest')
export class RatingRemovalRequestDto {
  @Field(() => ID) id: string;
  @Field(() => ID) ratingId: string;
  @Field(() => RatingDto) rating: RatingDto;
  @Field(() => ID) requestedByOrganizationId: string;
  @Field() reason: string;
  @Field(() => RatingRemovalStatus) status: RatingRemovalStatus;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class RatingRemovalRequestPage extends Paginated(RatingRemovalRequestDto, 'RatingRemovalRequestPage') {}
