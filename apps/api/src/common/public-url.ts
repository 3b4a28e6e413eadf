import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * The address people and gateways reach the api at: PUBLIC_URL, or the address it listens on (the demo and the
 * tests, on whatever port they were given). Links in e-mail and robot messages, payment notify and return URLs.
 */
@Injectable()
export class PublicUrl {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly http: HttpAdapterHost,
  ) {}

  get(): string {
    if (this.config.publicUrl) return this.config.publicUrl;
    const address = this.http.httpAdapter?.getHttpServer()?.address();
    const port = typeof address === 'object' && address ? address.port : this.config.port;
    return `http://127.0.0.1:${port}`;
  }
}
