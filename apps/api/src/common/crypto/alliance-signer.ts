import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** PKCS#8 DER of an Ed25519 private key, before its 32-byte seed (RFC 8410). */
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The alliance's Ed25519 key: it signs the audit log's checkpoints (and the ledger's), so a member can check
 * what the server shows with the public key alone. Published as a signed-note verifier key,
 * `<name>+<hex key hash>+<base64(0x01 ‖ public key)>`, the key hash being the first 4 bytes of
 * SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).
 */
@Injectable()
export class AllianceSigner {
  readonly name: string;
  readonly publicKey: Buffer;
  readonly keyHash: Buffer;
  readonly verifierKey: string;
  private readonly privateKey: KeyObject;
  private readonly publicKeyObject: KeyObject;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const seed = config.audit.signingSeed.length === 32 ? Buffer.from(config.audit.signingSeed) : createHash('sha256').update(config.audit.signingSeed).digest();
    this.privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
    this.publicKeyObject = createPublicKey(this.privateKey);
    this.publicKey = this.publicKeyObject.export({ format: 'der', type: 'spki' }).subarray(-32);
    this.name = config.audit.origin;
    this.keyHash = createHash('sha256').update(this.name).update(Buffer.from([0x0a, 0x01])).update(this.publicKey).digest().subarray(0, 4);
    this.verifierKey = `${this.name}+${this.keyHash.toString('hex')}+${Buffer.concat([Buffer.from([0x01]), this.publicKey]).toString('base64')}`;
  }

  /** A signed note: the body, a blank line, and this key's signature line over the body. */
  signNote(body: string): string {
    const signature = sign(null, Buffer.from(body, 'utf8'), this.privateKey);
    return `${body}\n\u2014 ${this.name} ${Buffer.concat([this.keyHash, signature]).toString('base64')}\n`;
  }

  sign(message: Buffer): Buffer {
    return sign(null, message, this.privateKey);
  }

  verify(message: Buffer, signature: Buffer): boolean {
    try {
      return verify(null, message, this.publicKeyObject, signature);
    } catch {
      return false;
    }
  }

  /** Whether a signed note's first signature line is this key's and holds over its body. */
  verifyNote(note: string): boolean {
    const split = note.indexOf('\n\n');
    if (split < 0) return false;
    const line = note.slice(split + 2).split('\n').find((l) => l.startsWith('\u2014 '));
    const [name, sig] = line?.slice(2).split(' ') ?? [];
    if (name !== this.name || !sig) return false;
    const raw = Buffer.from(sig, 'base64');
    return raw.length === 68 && raw.subarray(0, 4).equals(this.keyHash) && this.verify(Buffer.from(note.slice(0, split + 1), 'utf8'), raw.subarray(4));
  }
}
