import { loadConfig } from '../../config/app-config';
import { CodeCipher } from './code-cipher';

const cipher = new CodeCipher(loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'a'.repeat(64), CODE_ENCRYPTION_KEY: 'b'.repeat(64), FINGERPRINT_KEY: 'c'.repeat(64) }));
const ID = '0b1c2d3e-0000-4000-8000-000000000001';

describe('CodeCipher', () => {
  it('round-trips a code and never writes its plaintext into the ciphertext', () => {
    const { ciphertext, nonce } = cipher.encrypt(ID, { cardNumber: 'CARD-123', secret: 'S3CRET-XYZ' });
    expect(ciphertext.includes(Buffer.from('S3CRET'))).toBe(false);
    expect(cipher.decrypt(ID, ciphertext, nonce)).toEqual({ cardNumber: 'CARD-123', secret: 'S3CRET-XYZ' });
  });

  it('refuses a ciphertext moved to another id, or tampered with', () => {
    const { ciphertext, nonce } = cipher.encrypt(ID, { cardNumber: null, secret: 'only-secret' });
    expect(() => cipher.decrypt(ID.replace('1', '2'), ciphertext, nonce)).toThrow();
    const tampered = Buffer.from(ciphertext);
    tampered[0] ^= 1;
    expect(() => cipher.decrypt(ID, tampered, nonce)).toThrow();
  });

  it('uses a fresh nonce each time, and one fingerprint for the same code however written', () => {
    const a = cipher.encrypt(ID, { cardNumber: 'X', secret: 'Y' });
    const b = cipher.encrypt(ID, { cardNumber: 'X', secret: 'Y' });
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(cipher.fingerprint({ cardNumber: 'ab-12', secret: ' zz ' }).equals(cipher.fingerprint({ cardNumber: 'AB12', secret: 'ZZ' }))).toBe(true);
  });
});
