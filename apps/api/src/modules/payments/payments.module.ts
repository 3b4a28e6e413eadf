import { Module } from '@nestjs/common';
import { SecretBox } from '../../common/crypto/secret-box';
import { FilesModule } from '../files/files.module';
import { LedgerModule } from '../ledger/ledger.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PaymentNoticesHandlers } from './handlers/payment-notices.handlers';
import { PaymentTodos } from './handlers/payment-todos.handlers';
import { PaymentSubjectNames } from './handlers/subject-names.handlers';
import { PaymentSimulatorHost, PaymentsHttp } from './http/payments-http';
import { PaymentResolver, ReconciliationResolver, TopupRequestResolver, WithdrawalResolver } from './resolvers/payments.resolver';
import { PaymentChannelService } from './services/payment-channel.service';
import { PaymentService } from './services/payment.service';
import { ReconciliationService } from './services/reconciliation.service';
import { TopupRequestService } from './services/topup-request.service';
import { WithdrawalService } from './services/withdrawal.service';

/**
 * Money in and out (issue 20): bank-transfer top-up requests, online payment channels behind one adapter
 * interface (易支付 v1/v2, Alipay, WeChat Pay v3) with their sandbox gateways, supplier withdrawals on settlement
 * cycles with payout statements, and the daily reconciliation of every channel's statement with the ledger.
 */
@Module({
  imports: [LedgerModule, FilesModule, NotificationsModule],
  providers: [
    SecretBox, PaymentSimulatorHost, PaymentChannelService, PaymentService, TopupRequestService, WithdrawalService, ReconciliationService, PaymentNoticesHandlers, PaymentTodos, PaymentSubjectNames, PaymentsHttp,
    TopupRequestResolver, PaymentResolver, WithdrawalResolver, ReconciliationResolver,
  ],
  exports: [PaymentChannelService, PaymentService, TopupRequestService, WithdrawalService, ReconciliationService, PaymentSimulatorHost],
})
export class PaymentsModule {}
