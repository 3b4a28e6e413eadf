import { SavePaymentChannelDocument, type SavePaymentChannelInput } from '@mengyuan/graphql';
import type { SimCredentials } from '@mengyuan/payment-sim';
import type { TestApp } from './test-app';

/** The sandbox gateways' credentials, as the simulator publishes them to whoever configures the channels. */
export async function simCredentials(t: TestApp): Promise<SimCredentials> {
  const res = await fetch(`${t.url}/sim/control/epay/credentials`);
  if (!res.ok) throw new Error(`the simulator answered ${res.status}`);
  return (await res.json()) as SimCredentials;
}

export type ChannelName = 'epayV1' | 'epayV2' | 'alipay' | 'wechat';

/** The four channels of the sandbox, configured by an admin through the API as finance would with real keys. */
export async function configureChannels(t: TestApp, admin: string, over: Partial<SavePaymentChannelInput> = {}): Promise<Record<ChannelName, string>> {
  const c = await simCredentials(t);
  const sim = `${t.url}/sim`;
  const inputs: Record<ChannelName, SavePaymentChannelInput> = {
    epayV1: {
      kind: 'EPAY', name: '易支付 V1', enabled: true, mode: 'QR', merchantId: c.epay.pid, gatewayUrl: `${sim}/epay`, settings: { version: 'V1', payType: 'alipay' },
      secrets: { key: c.epay.key }, feeRateBp: 100, feeFixed: '0', windowMinutes: 15,
    },
    epayV2: {
      kind: 'EPAY', name: '易支付 V2', enabled: true, mode: 'QR', merchantId: c.epay.pidV2, gatewayUrl: `${sim}/epay`, settings: { version: 'V2', payType: 'wxpay' },
      secrets: { merchantPrivateKey: c.epay.merchant.privateKey, platformPublicKey: c.epay.platform.publicKey }, feeRateBp: 100, feeFixed: '0', windowMinutes: 15,
    },
    alipay: {
      kind: 'ALIPAY', name: '支付宝', enabled: true, mode: 'QR', merchantId: c.alipay.appId, gatewayUrl: `${sim}/alipay/gateway.do`, settings: { sellerId: c.alipay.sellerId },
      secrets: { appPrivateKey: c.alipay.app.privateKey, alipayPublicKey: c.alipay.alipay.publicKey }, feeRateBp: 60, feeFixed: '0', windowMinutes: 15,
    },
    wechat: {
      kind: 'WECHAT_PAY', name: '微信支付', enabled: true, mode: 'QR', merchantId: c.wechat.mchid, gatewayUrl: `${sim}/wechat`,
      settings: { appid: c.wechat.appid, merchantSerial: c.wechat.merchantSerial, platformKeyId: c.wechat.platformKeyId },
      secrets: { merchantPrivateKey: c.wechat.merchant.privateKey, platformPublicKey: c.wechat.platform.publicKey, apiV3Key: c.wechat.apiV3Key }, feeRateBp: 60, feeFixed: '0', windowMinutes: 15,
    },
  };
  const ids = {} as Record<ChannelName, string>;
  for (const [name, input] of Object.entries(inputs) as [ChannelName, SavePaymentChannelInput][]) {
    ids[name] = (await t.data(SavePaymentChannelDocument, { input: { ...input, ...over } }, { token: admin })).savePaymentChannel.id;
  }
  return ids;
}

export interface SimAnswer {
  status: number;
  body: string;
}

/** Asks the sandbox gateway to pay a trade (by our out_trade_no) and notify as asked; answers what the api replied. */
export async function simPay(t: TestApp, channel: 'epay' | 'alipay' | 'wechat', outTradeNo: string, behaviour: string): Promise<SimAnswer[]> {
  const res = await fetch(`${t.url}/sim/control/${channel}/${outTradeNo}/${behaviour}`, { method: 'POST' });
  if (!res.ok) throw new Error(`the simulator answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { answers: SimAnswer[] }).answers;
}

export const simChannelOf = (name: ChannelName): 'epay' | 'alipay' | 'wechat' => (name.startsWith('epay') ? 'epay' : name === 'alipay' ? 'alipay' : 'wechat');
