import { AuditEventEntity } from '../modules/audit/entities/audit-event.entity';
import { AuditCheckpointEntity, AuditTreeNodeEntity } from '../modules/audit/entities/audit-checkpoint.entity';
import { LedgerCheckpointBalanceEntity, LedgerCheckpointEntity } from '../modules/ledger/entities/ledger-checkpoint.entity';
import { ApiKeyEntity } from '../modules/auth/entities/api-key.entity';
import { AuthAttemptEntity } from '../modules/auth/entities/auth-attempt.entity';
import { RefreshTokenEntity } from '../modules/auth/entities/refresh-token.entity';
import { UserEntity } from '../modules/auth/entities/user.entity';
import { KnownDeviceEntity, PasswordResetEntity, PasswordResetRequestEntity, RecoveryCodeEntity, TotpUsedStepEntity } from '../modules/auth/entities/account-security.entities';
import { NOTICE_ENTITIES } from '../modules/notifications/entities/notice.entities';
import { OfferEntity } from '../modules/catalog/entities/offer.entity';
import { PriceChangeEntity } from '../modules/catalog/entities/price-change.entity';
import { OfferPriceChangeEntity } from '../modules/catalog/entities/offer-price-change.entity';
import { SkuEntity } from '../modules/catalog/entities/sku.entity';
import { DashboardCompactionEntity, DashboardDailyEntity, DashboardMemberDailyEntity } from '../modules/dashboards/entities/dashboard-rollup.entity';
import { UserInvitationEntity } from '../modules/auth/entities/user-invitation.entity';
import { CardBatchEntity } from '../modules/inventory/entities/card-batch.entity';
import { CardCodeEntity } from '../modules/inventory/entities/card-code.entity';
import { RiskEventEntity } from '../modules/risk/entities/risk-event.entity';
import { StoredFileEntity } from '../modules/files/entities/stored-file.entity';
import { NotificationEntity } from '../modules/notifications/entities/notification.entity';
import { LedgerAccountEntity } from '../modules/ledger/entities/ledger-account.entity';
import { LedgerEntryEntity } from '../modules/ledger/entities/ledger-entry.entity';
import { LedgerTransactionEntity } from '../modules/ledger/entities/ledger-transaction.entity';
import { OrderAttemptEntity } from '../modules/orders/entities/order-attempt.entity';
import { OrderLineEntity } from '../modules/orders/entities/order-line.entity';
import { OrderVelocityEntity } from '../modules/orders/entities/order-velocity.entity';
import { OrderEntity } from '../modules/orders/entities/order.entity';
import { TopupTaskEntity } from '../modules/orders/entities/topup-task.entity';
import { WebhookAttemptEntity } from '../modules/webhooks/entities/webhook-attempt.entity';
import { WebhookDeliveryEntity } from '../modules/webhooks/entities/webhook-delivery.entity';
import { WebhookEndpointEntity } from '../modules/webhooks/entities/webhook-endpoint.entity';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { SlaBreachEntity, SlaCalendarEntity, SlaCalendarExceptionEntity, SlaCalendarVersionEntity, SlaClockEntity, SlaClockEventEntity, SlaPolicyEntity } from '../modules/tickets/entities/sla.entities';
import { TicketAutoRuleEntity } from '../modules/tickets/entities/ticket-auto-rule.entity';
import { TicketMessageEntity } from '../modules/tickets/entities/ticket-message.entity';
import { TicketResolutionEntity } from '../modules/tickets/entities/ticket-resolution.entity';
import { TicketEntity } from '../modules/tickets/entities/ticket.entity';
import { RatingRemovalRequestEntity } from '../modules/ratings/entities/rating-removal-request.entity';
import { RatingTicketFactEntity } from '../modules/ratings/entities/rating-ticket-fact.entity';
import { RatingPairEntity } from '../modules/ratings/entities/rating-pair.entity';
import { RatingEntity } from '../modules/ratings/entities/rating.entity';
import { BrandEntity } from '../modules/qualifications/entities/brand.entity';
import { QualificationDocumentEntity } from '../modules/qualifications/entities/qualification-document.entity';
import { AllianceSettingVersionEntity } from '../modules/settings/entities/alliance-setting-version.entity';
import { SCORECARD_ENTITIES } from '../modules/scorecards/entities/scorecard.entities';
import { PAYMENTS_ENTITIES } from '../modules/payments/entities/payments.entities';
import { DOCKING_ENTITIES } from '../modules/docking/entities/docking.entities';
import { SavedViewEntity } from '../modules/views/entities/saved-view.entity';

export const ENTITIES = [DashboardMemberDailyEntity, DashboardDailyEntity, DashboardCompactionEntity, UserInvitationEntity, OrganizationEntity, UserEntity,
  RefreshTokenEntity, ApiKeyEntity, AuthAttemptEntity, AuditEventEntity, AuditCheckpointEntity, AuditTreeNodeEntity, LedgerCheckpointEntity,
  LedgerCheckpointBalanceEntity, StoredFileEntity, BrandEntity, QualificationDocumentEntity, NotificationEntity, SkuEntity, PriceChangeEntity, OfferPriceChangeEntity, OfferEntity,
  CardBatchEntity, CardCodeEntity, RiskEventEntity, LedgerAccountEntity, LedgerTransactionEntity, LedgerEntryEntity, OrderEntity, OrderLineEntity, OrderAttemptEntity,
  TopupTaskEntity, OrderVelocityEntity, WebhookEndpointEntity, WebhookDeliveryEntity, WebhookAttemptEntity, TicketEntity, TicketMessageEntity, TicketResolutionEntity,
  TicketAutoRuleEntity, SlaCalendarEntity, SlaCalendarExceptionEntity, SlaCalendarVersionEntity, SlaPolicyEntity, SlaClockEntity, SlaClockEventEntity, SlaBreachEntity,
  RatingPairEntity, RatingEntity, RatingRemovalRequestEntity, RatingTicketFactEntity, ...SCORECARD_ENTITIES, TotpUsedStepEntity, RecoveryCodeEntity, PasswordResetEntity,
  PasswordResetRequestEntity, KnownDeviceEntity, ...NOTICE_ENTITIES, ...PAYMENTS_ENTITIES, ...DOCKING_ENTITIES, AllianceSettingVersionEntity, SavedViewEntity];
