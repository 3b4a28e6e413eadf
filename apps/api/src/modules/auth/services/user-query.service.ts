import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors';
import { UserDto } from '../dtos/user.dto';
import { UserEntity } from '../entities/user.entity';

@Injectable()
export class UserQueryService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async get(userId: string): Promise<UserDto> {
    const user = await this.txHost.tx.getRepository(UserEntity).findOne({ where: { id: userId }, relations: { organization: true } });
    if (!user) throw notFound('User');
    return UserDto.from(user, user.organization!);
  }
}
