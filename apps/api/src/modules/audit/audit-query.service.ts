import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Page } from '../../common/pagination';
import { AuditService } from './audit.service';
import { AuditEventEntity } from './entities/audit-event.entity';

@Injectable()
export class AuditQueryService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
  ) {}

  async list(
    filter: { type: string | null; organizationId: string | null },
    page: { offset: number; limit: number },
  ): Promise<Page<AuditEventEntity>> {
    // What waits in the outbox is part of the chain already; show it.
    await this.audit.flush();
    const qb = this.txHost.tx.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.type) qb.andWhere('e.type = :type', { type: filter.type });
    if (filter.organizationId) qb.andWhere('e.organization_id = :org', { org: filter.organizationId });
    const [items, totalCount] = await qb.orderBy('e.seq', 'DESC').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, totalCount };
  }

  /**
   * What a person calls each event's subject and organisation, for a page of events in one read: an organisation
   * or brand by name, a SKU by name and code, an order (line, top-up task) by the member's order number, a ticket
   * as TK000123, an offer or card batch by supplier and product, a user by name and e-mail. Keyed
   * `type:id`; a subject that no longer exists (or of another kind) has no label.
   */
  async labels(events: AuditEventEntity[]): Promise<{ subjects: Map<string, string>; organizations: Map<string, string> }> {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const ids = (type: string) => [...new Set(events.filter((e) => e.subjectType === type && e.subjectId && uuid.test(e.subjectId)).map((e) => e.subjectId!))];
    const orgIds = [...new Set([...ids('organization'), ...events.map((e) => e.organizationId).filter((id): id is string => !!id && uuid.test(id))])];
    const subjects = new Map<string, string>();
    const organizations = new Map<string, string>();
    if (!events.length) return { subjects, organizations };
    const rows = await this.txHost.tx.query<{ type: string; id: string; label: string }[]>(
      `SELECT 'organization' AS type, o.id::text AS id, o.name AS label FROM organizations o WHERE o.id = ANY($1::uuid[])
       UNION ALL SELECT 'sku', s.id::text, s.name || ' (' || s.code || ')' FROM skus s WHERE s.id = ANY($2::uuid[])
       UNION ALL SELECT 'order', o.id::text, o.client_order_no FROM orders o WHERE o.id = ANY($3::uuid[])
       UNION ALL SELECT 'order_line', l.id::text, o.client_order_no FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.id = ANY($4::uuid[])
       UNION ALL SELECT 'topup_task', k.id::text, o.client_order_no FROM topup_tasks k JOIN orders o ON o.id = k.order_id WHERE k.id = ANY($5::uuid[])
       UNION ALL SELECT 'ticket', t.id::text, 'TK' || lpad(t.number::text, 6, '0') FROM tickets t WHERE t.id = ANY($6::uuid[])
       UNION ALL SELECT 'offer', f.id::text, sp.name || ' · ' || s.name FROM offers f JOIN skus s ON s.id = f.sku_id JOIN organizations sp ON sp.id = f.supplier_id WHERE f.id = ANY($7::uuid[])
       UNION ALL SELECT 'card_batch', b.id::text, sp.name || ' · ' || s.name FROM card_batches b JOIN offers f ON f.id = b.offer_id JOIN skus s ON s.id = f.sku_id JOIN organizations sp ON sp.id = b.supplier_id WHERE b.id = ANY($8::uuid[])
       UNION ALL SELECT 'brand', b.id::text, b.name FROM brands b WHERE b.id = ANY($9::uuid[])
       UNION ALL SELECT 'user', u.id::text, u.display_name || ' <' || u.email || '>' FROM users u WHERE u.id = ANY($10::uuid[])
       UNION ALL SELECT 'document', d.id::text, o.name || ' · ' || d.number FROM qualification_documents d JOIN organizations o ON o.id = d.organization_id WHERE d.id = ANY($11::uuid[])`,
      [orgIds, ids('sku'), ids('order'), ids('order_line'), ids('topup_task'), ids('ticket'), ids('offer'), ids('card_batch'), ids('brand'), ids('user'), ids('document')],
    );
    for (const r of rows) {
      subjects.set(`${r.type}:${r.id}`, r.label);
      if (r.type === 'organization') organizations.set(r.id, r.label);
    }
    return { subjects, organizations };
  }
}
