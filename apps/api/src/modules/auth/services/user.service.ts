import { Role } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { validationFailed } from '../../../common/errors';
import { UserEntity } from '../entities/user.entity';
import { normaliseEmail } from './auth.service';
import { PasswordService, passwordProblems } from './password.service';

/** People's accounts: the auth module alone writes the users table. */
@Injectable()
export class UserService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
  ) {}

  emailTaken(email: string): Promise<boolean> {
    return this.txHost.tx.getRepository(UserEntity).existsBy({ email: normaliseEmail(email) });
  }

  /** The owner of a newly registered organisation, inside the caller's transaction. */
  createOwner(organizationId: string, input: { email: string; displayName: string; password: string }, field = 'ownerPassword'): Promise<UserEntity> {
    return this.create(organizationId, { ...input, roles: [Role.OWNER] }, field);
  }

  /** A user of an organisation with the given roles, inside the caller's transaction. */
  async create(organizationId: string, input: { email: string; displayName: string; password: string; roles: Role[] }, field = 'password'): Promise<UserEntity> {
    const problems = passwordProblems(input.password);
    if (problems.length) throw validationFailed({ [field]: problems });
    const repo = this.txHost.tx.getRepository(UserEntity);
    return repo.save(
      repo.create({
        organizationId,
        email: normaliseEmail(input.email),
        displayName: input.displayName.trim(),
        passwordHash: await this.passwords.hash(input.password),
        roles: input.roles,
        sessionVersion: 0,
        lastLoginAt: null,
        disabledAt: null,
      }),
    );
  }
}
