import { LedgerAccountKind, LedgerTransactionType } from '@mengyuan/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '../../../common/money.scalar';
import { Paginated } from '../../../common/pagination';
import type { LedgerEntryRow, MonthlyStatement, SupplierHoldback } from '../services/ledger.service';

registerEnumType(LedgerAccountKind, { name: 'LedgerAccountKind' });

@ObjectType('LedgerEntry', { description: 'One movement of one account: positive adds to its balance' })
export class LedgerEntryDto {
  @Field(() => ID) id: string;
  @Field(() => ID) transactionId: string;
  @Field(() => LedgerTransactionType) type: LedgerTransactionType;
  @Field(() => LedgerAccountKind) accountKind: LedgerAccountKind;
  @Field(() => ID, { nullable: true, description: 'Empty for the alliance’s own accounts' }) organizationId: string | null;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => ID, { nullable: true }) orderId: string | null;
  @Field(() => String, { nullable: true, description: 'The member’s order number of that order: how people name it' }) clientOrderNo: string | null;
  @Field(() => String, { nullable: true }) memo: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;

  static from(r: LedgerEntryRow): LedgerEntryDto {
    return Object.assign(new LedgerEntryDto(), r);
  }
}

@ObjectType()
export class LedgerEntryPage extends Paginated(LedgerEntryDto, 'LedgerEntryPage') {
  @Field(() => Boolean, { nullable: true, description: 'true: totalCount stopped at 1,000 and is a lower bound (the apps say “more than 1,000”); counting on would read the whole history' })
  totalCountCapped?: boolean | null;
}

@ObjectType('StatementTypeTotal')
export class StatementTypeTotalDto {
  @Field(() => LedgerTransactionType) type: LedgerTransactionType;
  @Field(() => Int) count: number;
  @Field(() => MoneyScalar) total: string;
}

@ObjectType('StatementAccount', { description: 'One account over the month: opening + Σ movements = closing, to the fen' })
export class StatementAccountDto {
  @Field(() => LedgerAccountKind) kind: LedgerAccountKind;
  @Field(() => MoneyScalar) openingBalance: string;
  @Field(() => MoneyScalar) closingBalance: string;
  @Field(() => MoneyScalar, { description: 'closing − opening: the sum of the month’s movements' }) netMovement: string;
  @Field(() => Int) lineCount: number;
  @Field(() => [StatementTypeTotalDto]) totalsByType: StatementTypeTotalDto[];
  /** Not fields: where `lines` reads from. */
  accountId: string;
  start: Date;
  end: Date;
}

@ObjectType('MonthlyStatement', { description: 'A monthly statement (对账单) of a member’s wallet and hold, or a supplier’s payable; months are Asia/Shanghai' })
export class MonthlyStatementDto {
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field() month: string;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => GraphQLISODateTime) endsAt: Date;
  @Field(() => [StatementAccountDto]) accounts: StatementAccountDto[];

  static from(s: MonthlyStatement): MonthlyStatementDto {
    return Object.assign(new MonthlyStatementDto(), {
      organizationId: s.organizationId,
      organizationName: s.organizationName,
      month: s.month,
      startsAt: s.start,
      endsAt: s.end,
      accounts: s.accounts.map((a) =>
        Object.assign(new StatementAccountDto(), {
          ...a,
          netMovement: (BigInt(a.closingBalance) - BigInt(a.openingBalance)).toString(),
          start: s.start,
          end: s.end,
        }),
      ),
    });
  }
}

@ObjectType('SupplierHoldback', { description: 'An eliminated supplier’s reserve for its complaint window: upheld complaints are charged to it, the rest is released when the window closes' })
export class SupplierHoldbackDto {
  @Field(() => ID) organizationId: string;
  @Field(() => MoneyScalar, { description: 'Held back from the payable at elimination' }) held: string;
  @Field(() => MoneyScalar, { description: 'Charged to it for complaints upheld since' }) charged: string;
  @Field(() => MoneyScalar, { nullable: true, description: 'Paid out when the window closed (null: not yet)' }) released: string | null;
  @Field(() => MoneyScalar, { description: 'Still held: held − charged − released' }) left: string;
  @Field(() => Int, { description: 'The refund rate (basis points, last 90 days) that sized it' }) refundRateBp: number;
  @Field(() => GraphQLISODateTime) heldAt: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the complaint window closes' }) releaseAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) releasedAt: Date | null;

  static from(h: SupplierHoldback): SupplierHoldbackDto {
    return Object.assign(new SupplierHoldbackDto(), h);
  }
}
