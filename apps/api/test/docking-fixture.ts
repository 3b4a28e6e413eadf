import { randomUUID } from 'node:crypto';
import { CreateDockConnectorDocument } from '@mengyuan/graphql';
import type { SupplierSimulator } from '@mengyuan/supplier-sim';
import { deposit } from './factories';
import { startTestApp, type TestApp } from './test-app';

/**
 * The docking specs' alliance: a test app whose orders are not rate-limited (a spec's hundreds of orders a minute
 * are not what it tests), the demo without its catalog, the admin, two suppliers and the member signed in, the
 * member's wallet funded with `memberDepositFen`.
 */
export async function dockingAlliance(memberDepositFen: string): Promise<{ t: TestApp; admin: string; tok: { s1: string; s2: string; m: string }; org: { s1: string; s2: string; m: string } }> {
  const t = await startTestApp({ ORDER_VELOCITY_PER_MINUTE: '100000' });
  await t.seedDemo({ catalog: false });
  const admin = (await t.login('admin@mengyuan.demo')).token;
  const tok = { s1: '', s2: '', m: '' };
  const org = { s1: '', s2: '', m: '' };
  for (const [k, email] of [['s1', 'supplier@mengyuan.demo'], ['s2', 'supplier2@mengyuan.demo'], ['m', 'member@mengyuan.demo']] as const) {
    const l = await t.login(email);
    tok[k] = l.token;
    org[k] = l.organizationId;
  }
  await deposit(t, admin, org.m, memberDepositFen);
  return { t, admin, tok, org };
}

/** A supplier's connector to a simulator, named after it (800 ms timeout unless `over` says otherwise). */
export async function dockSimulator(t: TestApp, token: string, endpoint: string, sim: SupplierSimulator, over: Record<string, unknown> = {}) {
  const input = { name: `${sim.name} ${randomUUID().slice(0, 4)}`, endpoint, keyId: sim.keyId, secret: sim.secret, timeoutMs: 800, ...over };
  return (await t.data(CreateDockConnectorDocument, { input }, { token })).createDockConnector;
}
