import { Foundation1764000000000 } from './1764000000000-foundation';
import { Onboarding1764100000000 } from './1764100000000-onboarding';
import { Catalog1764200000000 } from './1764200000000-catalog';
import { Orders1764300000000 } from './1764300000000-orders';
import { OrderRisk1764400000000 } from './1764400000000-order-risk';
import { Webhooks1764500000000 } from './1764500000000-webhooks';
import { Topups1764600000000 } from './1764600000000-topups';
import { OrderCore1764700000000 } from './1764700000000-order-core';
import { WebhookDispatch1764750000000 } from './1764750000000-webhook-dispatch';
import { StockDeltas1764760000000 } from './1764760000000-stock-deltas';
import { Tickets1764800000000 } from './1764800000000-tickets';
import { Consoles1764880000000 } from './1764880000000-consoles';
import { OrderPath1764895000000 } from './1764895000000-order-path';
import { DashboardFunctions1764896000000 } from './1764896000000-dashboard-functions';
import { TicketFigures1764900000000 } from './1764900000000-ticket-figures';
import { Ratings1764910000000 } from './1764910000000-ratings';
import { Scorecards1764960000000 } from './1764960000000-scorecards';
import { WebhookLeases1764970000000 } from './1764970000000-webhook-leases';
import { LockOrder1765000000000 } from './1765000000000-lock-order';
import { OrderRules1765010000000 } from './1765010000000-order-rules';
import { Checkpoints1765030000000 } from './1765030000000-checkpoints';
import { HolidayCalendars1765040000000 } from './1765040000000-holiday-calendars';
import { Payments1765300000000 } from './1765300000000-payments';
import { ReachingPeople1765100000000 } from './1765100000000-reaching-people';
import { AllianceSettings1766400100000 } from './1766400100000-alliance-settings';
import { RoutingRankings1766200001000 } from './1766200001000-routing-rankings';
import { UpheldTickets1766200002000 } from './1766200002000-upheld-tickets';
import { TrustRules1766100000000 } from './1766100000000-trust-rules';
import { Scale1766500001000 } from './1766500001000-scale';
import { Docking1766300000000 } from './1766300000000-docking';
import { RegisteredCapital1766600001000 } from './1766600001000-registered-capital';
import { OfferPriceNotice1766610001000 } from './1766610001000-offer-price-notice';
import { OfferUpstreamStock1766620001000 } from './1766620001000-offer-upstream-stock';
import { SlowDeliveries1766710001000 } from './1766710001000-slow-deliveries';
import { SavedViews1766450100000 } from './1766450100000-saved-views';
import { ShopDocking1766700001000 } from './1766700001000-shop-docking';
import { DockProtocols1767043817000 } from './1767043817000-dock-protocols';
import { ShopCallbacks1767043917000 } from './1767043917000-shop-callbacks';
import { OrderLineByOrder1767100000000 } from './1767100000000-order-line-by-order';

/** Every migration, in order. Committed and reviewed; `synchronize` is never on. */
export const MIGRATIONS = [Foundation1764000000000, Onboarding1764100000000, Catalog1764200000000, Orders1764300000000, OrderRisk1764400000000, Webhooks1764500000000,
  Topups1764600000000, OrderCore1764700000000, WebhookDispatch1764750000000, StockDeltas1764760000000, Tickets1764800000000, Consoles1764880000000,
  OrderPath1764895000000, DashboardFunctions1764896000000, TicketFigures1764900000000, Ratings1764910000000, Scorecards1764960000000, WebhookLeases1764970000000,
  LockOrder1765000000000, OrderRules1765010000000, Checkpoints1765030000000, HolidayCalendars1765040000000, ReachingPeople1765100000000, Payments1765300000000,
  TrustRules1766100000000, RoutingRankings1766200001000, UpheldTickets1766200002000, Docking1766300000000, AllianceSettings1766400100000, SavedViews1766450100000,
  Scale1766500001000, RegisteredCapital1766600001000, OfferPriceNotice1766610001000, OfferUpstreamStock1766620001000, ShopDocking1766700001000,
  SlowDeliveries1766710001000, DockProtocols1767043817000, ShopCallbacks1767043917000, OrderLineByOrder1767100000000];
