import { hash } from 'node:crypto';
import { foldSubtrees, subtreesOf, type Range, type Subtree } from '@mengyuan/provenance';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AuditTreeNodeEntity } from './entities/audit-checkpoint.entity';
import { AuditEventEntity } from './entities/audit-event.entity';

/**
 * Complete subtrees of at least 2^STORED_LEVEL leaves are stored, and those of exactly 2^STORED_LEVEL keep
 * their leaves (a tile), so smaller subtrees are read from the tiles; only the leaves past the last whole tile
 * of a checkpoint come from the events themselves.
 */
export const STORED_LEVEL = 4;
const TILE = 2 ** STORED_LEVEL;

const sha = (...parts: Buffer[]) => hash('sha256', Buffer.concat(parts), 'buffer');
/** RFC 9162 §2.1.1: leaf = SHA-256(0x00 ‖ event hash), node = SHA-256(0x01 ‖ left ‖ right). */
export const leafOf = (eventHashHex: string): Buffer => sha(Buffer.of(0), Buffer.from(eventHashHex, 'hex'));
export const nodeOf = (left: Buffer, right: Buffer): Buffer => sha(Buffer.of(1), left, right);
export const EMPTY_ROOT = sha();

const key = (s: Subtree) => `${s.level}:${s.index}`;

/**
 * The right edge of the tree as it grows: the roots of its complete subtrees, largest first. Appending a leaf
 * merges equal subtrees; merged subtrees of STORED_LEVEL or more are collected to be stored.
 */
export class Frontier {
  readonly created: { level: number; idx: number; hash: Buffer; leaves: Buffer | null }[] = [];

  /** `tile`: the leaves of the tile being filled (size mod 16 of them). */
  constructor(
    public size: number,
    private readonly stack: { level: number; hash: Buffer }[],
    private tile: Buffer[] = [],
  ) {}

  push(leaf: Buffer): void {
    const index = this.size;
    this.tile.push(leaf);
    let cur = { level: 0, hash: leaf };
    while (this.stack.length && this.stack[this.stack.length - 1].level === cur.level) {
      const left = this.stack.pop()!;
      cur = { level: cur.level + 1, hash: nodeOf(left.hash, cur.hash) };
      if (cur.level >= STORED_LEVEL) {
        this.created.push({ level: cur.level, idx: Math.floor(index / 2 ** cur.level), hash: cur.hash, leaves: cur.level === STORED_LEVEL ? Buffer.concat(this.tile) : null });
      }
    }
    if (this.tile.length === TILE) this.tile = [];
    this.stack.push(cur);
    this.size += 1;
  }

  /** The leaves of the tile being filled: a checkpoint keeps them as its edge. */
  edge(): Buffer {
    return Buffer.concat(this.tile);
  }

  root(): Buffer {
    return this.stack.length ? foldSubtrees(this.stack.map((s) => s.hash), nodeOf) : EMPTY_ROOT;
  }
}

/** Reads the audit chain's Merkle tree: stored subtrees, and the small ones recomputed from the events. */
export class AuditTree {
  /** `edge`: the leaves past the last whole tile of the checkpoint being read, as it kept them. */
  constructor(
    private readonly em: EntityManager,
    private readonly edge?: { size: number; leaves: Buffer },
  ) {}

  /** The hashes of complete subtrees, in the order asked. */
  async subtrees(list: Subtree[]): Promise<Buffer[]> {
    const small = list.filter((s) => s.level < STORED_LEVEL);
    // Small subtrees come from the tile that holds them (when it is whole), else from the events.
    const tiles = [...new Set(small.map((s) => Math.floor((s.index * 2 ** s.level) / TILE)))];
    const wanted = [...list.filter((s) => s.level >= STORED_LEVEL), ...tiles.map((i) => ({ level: STORED_LEVEL, index: i }))];
    const stored = new Map<string, AuditTreeNodeEntity>();
    const unique = [...new Map(wanted.map((s) => [key(s), s])).values()];
    for (let i = 0; i < unique.length; i += 200) {
      const rows = await this.em.getRepository(AuditTreeNodeEntity).find({ where: unique.slice(i, i + 200).map((s) => ({ level: s.level, idx: String(s.index) })) });
      for (const r of rows) stored.set(`${r.level}:${r.idx}`, r);
    }
    const leaves = new Map<number, Buffer>();
    for (const t of tiles) {
      const row = stored.get(`${STORED_LEVEL}:${t}`);
      if (row?.leaves) for (let i = 0; i < TILE; i++) leaves.set(t * TILE + i, row.leaves.subarray(i * 32, i * 32 + 32));
    }
    if (this.edge) {
      const start = Math.floor(this.edge.size / TILE) * TILE;
      for (let i = 0; start + i < this.edge.size; i++) leaves.set(start + i, this.edge.leaves.subarray(i * 32, i * 32 + 32));
    }
    const fromEvents = [...new Set(small.flatMap((s) => Array.from({ length: 2 ** s.level }, (_, i) => s.index * 2 ** s.level + i)))].filter((i) => !leaves.has(i));
    if (fromEvents.length) {
      const rows = await this.em.getRepository(AuditEventEntity).find({ where: { seq: In(fromEvents.map((i) => String(i + 1))) }, select: { seq: true, hash: true } });
      for (const r of rows) leaves.set(Number(r.seq) - 1, leafOf(r.hash));
    }
    const mth = (start: number, end: number): Buffer => {
      if (end - start === 1) {
        const l = leaves.get(start);
        if (!l) throw new Error(`audit event ${start + 1} is missing`);
        return l;
      }
      const mid = start + (end - start) / 2;
      return nodeOf(mth(start, mid), mth(mid, end));
    };
    return list.map((s) => {
      const h = s.level >= STORED_LEVEL ? stored.get(key(s))?.hash : mth(s.index * 2 ** s.level, (s.index + 1) * 2 ** s.level);
      if (!h) throw new Error(`the audit tree has no node ${key(s)}`);
      return h;
    });
  }

  /** The Merkle tree hashes of proof ranges, read in one go. */
  async ranges(ranges: Range[]): Promise<Buffer[]> {
    const parts = ranges.map((r) => subtreesOf(r));
    const unique = [...new Map(parts.flat().map((s) => [key(s), s])).values()];
    const hashes = new Map(unique.map((s, i) => [key(s), i]));
    const values = await this.subtrees(unique);
    return parts.map((p) => foldSubtrees(p.map((s) => values[hashes.get(key(s))!]), nodeOf));
  }

  /** The right edge of the tree of `size` leaves, to grow it from there. */
  async frontier(size: number): Promise<Frontier> {
    if (size === 0) return new Frontier(0, []);
    const list = subtreesOf([0, size]);
    const hashes = await this.subtrees(list);
    const tileStart = Math.floor(size / TILE) * TILE;
    const partial = tileStart < size ? await this.subtrees(Array.from({ length: size - tileStart }, (_, i) => ({ level: 0, index: tileStart + i }))) : [];
    // (With an edge, those are the checkpoint's own leaves; the signed root checks them.)
    return new Frontier(size, list.map((s, i) => ({ level: s.level, hash: hashes[i] })), partial);
  }
}
