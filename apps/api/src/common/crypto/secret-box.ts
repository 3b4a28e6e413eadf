import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * Secrets at rest that the api must read back (payment channels' private keys, API v3 keys, merchant keys):
 * AES-256-GCM with a random 96-bit nonce and the owning row's id as associated data, so a ciphertext copied
 * onto another row does not decrypt. The plaintext lives only in memory while a request uses it; nothing of
 * it is logged or returned.
 */
@Injectable()
export class SecretBox {
  static readonly KEY_VERSION = 1;
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = Buffer.from(config.payments.secretsKey);
    if (this.key.length !== 32) throw new Error('the payment secrets key must be 32 bytes');
  }

  seal(ownerId: string, secrets: Record<string, string>): { ciphertext: Buffer; nonce: Buffer } {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce).setAAD(Buffer.from(ownerId));
    const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
    return { ciphertext: Buffer.concat([body, cipher.getAuthTag()]), nonce };
  }

  open(ownerId: string, ciphertext: Buffer, nonce: Buffer): Record<string, string> {
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonce).setAAD(Buffer.from(ownerId));
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
    const json = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]).toString('utf8');
    return JSON.parse(json) as Record<string, string>;
  }
}
