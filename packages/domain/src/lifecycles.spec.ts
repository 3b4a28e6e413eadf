import {
  BatchStatus,
  CodeStatus,
  OfferStatus,
  PriceChangeStatus,
  RiskEventStatus,
  SkuStatus,
  batchLifecycle,
  codeLifecycle,
  offerLifecycle,
  priceChangeLifecycle,
  riskEventLifecycle,
  skuLifecycle,
} from './catalog';
import { DocumentStatus, documentLifecycle } from './qualification';
import { WebhookDeliveryStatus, webhookDeliveryLifecycle } from './webhooks';
import { ShopCallbackStatus, shopCallbackLifecycle } from './docking';
import { NoticeDeliveryStatus, noticeDeliveryLifecycle } from './notification';
import { OrderLineStatus, OrderStatus, TopupTaskStatus, orderLifecycle, orderLineLifecycle, topupLifecycle } from './orders';
import { OrganizationKind, OrganizationStatus, organizationLifecycle } from './organization';
import { PaymentStatus, TopupRequestStatus, WithdrawalStatus, paymentLifecycle, topupRequestLifecycle, withdrawalLifecycle } from './payments';
import type { Transitions } from './state-machine';
import { RatingRemovalStatus, RatingStatus, ratingLifecycle, ratingRemovalLifecycle } from './ratings';
import { TicketStatus, ticketLifecycle } from './tickets';
import { AppealStatus, EvaluationCandidateStatus, ProbationStatus, appealLifecycle, candidateLifecycle, probationLifecycle } from './scoring';

interface Machine {
  name: string;
  machine: Transitions<string, string, never>;
  statuses: Record<string, string>;
  initial: string[];
  contexts: unknown[];
}

const machines: Machine[] = [
  { name: 'organization', machine: organizationLifecycle as never, statuses: OrganizationStatus, initial: ['APPLIED'], contexts: Object.values(OrganizationKind) },
  { name: 'offer', machine: offerLifecycle as never, statuses: OfferStatus, initial: ['PENDING_REVIEW'], contexts: [undefined] },
  { name: 'card batch', machine: batchLifecycle as never, statuses: BatchStatus, initial: ['IMPORTING'], contexts: [undefined] },
  { name: 'order', machine: orderLifecycle as never, statuses: OrderStatus, initial: ['PROCESSING'], contexts: [undefined] },
  { name: 'order line', machine: orderLineLifecycle as never, statuses: OrderLineStatus, initial: ['DELIVERED'], contexts: [undefined] },
  { name: 'top-up task', machine: topupLifecycle as never, statuses: TopupTaskStatus, initial: ['QUEUED'], contexts: [undefined] },
  { name: 'ticket', machine: ticketLifecycle as never, statuses: TicketStatus, initial: ['OPEN'], contexts: [undefined] },
  { name: 'SKU', machine: skuLifecycle as never, statuses: SkuStatus, initial: ['ACTIVE'], contexts: [undefined] },
  { name: 'price change', machine: priceChangeLifecycle as never, statuses: PriceChangeStatus, initial: ['SCHEDULED'], contexts: [undefined] },
  { name: 'card code', machine: codeLifecycle as never, statuses: CodeStatus, initial: ['IMPORTING'], contexts: [undefined] },
  { name: 'risk event', machine: riskEventLifecycle as never, statuses: RiskEventStatus, initial: ['OPEN'], contexts: [undefined] },
  { name: 'qualification document', machine: documentLifecycle as never, statuses: DocumentStatus, initial: ['PENDING'], contexts: [undefined] },
  { name: 'rating', machine: ratingLifecycle as never, statuses: RatingStatus, initial: ['SEALED'], contexts: [undefined] },
  { name: 'rating removal request', machine: ratingRemovalLifecycle as never, statuses: RatingRemovalStatus, initial: ['PENDING'], contexts: [undefined] },
  { name: 'notice delivery', machine: noticeDeliveryLifecycle as never, statuses: NoticeDeliveryStatus, initial: ['PENDING'], contexts: [undefined] },
  { name: 'webhook delivery', machine: webhookDeliveryLifecycle as never, statuses: WebhookDeliveryStatus, initial: ['PENDING'], contexts: [undefined] },
  { name: 'shop callback', machine: shopCallbackLifecycle as never, statuses: ShopCallbackStatus, initial: ['PENDING'], contexts: [undefined] },
  { name: 'evaluation candidate', machine: candidateLifecycle as never, statuses: EvaluationCandidateStatus, initial: ['PENDING'], contexts: [undefined] },
  { name: 'evaluation appeal', machine: appealLifecycle as never, statuses: AppealStatus, initial: ['OPEN'], contexts: [undefined] },
  { name: 'probation watch', machine: probationLifecycle as never, statuses: ProbationStatus, initial: ['WATCHING'], contexts: [undefined] },
  { name: 'top-up request', machine: topupRequestLifecycle as never, statuses: TopupRequestStatus, initial: ['PENDING'], contexts: [undefined] },
  { name: 'payment', machine: paymentLifecycle as never, statuses: PaymentStatus, initial: ['CREATED'], contexts: [undefined] },
  { name: 'withdrawal', machine: withdrawalLifecycle as never, statuses: WithdrawalStatus, initial: ['REQUESTED'], contexts: [undefined] },
];

/** Every (from, action, to) the table allows, for every context a computed target depends on. */
function edges(m: Machine): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const from of Object.keys(m.machine.table)) {
    for (const action of m.machine.actionsFrom(from)) {
      for (const ctx of m.contexts) out.push([from, action, m.machine.next(from, action, ctx as never)!]);
    }
  }
  return out;
}

describe.each(machines)('the $name lifecycle table', (m) => {
  const statuses = Object.values(m.statuses);

  it('has a row for every status and no other', () => {
    expect(Object.keys(m.machine.table).sort()).toEqual([...statuses].sort());
  });

  it('leads only to known statuses', () => {
    for (const [from, action, to] of edges(m)) {
      expect({ from, action, to: statuses.includes(to) ? 'known' : to }).toEqual({ from, action, to: 'known' });
    }
  });

  it('reaches every status from where the aggregate starts', () => {
    const seen = new Set(m.initial);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [from, , to] of edges(m)) {
        if (seen.has(from) && !seen.has(to)) {
          seen.add(to);
          grew = true;
        }
      }
    }
    expect([...seen].sort()).toEqual([...statuses].sort());
  });

  it('refuses what the table does not list', () => {
    for (const from of statuses) expect(m.machine.next(from, 'NO_SUCH_ACTION', undefined as never)).toBeNull();
  });
});

describe('transitions the api makes', () => {
  it('holds a large order for review, and an approved hold is delivered through PROCESSING', () => {
    expect(orderLifecycle.next('PROCESSING', 'HOLD')).toBe('PENDING_REVIEW');
    expect(orderLifecycle.next('PENDING_REVIEW', 'APPROVE')).toBe('PROCESSING');
    expect(orderLifecycle.next('PENDING_REVIEW', 'DELIVER')).toBeNull();
    expect(orderLifecycle.next('PENDING_REVIEW', 'REJECT')).toBe('CANCELLED');
  });

  it('sends a live or paused offer repriced under the floor back to review', () => {
    expect(offerLifecycle.next('LIVE', 'FLAG')).toBe('PENDING_REVIEW');
    expect(offerLifecycle.next('PAUSED', 'FLAG')).toBe('PENDING_REVIEW');
  });

  it('moves batches through import, quarantine and sample', () => {
    expect(batchLifecycle.next('IMPORTING', 'QUARANTINE')).toBe('QUARANTINED');
    expect(batchLifecycle.next('QUARANTINED', 'FAIL_SAMPLE')).toBe('REJECTED');
    expect(batchLifecycle.next('SELLABLE', 'QUARANTINE')).toBe('QUARANTINED');
    expect(batchLifecycle.next('REJECTED', 'PASS_SAMPLE')).toBeNull();
  });

});

describe('the ticket lifecycle', () => {
  it('pauses only by waiting on the member, and leaves it when the member answers', () => {
    expect(ticketLifecycle.next('IN_PROGRESS', 'ASK_MEMBER')).toBe('WAITING_ON_MEMBER');
    expect(ticketLifecycle.next('WAITING_ON_MEMBER', 'MEMBER_REPLY')).toBe('IN_PROGRESS');
  });

  it('escalates to the alliance, which alone resolves from there', () => {
    expect(ticketLifecycle.actionsFrom('ESCALATED')).toEqual(['RESOLVE']);
    expect(ticketLifecycle.next('OPEN', 'ESCALATE')).toBe('ESCALATED');
  });

  it('reopens or closes only a resolved ticket; a closed ticket is final', () => {
    expect(ticketLifecycle.next('RESOLVED', 'REOPEN')).toBe('REOPENED');
    expect(ticketLifecycle.next('IN_PROGRESS', 'REOPEN')).toBeNull();
    expect(ticketLifecycle.actionsFrom('CLOSED')).toEqual([]);
  });
});

describe('the rating lifecycle', () => {
  it('reveals a sealed rating once, hides only a revealed one, and never brings a hidden one back', () => {
    expect(ratingLifecycle.next('SEALED', 'REVEAL')).toBe('REVEALED');
    expect(ratingLifecycle.next('SEALED', 'HIDE')).toBeNull();
    expect(ratingLifecycle.next('REVEALED', 'HIDE')).toBe('HIDDEN');
    expect(ratingLifecycle.next('REVEALED', 'REVEAL')).toBeNull();
    expect(ratingLifecycle.actionsFrom('HIDDEN')).toEqual([]);
  });

  it('decides a removal request once', () => {
    expect(ratingRemovalLifecycle.next('PENDING', 'APPROVE')).toBe('APPROVED');
    expect(ratingRemovalLifecycle.next('PENDING', 'REJECT')).toBe('REJECTED');
    expect(ratingRemovalLifecycle.actionsFrom('APPROVED')).toEqual([]);
  });
});
