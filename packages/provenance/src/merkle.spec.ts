import { createHash } from 'node:crypto';
import { fromHex, toHex } from './bytes';
import { consistencyRanges, foldSubtrees, inclusionRanges, leafHash, subtreesOf, treeHash, verifyConsistency, verifyInclusion, type Range } from './merkle';

const sha = (...parts: Uint8Array[]) => new Uint8Array(createHash('sha256').update(Buffer.concat(parts)).digest());
const leaves = (n: number) => Array.from({ length: n }, (_, i) => sha(Buffer.from(`event ${i}`)));

/** The range's hash the way the server makes it: complete subtrees (here from the reference), folded with a sync node hash. */
async function rangeHash(all: Uint8Array[], r: Range): Promise<Uint8Array> {
  const parts = await Promise.all(subtreesOf(r).map((s) => treeHash(all.slice(s.index * 2 ** s.level, (s.index + 1) * 2 ** s.level))));
  return foldSubtrees(parts, (l, rr) => sha(Uint8Array.of(1), l, rr));
}

describe('Merkle tree of RFC 9162 over the chain', () => {
  it('hashes leaves and nodes with their prefixes (known values)', async () => {
    expect(toHex(await treeHash([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const one = fromHex('00'.repeat(32));
    expect(toHex(await treeHash([one]))).toBe(toHex(sha(Uint8Array.of(0), one)));
    expect(toHex(await treeHash([one, one]))).toBe(toHex(sha(Uint8Array.of(1), sha(Uint8Array.of(0), one), sha(Uint8Array.of(0), one))));
  });

  it('proves every leaf of every tree up to 40 leaves, and refuses a changed leaf, path, index or size', async () => {
    const all = leaves(40);
    for (let n = 1; n <= 40; n++) {
      const root = await treeHash(all.slice(0, n));
      for (let m = 0; m < n; m++) {
        const path = await Promise.all(inclusionRanges(m, n).map((r) => rangeHash(all, r)));
        expect(path.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n)));
        expect(await verifyInclusion(m, n, await leafHash(all[m]), path, root)).toBe(true);
        const other = (m + 1) % n;
        if (other !== m) expect(await verifyInclusion(m, n, await leafHash(all[other]), path, root)).toBe(false);
        if (path.length) {
          const bent = path.map((p, i) => (i === path.length - 1 ? sha(p) : p));
          expect(await verifyInclusion(m, n, await leafHash(all[m]), bent, root)).toBe(false);
        }
      }
    }
  }, 60_000);

  it('proves every smaller tree a prefix of every larger one up to 33 leaves, and refuses a rewritten history', async () => {
    const all = leaves(33);
    const rewritten = all.map((l, i) => (i === 2 ? sha(l) : l));
    for (let n = 1; n <= 33; n++) {
      const root2 = await treeHash(all.slice(0, n));
      for (let m = 1; m <= n; m++) {
        const root1 = await treeHash(all.slice(0, m));
        const proof = await Promise.all(consistencyRanges(m, n).map((r) => rangeHash(all, r)));
        expect(await verifyConsistency(m, n, root1, root2, proof)).toBe(true);
        if (m > 2 && m < n) {
          // The second tree rewrote leaf 2 after the first was published: no proof made from it holds.
          const forged = await Promise.all(consistencyRanges(m, n).map((r) => rangeHash(rewritten, r)));
          expect(await verifyConsistency(m, n, root1, await treeHash(rewritten.slice(0, n)), forged)).toBe(false);
        }
      }
    }
  }, 60_000); // ~1,100 proofs hashed with WebCrypto: seconds on a busy machine

  it('decomposes a range into complete aligned subtrees', () => {
    expect(subtreesOf([0, 7])).toEqual([{ level: 2, index: 0 }, { level: 1, index: 2 }, { level: 0, index: 6 }]);
    expect(subtreesOf([8, 12])).toEqual([{ level: 2, index: 2 }]);
    expect(inclusionRanges(5, 7)).toEqual([[4, 5], [6, 7], [0, 4]]);
  });
});
