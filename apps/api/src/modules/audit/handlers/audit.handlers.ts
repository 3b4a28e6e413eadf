import { Injectable, type OnModuleInit } from '@nestjs/common';
import { auditActor } from '../../../common/actor';
import { DomainEvent } from '../../../common/events/domain-event';
import { EventBus } from '../../../common/events/event-bus';
import { AuditService } from '../audit.service';

/**
 * Every domain event that says how it is audited lands in the chain: written to the outbox in the transaction
 * of its change (so it commits or rolls back with it, savepoints included), chained moments later.
 */
@Injectable()
export class AuditHandlers implements OnModuleInit {
  constructor(
    private readonly events: EventBus,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.events.onTransaction(DomainEvent, 'audit.chain', (event) => {
      const record = event.audit();
      if (!record) return;
      const { hot: _hot, actor, ...rest } = record;
      this.audit.enqueue({ type: event.type, ...auditActor(event.actor), ...actor, ...rest });
    });
  }
}
