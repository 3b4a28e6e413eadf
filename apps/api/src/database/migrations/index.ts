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

/** Every migration, in order. Committed and reviewed; `synchronize` is never on. */
export const MIGRATIONS = [Foundation1764000000000, Onboarding1764100000000, Catalog1764200000000, Orders1764300000000, OrderRisk1764400000000, Webhooks1764500000000, Topups1764600000000,
  OrderCore1764700000000, WebhookDispatch1764750000000, StockDeltas1764760000000, Tickets1764800000000,
  Consoles1764880000000, OrderPath1764895000000, DashboardFunctions1764896000000, TicketFigures1764900000000, Ratings1764910000000, Scorecards1764960000000];
