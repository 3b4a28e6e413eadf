import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { normaliseCode } from '@mengyuan/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export interface PlainCode {
  cardNumber?: string | null;
  secret?: string | null;
}

const exactly32 = (key: Uint8Array) => (key.length === 32 ? Buffer.from(key) : createHash('sha256').update(key).digest());

/**
 * Card codes at rest: AES-256-GCM with a random 96-bit nonce and the code's id as associated data (so a
 * ciphertext copied onto another row does not decrypt), and a keyed HMAC-SHA256 fingerprint of the
 * normalised code for alliance-wide uniqueness. Plaintext exists only in memory, on its way in or out.
 */
@Injectable()
export class CodeCipher {
  static readonly KEY_VERSION = 1;
  private readonly key: Buffer;
  private readonly fingerprintKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = exactly32(config.codes.encryptionKey);
    this.fingerprintKey = Buffer.from(config.codes.fingerprintKey);
  }

  fingerprint(code: PlainCode): Buffer {
    return createHmac('sha256', this.fingerprintKey).update(normaliseCode(code.cardNumber, code.secret)).digest();
  }

  encrypt(id: string, code: PlainCode): { ciphertext: Buffer; nonce: Buffer } {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(id));
    const body = Buffer.concat([cipher.update(JSON.stringify({ n: code.cardNumber, s: code.secret }), 'utf8'), cipher.final()]);
    return { ciphertext: Buffer.concat([body, cipher.getAuthTag()]), nonce };
  }

  decrypt(id: string, ciphertext: Buffer, nonce: Buffer): PlainCode {
    const decipher = createDecipheriv('aes-256-gcm', this.key, nonce);
    decipher.setAAD(Buffer.from(id));
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
    const json = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]).toString('utf8');
    const { n, s } = JSON.parse(json) as { n: string | null; s: string | null };
    return { cardNumber: n ?? null, secret: s ?? null };
  }
}
