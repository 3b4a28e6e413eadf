import { SecretBox } from './secret-box';
import type { AppConfig } from '../../config/app-config';

const box = new SecretBox({ payments: { secretsKey: new Uint8Array(32).fill(7) } } as AppConfig);

describe('SecretBox', () => {
  it('opens what it sealed for the same owner only', () => {
    const sealed = box.seal('channel-1', { key: 'merchant-key', privateKey: '-----BEGIN PRIVATE KEY-----' });
    expect(sealed.ciphertext.toString('utf8')).not.toContain('merchant-key');
    expect(box.open('channel-1', sealed.ciphertext, sealed.nonce)).toEqual({ key: 'merchant-key', privateKey: '-----BEGIN PRIVATE KEY-----' });
    expect(() => box.open('channel-2', sealed.ciphertext, sealed.nonce)).toThrow();
  });
});
