#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { verifyBundle, type BundleVerification } from './bundle';

const USAGE = `usage: mengyuan-verify <bundle.json> --key <verifier key | file with it> [--previous <size>:<hex root>]

Checks a provenance bundle downloaded from the portal (卡密溯源) with nothing but the alliance's published
verifier key: the checkpoint's Ed25519 signature, each event's hash from its content, and its inclusion in
the signed Merkle tree. --previous names a checkpoint you kept earlier: the bundle must prove it a prefix.
The key may also come from MENGYUAN_AUDIT_KEY. Exit code 0: every check holds; 1: something does not; 2: usage.`;

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function report(r: BundleVerification): string {
  const lines: string[] = [];
  if (r.problem) return `FAILED: ${r.problem} (${r.detail})`;
  const c = r.checkpoint!;
  lines.push(`checkpoint ${c.origin} #${c.size} root ${c.root.slice(0, 16)}… signed ${c.time}: signature ok`);
  for (const e of r.events) lines.push(`  ${e.status === 'OK' ? 'ok  ' : e.status === 'LEGACY_INCLUDED' ? 'ok* ' : 'FAIL'} #${e.seq} ${e.type}${e.status === 'OK' ? '' : ` — ${e.status}`}`);
  if (r.consistency) lines.push(`consistency with your earlier checkpoint: ${r.consistency}`);
  lines.push(r.ok ? `OK: ${r.events.length} events proven in the alliance's signed log` : 'FAILED: the slice does not match the signed log');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  let key = arg(argv, '--key') ?? process.env.MENGYUAN_AUDIT_KEY;
  if (!file || !key || argv.includes('--help')) {
    console.error(USAGE);
    return 2;
  }
  if (!key.includes('+')) key = readFileSync(key, 'utf8').trim();
  const prev = arg(argv, '--previous');
  const previous = prev ? { size: Number(prev.split(':')[0]), root: prev.split(':')[1] ?? '' } : null;
  let bundle: unknown;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  const r = await verifyBundle(bundle, key, previous);
  process.stdout.write(`${report(r)}\n`);
  return r.ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(2);
    },
  );
}
