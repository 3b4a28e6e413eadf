import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { ClientDeviceInfo } from '../../../common/authorize.decorator';
import { Clock } from '../../../common/clock';
import { EventBus } from '../../../common/events/event-bus';
import { NewDeviceSignInEvent } from '../auth.events';
import { KnownDeviceEntity } from '../entities/account-security.entities';
import type { UserEntity } from '../entities/user.entity';
import { deviceHashOf } from './session.service';

/** The devices people sign in from: one not seen before (when others were) tells its owner by e-mail. */
@Injectable()
export class DeviceService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Records a sign-in's device, inside the sign-in's transaction; a new one (not the very first) is announced. */
  async seen(user: UserEntity, ip: string, device: ClientDeviceInfo | null): Promise<void> {
    const now = this.clock.now();
    const deviceHash = deviceHashOf(device);
    const [row] = (await this.txHost.tx.query(
      `INSERT INTO known_devices (user_id, device_hash, user_agent, ip, first_seen_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $5)
       ON CONFLICT (user_id, device_hash) DO UPDATE SET last_seen_at = EXCLUDED.last_seen_at, ip = EXCLUDED.ip
       RETURNING (xmax = 0) AS inserted, (SELECT count(*)::int FROM known_devices WHERE user_id = $1) AS before`,
      [user.id, deviceHash, device?.userAgent ?? null, ip, now],
    )) as { inserted: boolean; before: number }[];
    // The RETURNING subquery sees the table as it was before this statement: 0 means this is the first device.
    if (row?.inserted && row.before > 0) {
      await this.events.publish(new NewDeviceSignInEvent(user.id, user.organizationId, user.email, ip, device?.userAgent ?? null, now));
    }
  }

  list(userId: string): Promise<KnownDeviceEntity[]> {
    return this.txHost.tx.getRepository(KnownDeviceEntity).find({ where: { userId }, order: { lastSeenAt: 'DESC' }, take: 50 });
  }
}
