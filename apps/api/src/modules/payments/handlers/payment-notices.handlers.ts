import { NotificationType, OrganizationKind, TopupRequestStatus, WithdrawalStatus } from '@mengyuan/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../../common/events/event-bus';
import { NoticeService } from '../../notifications/services/notice.service';
import {
  PaymentStatusChangedEvent,
  ReconciliationDifferencesEvent,
  TopupRequestDecidedEvent,
  TopupRequestedEvent,
  WithdrawalDecidedEvent,
  WithdrawalRequestedEvent,
} from '../payments.events';

/** People hear of money moving (inbox, e-mail, robots as they prefer), written in the transaction of the change (issue 20). */
@Injectable()
export class PaymentNoticesHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly notices: NoticeService,
  ) {}

  onModuleInit(): void {
    const on = this.events.onTransaction.bind(this.events);
    on(TopupRequestedEvent, 'payments.notice.topup-requested', (e) =>
      this.notices.send({ kind: NotificationType.TOPUP_REQUESTED, to: { organizationKind: OrganizationKind.ALLIANCE }, params: { requestId: e.request.id, number: e.request.number, amount: e.request.amount, duplicate: !!e.request.duplicateOfId } }),
    );
    on(TopupRequestDecidedEvent, 'payments.notice.topup-decided', async (e) => {
      const r = e.request;
      if (r.status === TopupRequestStatus.CONFIRMED) await this.notices.send({ kind: NotificationType.TOPUP_CONFIRMED, to: { organizationId: r.memberId }, params: { requestId: r.id, number: r.number, amount: r.amount } });
      if (r.status === TopupRequestStatus.REJECTED) await this.notices.send({ kind: NotificationType.TOPUP_REJECTED, to: { organizationId: r.memberId }, params: { requestId: r.id, number: r.number, amount: r.amount, reason: r.rejectReason } });
    });
    on(PaymentStatusChangedEvent, 'payments.notice.payment-paid', async (e) => {
      const p = e.payment;
      if (p.status !== 'PAID') return;
      await this.notices.send({ kind: NotificationType.PAYMENT_CREDITED, to: { organizationId: p.memberId }, params: { paymentId: p.id, amount: p.amount, channel: p.channelName, late: p.late } });
    });
    on(WithdrawalRequestedEvent, 'payments.notice.withdrawal-requested', (e) =>
      this.notices.send({ kind: NotificationType.WITHDRAWAL_REQUESTED, to: { organizationKind: OrganizationKind.ALLIANCE }, params: { withdrawalId: e.withdrawal.id, number: e.withdrawal.number, amount: e.withdrawal.amount } }),
    );
    on(WithdrawalDecidedEvent, 'payments.notice.withdrawal-decided', async (e) => {
      const w = e.withdrawal;
      const p = { withdrawalId: w.id, number: w.number, amount: w.amount, fee: w.fee, reference: w.transferReference, reason: w.rejectReason };
      if (w.status === WithdrawalStatus.PAID) await this.notices.send({ kind: NotificationType.WITHDRAWAL_PAID, to: { organizationId: w.supplierId }, params: p });
      if (w.status === WithdrawalStatus.REJECTED) await this.notices.send({ kind: NotificationType.WITHDRAWAL_REJECTED, to: { organizationId: w.supplierId }, params: p });
    });
    on(ReconciliationDifferencesEvent, 'payments.notice.reconciliation', (e) =>
      this.notices.send({ kind: NotificationType.RECONCILIATION_DIFFERENCES, to: { organizationKind: OrganizationKind.ALLIANCE }, params: { runId: e.runId, channel: e.channelName, day: e.day, differences: e.differences, status: e.status } }),
    );
  }
}
