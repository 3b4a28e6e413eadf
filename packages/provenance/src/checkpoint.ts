import { concat, equal, fromBase64, fromHex, sha256, toBase64, toHex, utf8 } from './bytes';

/**
 * A checkpoint: the tree's size and root, signed by the alliance, in the signed-note text format of
 * transparency logs (C2SP tlog-checkpoint / signed-note):
 *
 *   <origin>\n<tree size>\n<base64 root hash>\nhead <hex hash of the last event>\ntime <ISO 8601>\n
 *   \n
 *   — <key name> <base64(4-byte key hash ‖ 64-byte Ed25519 signature)>\n
 *
 * The signature is over the text before the blank line (its final newline included). The key hash is the
 * first 4 bytes of SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key), 0x01 naming Ed25519.
 */
export interface Checkpoint {
  origin: string;
  size: number;
  /** 32 bytes. */
  root: Uint8Array;
  /** Hex hash of event `size` (the head of the chain the tree covers). */
  head: string;
  time: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** The signed text (the body). */
  body: string;
  keyName: string;
  keyHash: Uint8Array;
  signature: Uint8Array;
}

const ED25519 = 0x01;
const DASH = '\u2014 ';

export function checkpointBody(c: Checkpoint): string {
  if (!/^[^\s+]+$/.test(c.origin)) throw new Error('the origin must be one word');
  return `${c.origin}\n${c.size}\n${toBase64(c.root)}\nhead ${c.head}\ntime ${c.time}\n`;
}

export async function keyHash(name: string, publicKey: Uint8Array): Promise<Uint8Array> {
  return (await sha256(concat(utf8(name), Uint8Array.of(0x0a, ED25519), publicKey))).slice(0, 4);
}

/** The verifier key of signed notes: `<name>+<hex key hash>+<base64(0x01 ‖ public key)>`, what a member pins. */
export async function verifierKey(name: string, publicKey: Uint8Array): Promise<string> {
  return `${name}+${toHex(await keyHash(name, publicKey))}+${toBase64(concat(Uint8Array.of(ED25519), publicKey))}`;
}

export interface ParsedKey {
  name: string;
  publicKey: Uint8Array;
  keyHash: Uint8Array;
}

/** Reads a verifier key (`name+hash+base64`) and checks its hash. */
export async function parseVerifierKey(vkey: string): Promise<ParsedKey> {
  // The key's base64 may itself hold '+': the name and the hash are the first two fields, the key the rest.
  const [name, hashHex, ...rest] = vkey.trim().split('+');
  const parts = [name, hashHex, rest.join('+')];
  if (rest.length === 0 || !/^[0-9a-f]{8}$/.test(parts[1])) throw new Error('not a verifier key (name+hash+key)');
  const raw = fromBase64(parts[2]);
  if (raw.length !== 33 || raw[0] !== ED25519) throw new Error('not an Ed25519 verifier key');
  const publicKey = raw.slice(1);
  const hash = await keyHash(parts[0], publicKey);
  if (!equal(hash, fromHex(parts[1]))) throw new Error('the verifier key’s hash does not match its key');
  return { name: parts[0], publicKey, keyHash: hash };
}

export function parseCheckpoint(note: string): SignedCheckpoint {
  const split = note.indexOf('\n\n');
  if (split < 0) throw new Error('a checkpoint has a body, a blank line and signatures');
  const body = note.slice(0, split + 1);
  const lines = body.slice(0, -1).split('\n');
  if (lines.length < 3) throw new Error('a checkpoint names its origin, size and root');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (!/^(0|[1-9][0-9]{0,15})$/.test(sizeText)) throw new Error('bad tree size');
  const root = fromBase64(rootText);
  if (root.length !== 32) throw new Error('bad root hash');
  const ext = (key: string) => extensions.find((l) => l.startsWith(`${key} `))?.slice(key.length + 1) ?? '';
  const sig = note.slice(split + 2).split('\n').find((l) => l.startsWith(DASH));
  if (!sig) throw new Error('the checkpoint is not signed');
  const [keyName, sigText] = sig.slice(DASH.length).split(' ');
  const raw = fromBase64(sigText ?? '');
  if (raw.length !== 68) throw new Error('bad signature line');
  return { origin, size: Number(sizeText), root, head: ext('head'), time: ext('time'), body, keyName, keyHash: raw.slice(0, 4), signature: raw.slice(4) };
}

/** Checks an Ed25519 signature with WebCrypto. */
export async function ed25519Verify(publicKey: Uint8Array, signature: Uint8Array, message: Uint8Array): Promise<boolean> {
  const key = await globalThis.crypto.subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
  return globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, signature as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
}

/** Parses a checkpoint and checks it was signed by the pinned key (name, key hash and signature). */
export async function verifyCheckpoint(note: string, key: ParsedKey): Promise<SignedCheckpoint> {
  const c = parseCheckpoint(note);
  if (c.keyName !== key.name || !equal(c.keyHash, key.keyHash)) throw new Error('the checkpoint is signed by another key');
  if (c.origin !== key.name) throw new Error('the checkpoint is of another log');
  if (!(await ed25519Verify(key.publicKey, c.signature, utf8(c.body)))) throw new Error('the checkpoint’s signature does not hold');
  return c;
}
