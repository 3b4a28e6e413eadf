import { fromBase64, fromHex, toHex } from './bytes';
import { parseVerifierKey, verifyCheckpoint, type ParsedKey } from './checkpoint';
import { publicEventHash, type PublicEvent } from './event';
import { leafHash, verifyConsistency, verifyInclusion } from './merkle';

export const BUNDLE_FORMAT = 'mengyuan-provenance/1';

/** What a member downloads: its slice of the chain, a signed checkpoint, and each event's inclusion proof against it. */
export interface ProvenanceBundle {
  format: typeof BUNDLE_FORMAT;
  /** The signed checkpoint, as a signed note. */
  checkpoint: string;
  events: PublicEvent[];
  /** Per event: the inclusion path (base64 hashes, leaf up) of leaf seq − 1 in the checkpoint's tree. */
  proofs: { seq: number; path: string[] }[];
  /** Optional: the proof that an earlier checkpoint the member kept is a prefix of this one. */
  consistency?: { fromSize: number; path: string[] } | null;
}

/**
 * Per event: OK (its hash recomputes from its content and is in the signed tree), HASH_MISMATCH (its content
 * does not give its hash: rewritten), NOT_INCLUDED (the hash is not in the signed tree: rewritten, hash and
 * all), NO_PROOF (the bundle has no proof for it), LEGACY_INCLUDED (a version-1 event: its hash is in the tree,
 * its content cannot be recomputed without its actor).
 */
export type EventStatus = 'OK' | 'HASH_MISMATCH' | 'NOT_INCLUDED' | 'NO_PROOF' | 'LEGACY_INCLUDED';
/** Why the whole bundle fails before any event is looked at. */
export type BundleProblem = 'BAD_KEY' | 'BAD_BUNDLE' | 'BAD_CHECKPOINT' | 'WRONG_KEY' | 'BAD_SIGNATURE';

export interface BundleVerification {
  ok: boolean;
  problem: BundleProblem | null;
  detail: string | null;
  checkpoint: { origin: string; size: number; root: string; head: string; time: string } | null;
  events: { seq: number; type: string; status: EventStatus }[];
  /** Against the member's earlier checkpoint: OK, FAILED (the log was rewritten, or forked), or null when not asked. */
  consistency: 'OK' | 'FAILED' | null;
}

class Problem extends Error {
  constructor(
    readonly problem: BundleProblem,
    message: string,
  ) {
    super(message);
  }
}

function checkShape(b: unknown): asserts b is ProvenanceBundle {
  const x = b as ProvenanceBundle;
  if (!x || typeof x !== 'object' || x.format !== BUNDLE_FORMAT || typeof x.checkpoint !== 'string' || !Array.isArray(x.events) || !Array.isArray(x.proofs)) {
    throw new Problem('BAD_BUNDLE', `not a ${BUNDLE_FORMAT} bundle`);
  }
}

/**
 * Checks a bundle with nothing but the alliance's verifier key (`name+hash+key`, pinned by the member):
 * the checkpoint's signature, then each event's hash from its content and its inclusion in the signed tree,
 * and optionally that an earlier checkpoint the member kept (size and root) is a prefix of this one.
 */
export async function verifyBundle(bundle: unknown, verifierKey: string | ParsedKey, previous?: { size: number; root: string } | null): Promise<BundleVerification> {
  const fail = (problem: BundleProblem, detail: string): BundleVerification => ({ ok: false, problem, detail, checkpoint: null, events: [], consistency: null });
  let key: ParsedKey;
  try {
    key = typeof verifierKey === 'string' ? await parseVerifierKey(verifierKey) : verifierKey;
  } catch (e) {
    return fail('BAD_KEY', (e as Error).message);
  }
  try {
    checkShape(bundle);
  } catch (e) {
    return fail('BAD_BUNDLE', (e as Error).message);
  }
  let cp;
  try {
    cp = await verifyCheckpoint(bundle.checkpoint, key);
  } catch (e) {
    const msg = (e as Error).message;
    return fail(/another key|another log/.test(msg) ? 'WRONG_KEY' : /signature does not hold/.test(msg) ? 'BAD_SIGNATURE' : 'BAD_CHECKPOINT', msg);
  }
  const proofs = new Map(bundle.proofs.map((p) => [p.seq, p.path]));
  const events: BundleVerification['events'] = [];
  for (const e of bundle.events) {
    const path = proofs.get(e.seq);
    let status: EventStatus;
    if (!path || !/^[0-9a-f]{64}$/.test(e.hash) || !Number.isSafeInteger(e.seq) || e.seq < 1) status = 'NO_PROOF';
    else {
      const recomputed = await publicEventHash(e);
      if (recomputed !== null && recomputed !== e.hash) status = 'HASH_MISMATCH';
      else {
        let included = false;
        try {
          included = await verifyInclusion(e.seq - 1, cp.size, await leafHash(fromHex(e.hash)), path.map(fromBase64), cp.root);
        } catch {
          included = false;
        }
        status = !included ? 'NOT_INCLUDED' : recomputed === null ? 'LEGACY_INCLUDED' : 'OK';
      }
    }
    events.push({ seq: e.seq, type: e.type, status });
  }
  let consistency: BundleVerification['consistency'] = null;
  if (previous && previous.size > 0) {
    const c = bundle.consistency;
    let holds = false;
    try {
      holds = !!c && c.fromSize === previous.size && (await verifyConsistency(previous.size, cp.size, fromHex(previous.root), cp.root, c.path.map(fromBase64)));
    } catch {
      holds = false;
    }
    consistency = holds ? 'OK' : 'FAILED';
  }
  const ok = events.length > 0 && events.every((e) => e.status === 'OK' || e.status === 'LEGACY_INCLUDED') && consistency !== 'FAILED';
  return { ok, problem: null, detail: null, checkpoint: { origin: cp.origin, size: cp.size, root: toHex(cp.root), head: cp.head, time: cp.time }, events, consistency };
}
