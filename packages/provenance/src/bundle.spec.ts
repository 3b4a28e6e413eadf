import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { fromHex, toBase64, toHex, utf8 } from './bytes';
import { checkpointBody, keyHash, verifierKey } from './checkpoint';
import { GENESIS, canonicalPublic, whoText, type PublicEvent } from './event';
import { BUNDLE_FORMAT, verifyBundle, type ProvenanceBundle } from './bundle';
import { consistencyRanges, inclusionRanges, subtreesOf, foldSubtrees } from './merkle';

const sha = (...parts: (Uint8Array | string)[]) => createHash('sha256').update(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)))).digest();
const node = (l: Uint8Array, r: Uint8Array) => new Uint8Array(sha(Uint8Array.of(1), l, r));
const leaf = (hex: string) => new Uint8Array(sha(Uint8Array.of(0), fromHex(hex)));

function chain(n: number): PublicEvent[] {
  const out: PublicEvent[] = [];
  let prev = GENESIS;
  for (let seq = 1; seq <= n; seq++) {
    const who = sha(whoText({ actorUserId: null, actorEmail: `staff${seq}@supplier.example`, actorApiKeyId: null, organizationId: null }, 'salt'.repeat(8))).toString('hex');
    const e = { seq, type: 'order.delivered', subjectType: 'order', subjectId: `o${seq}`, payload: { total: String(seq * 100) }, occurredAt: new Date(Date.UTC(2026, 11, 1, 0, seq)).toISOString(), who };
    const hash = sha(prev, canonicalPublic(e)).toString('hex');
    out.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

const mth = (hashes: string[], start: number, end: number): Uint8Array =>
  foldSubtrees(subtreesOf([start, end]).map((s) => {
    const rec = (a: number, b: number): Uint8Array => (b - a === 1 ? leaf(hashes[a]) : node(rec(a, a + (b - a) / 2), rec(a + (b - a) / 2, b)));
    return rec(s.index * 2 ** s.level, (s.index + 1) * 2 ** s.level);
  }), node);

describe('a member’s provenance bundle', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32));
  const origin = 'mengyuan.test/audit';

  async function signed(events: PublicEvent[], size: number, signer = privateKey): Promise<string> {
    const hashes = events.map((e) => e.hash);
    const body = checkpointBody({ origin, size, root: mth(hashes, 0, size), head: hashes[size - 1], time: '2026-12-06T10:00:00.000Z' });
    const sig = sign(null, Buffer.from(utf8(body)), signer);
    const kh = await keyHash(origin, raw);
    return `${body}\n\u2014 ${origin} ${toBase64(new Uint8Array(Buffer.concat([kh, sig])))}\n`;
  }

  async function bundleOf(all: PublicEvent[], size: number, seqs: number[], shown = all): Promise<ProvenanceBundle> {
    const hashes = all.map((e) => e.hash);
    return {
      format: BUNDLE_FORMAT,
      checkpoint: await signed(all, size),
      events: seqs.map((s) => shown[s - 1]),
      proofs: seqs.map((s) => ({ seq: s, path: inclusionRanges(s - 1, size).map(([a, b]) => toBase64(mth(hashes, a, b))) })),
    };
  }

  it('holds for an untouched slice, with the pinned key alone', async () => {
    const all = chain(21);
    const vkey = await verifierKey(origin, raw);
    const r = await verifyBundle(await bundleOf(all, 21, [3, 8, 21]), vkey);
    expect(r).toMatchObject({ ok: true, problem: null, events: [{ seq: 3, status: 'OK' }, { seq: 8, status: 'OK' }, { seq: 21, status: 'OK' }] });
    expect(r.checkpoint).toMatchObject({ size: 21, head: all[20].hash });
  });

  it('fails a rewritten event whose own hash was recomputed (and so every later link would be too)', async () => {
    const all = chain(21);
    const bundle = await bundleOf(all, 21, [3, 8]);
    // Behind the app's back: event 8's payload changed and its hash recomputed from the new content.
    const e8 = { ...all[7], who: all[7].who!, payload: { total: '1' } };
    e8.hash = sha(e8.prevHash, canonicalPublic(e8)).toString('hex');
    bundle.events[1] = e8;
    const r = await verifyBundle(bundle, await verifierKey(origin, raw));
    expect(r.ok).toBe(false);
    expect(r.events).toEqual([{ seq: 3, type: 'order.delivered', status: 'OK' }, { seq: 8, type: 'order.delivered', status: 'NOT_INCLUDED' }]);
    // Shown with its old hash, the content does not give it.
    bundle.events[1] = { ...all[7], payload: { total: '1' } };
    expect((await verifyBundle(bundle, await verifierKey(origin, raw))).events[1].status).toBe('HASH_MISMATCH');
  });

  it('refuses a checkpoint signed by another key, a forged signature and a wrong key', async () => {
    const all = chain(5);
    const bundle = await bundleOf(all, 5, [2]);
    const other = generateKeyPairSync('ed25519');
    const otherRaw = new Uint8Array(other.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32));
    expect((await verifyBundle(bundle, await verifierKey(origin, otherRaw))).problem).toBe('WRONG_KEY');
    const forged = { ...bundle, checkpoint: await signed(all, 5, other.privateKey) };
    expect((await verifyBundle(forged, await verifierKey(origin, raw))).problem).toBe('BAD_SIGNATURE');
    const resized = { ...bundle, checkpoint: bundle.checkpoint.replace(/\n5\n/, '\n4\n') };
    expect((await verifyBundle(resized, await verifierKey(origin, raw))).problem).toBe('BAD_SIGNATURE');
    expect((await verifyBundle({ nope: 1 }, await verifierKey(origin, raw))).problem).toBe('BAD_BUNDLE');
    expect((await verifyBundle(bundle, 'not a key')).problem).toBe('BAD_KEY');
  });

  it('checks an earlier checkpoint the member kept is a prefix of the new one', async () => {
    const all = chain(30);
    const hashes = all.map((e) => e.hash);
    const bundle = await bundleOf(all, 30, [29]);
    bundle.consistency = { fromSize: 13, path: consistencyRanges(13, 30).map(([a, b]) => toBase64(mth(hashes, a, b))) };
    const vkey = await verifierKey(origin, raw);
    expect((await verifyBundle(bundle, vkey, { size: 13, root: toHex(mth(hashes, 0, 13)) })).consistency).toBe('OK');
    // The member had seen a different history at size 13 (an event rewritten since): the log forked.
    const r = await verifyBundle(bundle, vkey, { size: 13, root: toHex(mth(hashes.map((h, i) => (i === 4 ? '1'.repeat(64) : h)), 0, 13)) });
    expect(r).toMatchObject({ ok: false, consistency: 'FAILED' });
  });
});
