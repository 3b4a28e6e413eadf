import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointBody, parseVerifierKey, verifyCheckpoint } from '@mengyuan/provenance';
import { loadConfig } from '../../config/app-config';
import { AllianceSigner } from './alliance-signer';

const base = { NODE_ENV: 'test', JWT_SECRET: 'a'.repeat(64), CODE_ENCRYPTION_KEY: 'b'.repeat(64), FINGERPRINT_KEY: 'c'.repeat(64) };

describe('the alliance’s signing key', () => {
  it('signs checkpoints a member verifies with the published verifier key alone', async () => {
    const signer = new AllianceSigner(loadConfig({ ...base, AUDIT_SIGNING_KEY: '1f'.repeat(32) }));
    expect(signer.verifierKey).toMatch(/^mengyuan\/audit\+[0-9a-f]{8}\+/);
    const note = signer.signNote(checkpointBody({ origin: signer.name, size: 3, root: new Uint8Array(32).fill(1), head: 'ab'.repeat(32), time: '2026-12-06T00:00:00.000Z' }));
    expect(signer.verifyNote(note)).toBe(true);
    expect(await verifyCheckpoint(note, await parseVerifierKey(signer.verifierKey))).toMatchObject({ size: 3, head: 'ab'.repeat(32) });
    expect(signer.verifyNote(note.replace('\n3\n', '\n4\n'))).toBe(false);
    // The same seed is the same key: what members pinned survives a restart.
    expect(new AllianceSigner(loadConfig({ ...base, AUDIT_SIGNING_KEY: '1f'.repeat(32) })).verifierKey).toBe(signer.verifierKey);
  });

  it('is generated under DATA_DIR/secrets in development and required in production', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'signer-'));
    const a = new AllianceSigner(loadConfig({ ...base, DATA_DIR: dataDir }));
    expect(new AllianceSigner(loadConfig({ ...base, DATA_DIR: dataDir })).verifierKey).toBe(a.verifierKey);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', DATA_DIR: dataDir })).toThrow(/AUDIT_SIGNING_KEY must be set/);
    expect(() => loadConfig({ ...base, AUDIT_LOG_ORIGIN: 'two words', DATA_DIR: dataDir })).toThrow(/AUDIT_LOG_ORIGIN/);
  });
});
