import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { SubjectNames } from '../../../common/subject-names';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { UserInvitationEntity } from '../entities/user-invitation.entity';
import { UserEntity } from '../entities/user.entity';

/** People by name and e-mail; API keys by the name they were given and their prefix; invitations by the address invited. */
@Injectable()
export class UserSubjectNames implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly names: SubjectNames,
  ) {}

  onModuleInit(): void {
    this.names.register('user', async (ids) => new Map((await this.txHost.tx.getRepository(UserEntity).findBy({ id: In(ids) })).map((u) => [u.id, `${u.displayName} <${u.email}>`])));
    this.names.register('api_key', async (ids) => new Map((await this.txHost.tx.getRepository(ApiKeyEntity).findBy({ id: In(ids) })).map((k) => [k.id, `${k.name} (${k.prefix}…)`])));
    this.names.register('user_invitation', async (ids) => new Map((await this.txHost.tx.getRepository(UserInvitationEntity).findBy({ id: In(ids) })).map((i) => [i.id, i.email])));
  }
}
