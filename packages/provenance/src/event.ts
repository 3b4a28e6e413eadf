import canonicalize from 'canonicalize';
import { concat, sha256, toHex, utf8 } from './bytes';

/** The hash the first event of the chain links to. */
export const GENESIS = '0'.repeat(64);

/**
 * An audit event as a member may see it. Who acted and for which organisation is not shown: it is committed
 * in `who`, SHA-256(salt ‖ canonical JSON of {actorUserId, actorEmail, actorApiKeyId, organizationId}), so the
 * event's hash can be recomputed without learning it (salted, as SD-JWT discloses claims). Events chained
 * before that commitment existed have `who: null` and hash their actor in the clear (version 1): a member
 * can check that such an event's hash is in the signed tree, but not recompute it from what is shown.
 */
export interface PublicEvent {
  seq: number;
  type: string;
  subjectType: string | null;
  subjectId: string | null;
  payload: unknown;
  /** ISO 8601 with milliseconds, as hashed. */
  occurredAt: string;
  prevHash: string;
  hash: string;
  who: string | null;
}

/** Everything the chain hashes of an event, the alliance's full view. */
export interface FullEvent {
  seq: number;
  type: string;
  actorUserId: string | null;
  actorEmail: string | null;
  actorApiKeyId: string | null;
  organizationId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  payload: unknown;
  occurredAt: string;
  /** null: a version-1 event (actor hashed in the clear). */
  whoSalt: string | null;
}

function canonical(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new Error('the event cannot be canonicalised');
  return json;
}

/** The actor and organisation of an event as its salted commitment (the `who` of version 2). */
export function whoText(e: Pick<FullEvent, 'actorUserId' | 'actorEmail' | 'actorApiKeyId' | 'organizationId'>, salt: string): string {
  return salt + canonical({ actorUserId: e.actorUserId, actorEmail: e.actorEmail, actorApiKeyId: e.actorApiKeyId, organizationId: e.organizationId });
}

/** The hashed content of a version-2 event: everything but its hashes, the actor committed in `who`. */
export function canonicalPublic(e: Omit<PublicEvent, 'prevHash' | 'hash'> & { who: string }): string {
  return canonical({ v: 2, seq: e.seq, type: e.type, who: e.who, subjectType: e.subjectType, subjectId: e.subjectId, payload: e.payload, occurredAt: e.occurredAt });
}

/** The hashed content of a version-1 event (the actor in the clear). */
export function canonicalV1(e: Omit<FullEvent, 'whoSalt'>): string {
  return canonical({
    seq: e.seq, type: e.type, actorUserId: e.actorUserId, actorEmail: e.actorEmail, actorApiKeyId: e.actorApiKeyId,
    organizationId: e.organizationId, subjectType: e.subjectType, subjectId: e.subjectId, payload: e.payload, occurredAt: e.occurredAt,
  });
}

/** SHA-256(previous hash ‖ canonical content), hex: the chain's link, recomputed from what a member sees (null for a version-1 event). */
export async function publicEventHash(e: PublicEvent): Promise<string | null> {
  if (e.who === null) return null;
  return toHex(await sha256(concat(utf8(e.prevHash), utf8(canonicalPublic({ ...e, who: e.who })))));
}
