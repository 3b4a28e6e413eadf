import { concat, equal, sha256 } from './bytes';

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0) §2.1 over the audit chain, leaf i being event
 * seq i + 1:
 *   leaf hash  = SHA-256(0x00 ‖ event hash)   (the event's 32-byte chain hash)
 *   node hash  = SHA-256(0x01 ‖ left ‖ right)
 *   MTH(D[n])  = node(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two below n.
 * The server and the verifiers share the shapes below (which subtrees a proof is made of); hashing is
 * WebCrypto here (async) and node:crypto on the server (sync, through `combine`).
 */

/** Leaves [start, end) of the tree: a proof element is the Merkle tree hash of one such range. */
export type Range = readonly [start: number, end: number];
/** A complete subtree: 2^level leaves starting at index · 2^level. */
export interface Subtree {
  level: number;
  index: number;
}

const LEAF = Uint8Array.of(0);
const NODE = Uint8Array.of(1);

/** The largest power of two strictly below n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function assertSize(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
}

/** The ranges whose hashes prove leaf `index` in a tree of `size` leaves, from the leaf up (RFC 9162 §2.1.3.1). */
export function inclusionRanges(index: number, size: number): Range[] {
  assertSize(size, 'size');
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new Error('leaf index out of range');
  const path: Range[] = [];
  const walk = (m: number, start: number, end: number): void => {
    const n = end - start;
    if (n <= 1) return;
    const k = splitPoint(n);
    if (m < k) {
      walk(m, start, start + k);
      path.push([start + k, end]);
    } else {
      walk(m - k, start + k, end);
      path.push([start, start + k]);
    }
  };
  walk(index, 0, size);
  return path;
}

/** The ranges whose hashes prove a tree of `m` leaves is a prefix of one of `n` (RFC 9162 §2.1.4.1). */
export function consistencyRanges(m: number, n: number): Range[] {
  assertSize(m, 'first size');
  assertSize(n, 'second size');
  if (m > n) throw new Error('the first tree is larger than the second');
  if (m === 0 || m === n) return [];
  const proof: Range[] = [];
  const sub = (mm: number, start: number, end: number, whole: boolean): void => {
    const size = end - start;
    if (mm === size) {
      if (!whole) proof.push([start, end]);
      return;
    }
    const k = splitPoint(size);
    if (mm <= k) {
      sub(mm, start, start + k, whole);
      proof.push([start + k, end]);
    } else {
      sub(mm - k, start + k, end, false);
      proof.push([start, start + k]);
    }
  };
  sub(m, 0, n, true);
  return proof;
}

/** The complete subtrees a range is made of, left to right (a range of a proof always starts on a boundary). */
export function subtreesOf([start, end]: Range): Subtree[] {
  const out: Subtree[] = [];
  let at = start;
  while (at < end) {
    // The largest aligned power of two that starts at `at` and fits before `end`.
    let size = 1;
    while (at % (size * 2) === 0 && at + size * 2 <= end) size *= 2;
    out.push({ level: Math.log2(size), index: at / size });
    at += size;
  }
  return out;
}

/**
 * The Merkle tree hash of a range from the hashes of its complete subtrees (in `subtreesOf` order),
 * right-folded as MTH splits: with a synchronous node hash (the server's).
 */
export function foldSubtrees<T>(hashes: T[], node: (left: T, right: T) => T): T {
  if (!hashes.length) throw new Error('no subtrees to fold');
  let r = hashes[hashes.length - 1];
  for (let i = hashes.length - 2; i >= 0; i--) r = node(hashes[i], r);
  return r;
}

export const leafHash = (eventHash: Uint8Array): Promise<Uint8Array> => sha256(concat(LEAF, eventHash));
export const nodeHash = (left: Uint8Array, right: Uint8Array): Promise<Uint8Array> => sha256(concat(NODE, left, right));

/** The root of a whole tree from its leaves' data (tests and small trees). */
export async function treeHash(leaves: Uint8Array[]): Promise<Uint8Array> {
  if (!leaves.length) return sha256(new Uint8Array());
  const mth = async (start: number, end: number): Promise<Uint8Array> => {
    if (end - start === 1) return leafHash(leaves[start]);
    const k = splitPoint(end - start);
    return nodeHash(await mth(start, start + k), await mth(start + k, end));
  };
  return mth(0, leaves.length);
}

const odd = (x: number) => x % 2 === 1;
const half = (x: number) => Math.floor(x / 2);

/** RFC 9162 §2.1.3.2: the root a leaf and its path lead to, or null when the path cannot be one for that leaf and size. */
export async function rootFromInclusion(index: number, size: number, leaf: Uint8Array, path: Uint8Array[]): Promise<Uint8Array | null> {
  if (!(index >= 0 && index < size)) return null;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return null;
    if (odd(fn) || fn === sn) {
      r = await nodeHash(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = await nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 ? r : null;
}

export async function verifyInclusion(index: number, size: number, leaf: Uint8Array, path: Uint8Array[], root: Uint8Array): Promise<boolean> {
  const r = await rootFromInclusion(index, size, leaf, path);
  return !!r && equal(r, root);
}

/** RFC 9162 §2.1.4.2: is the tree of size `m` with root `root1` a prefix of the tree of size `n` with root `root2`? */
export async function verifyConsistency(m: number, n: number, root1: Uint8Array, root2: Uint8Array, proof: Uint8Array[]): Promise<boolean> {
  if (m > n || m < 0) return false;
  if (m === n) return proof.length === 0 && equal(root1, root2);
  if (m === 0) return proof.length === 0;
  if (!proof.length) return false;
  // A first tree that is a whole power of two is one subtree of the second: its root starts the path.
  const path = Number.isInteger(Math.log2(m)) ? [root1, ...proof] : [...proof];
  let fn = m - 1;
  let sn = n - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = await nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equal(fr, root1) && equal(sr, root2);
}
