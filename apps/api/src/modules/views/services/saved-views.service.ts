import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, notFound, validationFailed } from '../../../common/errors';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { SavedViewEntity } from '../entities/saved-view.entity';

/** A person keeps at most this many views of one list (shared ones of teammates not counted). */
export const MAX_VIEWS_PER_LIST = 50;
/** The stored state is what a URL carries: small. */
const MAX_STATE_BYTES = 4096;

/** Saved views of lists: a person sees its own and those its teammates shared; never another organisation's. */
@Injectable()
export class SavedViewsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock,
  ) {}

  private get em() {
    return this.txHost.tx;
  }

  /** The caller's own views of a list and those shared in its organisation, oldest first. */
  list(me: UserActor, listKey: string): Promise<SavedViewEntity[]> {
    return this.em
      .getRepository(SavedViewEntity)
      .createQueryBuilder('v')
      .where('v.organization_id = :org AND v.list_key = :listKey', { org: me.organizationId, listKey })
      .andWhere('(v.owner_user_id = :me OR v.shared)', { me: me.userId })
      .orderBy('v.created_at', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .getMany();
  }

  @UnitOfWork()
  async save(me: UserActor, input: { id?: string | null; listKey: string; name: string; state: Record<string, unknown>; shared: boolean }): Promise<SavedViewEntity> {
    const name = input.name.trim();
    if (!name) throw validationFailed({ name: ['required'] });
    if (JSON.stringify(input.state).length > MAX_STATE_BYTES) throw validationFailed({ state: [`at most ${MAX_STATE_BYTES} characters`] });
    const repo = this.em.getRepository(SavedViewEntity);
    const now = this.clock.now();
    if (input.id) {
      const view = await this.own(me, input.id);
      Object.assign(view, { name, state: input.state, shared: input.shared, updatedAt: now });
      return repo.save(view);
    }
    const count = await repo.countBy({ organizationId: me.organizationId, ownerUserId: me.userId, listKey: input.listKey });
    if (count >= MAX_VIEWS_PER_LIST) throw validationFailed({ listKey: [`at most ${MAX_VIEWS_PER_LIST} views of one list`] });
    const view = repo.create({
      id: randomUUID(), organizationId: me.organizationId, ownerUserId: me.userId, listKey: input.listKey, name, state: input.state, shared: input.shared, createdAt: now, updatedAt: now,
    });
    return repo.save(view);
  }

  @UnitOfWork()
  async remove(me: UserActor, id: string): Promise<void> {
    const view = await this.own(me, id);
    await this.em.getRepository(SavedViewEntity).delete({ id: view.id });
  }

  /** A view only its owner changes; a teammate's shared view or another organisation's is simply not found. */
  private async own(me: UserActor, id: string): Promise<SavedViewEntity> {
    const view = await this.em.getRepository(SavedViewEntity).findOneBy({ id: assertId(id, 'Saved view'), organizationId: me.organizationId, ownerUserId: me.userId });
    if (!view) throw notFound('Saved view');
    return view;
  }
}
