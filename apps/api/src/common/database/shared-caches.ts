import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PgNotifications } from './pg-notifications';

const CHANNEL = 'mengyuan_caches';

/**
 * Caches that steer decisions (routing scores, settings) kept alike on every replica: a change tells every
 * instance over PostgreSQL NOTIFY (the one listening connection each holds, PgNotifications) to read its copy
 * again at once, instead of each waiting out its own expiry. An instance that may have missed a notice (its
 * listening connection was down) reloads everything when it hears again.
 */
@Injectable()
export class SharedCaches implements OnModuleInit {
  private readonly log = new Logger(SharedCaches.name);
  private readonly caches = new Map<string, () => unknown>();
  /** This process's mark on its notices: it has already reloaded its own copy. */
  private readonly self = randomUUID();

  constructor(private readonly notifications: PgNotifications) {}

  onModuleInit(): void {
    this.notifications.listen(CHANNEL, (payload) => {
      const [sender, name] = payload.split(' ');
      if (sender !== this.self && name) this.reload(name);
    });
    this.notifications.onDeaf(() => {
      for (const name of this.caches.keys()) this.reload(name);
    });
  }

  /** `reload` reads the named cache again (called on a notice from any replica); call in onModuleInit. */
  register(name: string, reload: () => unknown): void {
    if (!/^[a-z0-9.-]+$/.test(name)) throw new Error(`bad cache name ${name}`);
    this.caches.set(name, reload);
  }

  /** Tells every other instance to read the named cache again (this one reloads its own copy itself). */
  async changed(name: string): Promise<void> {
    await this.notifications.notify(CHANNEL, `${this.self} ${name}`);
  }

  private reload(name: string): void {
    try {
      void Promise.resolve(this.caches.get(name)?.()).catch((err: unknown) => this.log.warn(`cache ${name}: ${(err as Error).message}`));
    } catch (err) {
      this.log.warn(`cache ${name}: ${(err as Error).message}`);
    }
  }
}
