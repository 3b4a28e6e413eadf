import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { ChatRobotEntity, NoticeDeliveryEntity } from '../entities/notice.entities';

/** Chat robots by the name they were given; a notice delivery by what it told and to whom (issue 18 §7). */
@Injectable()
export class NoticeSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    const robots = async (ids: string[]) => new Map((await this.txHost.tx.getRepository(ChatRobotEntity).findBy({ id: In(ids) })).map((r) => [r.id, r.name]));
    this.names.register('chat_robot', robots);
    this.names.register('notice_delivery', async (ids) => {
      const rows = await this.txHost.tx.getRepository(NoticeDeliveryEntity).findBy({ id: In(ids) });
      const robotNames = await robots(rows.flatMap((d) => (d.robotId ? [d.robotId] : [])));
      return new Map(rows.map((d) => [d.id, [`#NotificationType.${d.kind}`, d.address ?? (d.robotId && robotNames.get(d.robotId))].filter(Boolean).join(' · ')]));
    });
  }
}
