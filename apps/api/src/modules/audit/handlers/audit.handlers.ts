import { Injectable, type OnModuleInit } from '@nestjs/common';
import { auditActor } from '../../../common/actor';
import { DomainEvent } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import { AuditService } from '../audit.service';

/**
 * Every domain event that says how it is audited lands in the chain, in the transaction of its change:
 * hot-path events through the outbox (chained moments later), the others directly.
 */
@Injectable()
export class AuditHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.events.onTransaction(DomainEvent, 'audit.chain', async (event) => {
      const record = event.audit();
      if (!record) return;
      const { hot, ...rest } = record;
      const input = { type: event.type, ...auditActor(event.actor), ...rest };
      if (hot) this.audit.enqueue(input);
      else await this.audit.record(input);
    });
  }
}
