import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed checkpoint of the audit chain's Merkle tree: its size, root and head, as a signed note. */
@Entity('audit_checkpoints')
export class AuditCheckpointEntity {
  @PrimaryColumn('bigint', { name: 'tree_size' }) treeSize: string;
  /** Hex. */
  @Column('text', { name: 'root_hash' }) rootHash: string;
  /** Hash of event `treeSize`. */
  @Column('text', { name: 'head_hash' }) headHash: string;
  @Column('text', { name: 'key_hash' }) keyHash: string;
  /** The signed note (C2SP tlog-checkpoint), what members check. */
  @Column('text') note: string;
  /** The leaf hashes past the last whole 16-leaf tile (treeSize mod 16 of them), as they were when it was signed. */
  @Column('bytea', { name: 'edge_leaves' }) edgeLeaves: Buffer;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

/** A complete subtree of 16 leaves or more of the audit chain's Merkle tree (level ≥ 4). */
@Entity('audit_tree_nodes')
export class AuditTreeNodeEntity {
  @PrimaryColumn('smallint') level: number;
  @PrimaryColumn('bigint') idx: string;
  @Column('bytea') hash: Buffer;
  /** Level 4 only: the 16 leaf hashes under it (a tile), as they were when it was made. */
  @Column('bytea', { nullable: true }) leaves: Buffer | null;
}
