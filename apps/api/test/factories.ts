import { randomUUID } from 'node:crypto';
import {
  BrandsDocument,
  CatalogDocument,
  CreateOfferDocument,
  CreateSkuDocument,
  ImportCardBatchDocument,
  OffersDocument,
  RegisterOrganizationDocument,
  ReviewOfferDocument,
  RevealOrderCodesDocument,
  TestPlaceOrderDocument,
  TestDepositToWalletDocument,
  type CardCodeInput,
  type CreateSkuInput,
  type OrganizationKind,
  type RegisterOrganizationInput,
} from '@mengyuan/graphql';
import type { TestApp } from './test-app';

/*
 * Data factories: they build what a test needs through the GraphQL API with the typed documents, as a
 * client would, so a spec sets up its own data instead of relying on another spec's.
 */

let seq = 0;
const next = () => (seq += 1);

/** The id of a brand, by name. */
export async function brandId(t: TestApp, token: string, name: string): Promise<string> {
  const { brands } = await t.data(BrandsDocument, {}, { token });
  const brand = brands.find((b) => b.name === name);
  if (!brand) throw new Error(`no brand named ${name}`);
  return brand.id;
}

/** The id of a SKU, by its code, as the catalog shows it to the caller. */
export async function skuId(t: TestApp, token: string, code: string): Promise<string> {
  const { catalog } = await t.data(CatalogDocument, { filter: { search: code }, page: null }, { token });
  const sku = catalog.items.find((s) => s.code === code);
  if (!sku) throw new Error(`no SKU ${code} in the catalog`);
  return sku.id;
}

/** The id of the calling supplier's own offer for a SKU code. */
export async function offerId(t: TestApp, supplierToken: string, skuCode: string): Promise<string> {
  const { offers } = await t.data(OffersDocument, { filter: { skuId: await skuId(t, supplierToken, skuCode) }, page: null }, { token: supplierToken });
  if (offers.items.length !== 1) throw new Error(`expected one own offer of ${skuCode}, found ${offers.items.length}`);
  return offers.items[0].id;
}

/** A valid registration, unique within the test database; `over` fixes any field. */
export function organizationInput(kind: OrganizationKind, over: Partial<RegisterOrganizationInput> = {}): RegisterOrganizationInput {
  const n = next();
  return {
    kind,
    name: `测试${kind === 'SUPPLIER' ? '货源商' : '会员'}${n}`,
    channelType: kind === 'SUPPLIER' ? 'SOURCE_DIRECT' : null,
    unifiedSocialCreditCode: `91440300MA${String(55_000_000 + n)}`,
    contactName: '李四',
    contactPhone: '13900139000',
    ownerEmail: `owner${n}@factory.test`,
    ownerPassword: 'factory-pass-1',
    ownerDisplayName: '李四',
    ...over,
  };
}

/** Registers an organisation (status APPLIED) and answers its signed-in owner. */
export async function registerOrganization(t: TestApp, kind: OrganizationKind, over: Partial<RegisterOrganizationInput> = {}) {
  const input = organizationInput(kind, over);
  const { registerOrganization: r } = await t.data(RegisterOrganizationDocument, { input });
  return { token: r.accessToken, orgId: r.user.organization.id, email: r.user.email, password: input.ownerPassword };
}

/** An alliance SKU (by default a ¥100 腾讯游戏 card at ¥96.50), created by an admin. */
export async function createSku(t: TestApp, adminToken: string, over: Partial<CreateSkuInput> = {}) {
  const n = next();
  const input: CreateSkuInput = {
    code: `F-${n}-${randomUUID().slice(0, 6).toUpperCase()}`,
    name: `测试商品 ${n}`,
    brandId: over.brandId ?? (await brandId(t, adminToken, '腾讯游戏')),
    category: 'GAME_TOPUP',
    faceValue: '10000',
    deliveryMode: 'CARD_CODE',
    unifiedPrice: '9650',
    ...over,
  };
  return (await t.data(CreateSkuDocument, { input }, { token: adminToken })).createSku;
}

/** A supplier's offer for a SKU, approved by alliance staff, so it is LIVE. */
export async function liveOffer(t: TestApp, opts: { supplier: string; reviewer: string; skuId: string; settlementPrice: string }): Promise<string> {
  const { createOffer } = await t.data(CreateOfferDocument, { input: { skuId: opts.skuId, settlementPrice: opts.settlementPrice } }, { token: opts.supplier });
  await t.data(ReviewOfferDocument, { id: createOffer.id, decision: 'APPROVE', note: 'factory' }, { token: opts.reviewer });
  return createOffer.id;
}

/** One card batch (at most 1,000 codes) imported into an offer; answers the batch. */
export async function importCodes(t: TestApp, token: string, offerId: string, codes: CardCodeInput[]) {
  return (await t.data(ImportCardBatchDocument, { input: { offerId, codes } }, { token })).importCardBatch;
}

/**
 * A new card SKU with one live offer per supplier, each holding the given number of codes. The suppliers
 * must hold an approved authorisation of the SKU's brand (the demo's supplier@ and supplier2@ hold 腾讯游戏).
 */
export async function stockedSku(t: TestApp, opts: { admin: string; offers: { supplier: string; stock: number }[]; sku?: Partial<CreateSkuInput> }) {
  const sku = await createSku(t, opts.admin, opts.sku);
  const offers: string[] = [];
  for (const [i, { supplier, stock }] of opts.offers.entries()) {
    const offer = await liveOffer(t, { supplier, reviewer: opts.admin, skuId: sku.id, settlementPrice: String(BigInt(sku.unifiedPrice) - 100n - BigInt(i) * 10n) });
    for (let done = 0; done < stock; done += 1000) {
      const codes = Array.from({ length: Math.min(1000, stock - done) }, (_, k) => ({ cardNumber: `${sku.code}-${i}-${done + k}`, secret: `S-${sku.code}-${i}-${done + k}` }));
      await importCodes(t, supplier, offer, codes);
    }
    offers.push(offer);
  }
  return { sku, offers };
}

/** Credits a member's wallet (an admin's bank-transfer deposit), in fen. */
export async function deposit(t: TestApp, adminToken: string, organizationId: string, amount: string): Promise<void> {
  await t.data(TestDepositToWalletDocument, { organizationId, amount, reference: `BANK-${randomUUID().slice(0, 8)}` }, { token: adminToken });
}

/** A delivered card order of the member, and its codes as the buyer sees them (ids for tickets). */
export async function deliveredOrder(t: TestApp, member: string, skuId: string, quantity = 1) {
  const order = (await t.data(TestPlaceOrderDocument, { input: { skuId, quantity, clientOrderNo: `TK-${randomUUID().slice(0, 12)}` } }, { token: member })).placeOrder;
  if (order.status !== 'DELIVERED') throw new Error(`order not delivered: ${order.status} ${order.failureCode}`);
  const codes = (await t.data(RevealOrderCodesDocument, { orderId: order.id }, { token: member })).revealOrderCodes;
  return { order, codes };
}
