import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { runUnitOfWork } from '../../common/unit-of-work/unit-of-work';
import { PaymentChannelService } from '../../modules/payments/services/payment-channel.service';
import { TopupRequestService } from '../../modules/payments/services/topup-request.service';
import { WithdrawalService } from '../../modules/payments/services/withdrawal.service';
import { PaymentSimulatorHost } from '../../modules/payments/http/payments-http';
import { seedActor } from './seed-actor';

/**
 * Money in and out for the demo: the alliance's receiving account, a T+1 settlement rule, and — when the sandbox
 * gateways run in this process — one channel of each kind pointed at them with their generated keys, so the
 * demo member can pay by QR in the browser and watch the wallet rise. Plus one bank transfer waiting for finance.
 */
@Injectable()
export class DemoPaymentsSeed {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly channels: PaymentChannelService,
    private readonly topups: TopupRequestService,
    private readonly withdrawals: WithdrawalService,
    private readonly sim: PaymentSimulatorHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(): Promise<void> {
    const admin = await runUnitOfWork(() => seedActor(this.txHost.tx, 'admin@mengyuan.demo'));
    const member = await runUnitOfWork(() => seedActor(this.txHost.tx, 'member@mengyuan.demo'));
    const account = await this.topups.saveBankAccount(admin, { bankName: '招商银行', branch: '上海陆家嘴支行', accountName: '上海盟源数字科技联盟有限公司', accountNo: '1219 0888 8800 0001', note: '转账附言请注明贵司名称', active: true });
    await this.withdrawals.setPolicy(admin, { organizationId: null, cycle: 'T1', withdrawalFeeRateBp: 0, withdrawalFeeFixed: '0' });
    await this.topups.request(member, { amount: '300000', transferReference: 'CMB20260315000123', bankAccountId: account.id, note: '三月备付金' });
    const simulator = this.sim.simulator;
    if (!simulator) return;
    const c = await simulator.credentials();
    // The sandbox answers on this api's own port (PUBLIC_URL when it is set).
    const base = `${this.config.publicUrl ?? `http://127.0.0.1:${this.config.port}`}/sim`;
    const channels: { kind: 'EPAY' | 'ALIPAY' | 'WECHAT_PAY'; name: string; merchantId: string; gatewayUrl: string; settings: Record<string, string>; secrets: Record<string, string>; feeRateBp: number }[] = [
      { kind: 'EPAY', name: '易支付（V1 · MD5）', merchantId: c.epay.pid, gatewayUrl: `${base}/epay`, settings: { version: 'V1', payType: 'alipay' }, secrets: { key: c.epay.key }, feeRateBp: 100 },
      {
        kind: 'EPAY', name: '易支付（V2 · RSA）', merchantId: c.epay.pidV2, gatewayUrl: `${base}/epay`, settings: { version: 'V2', payType: 'wxpay' },
        secrets: { merchantPrivateKey: c.epay.merchant.privateKey, platformPublicKey: c.epay.platform.publicKey }, feeRateBp: 100,
      },
      { kind: 'ALIPAY', name: '支付宝', merchantId: c.alipay.appId, gatewayUrl: `${base}/alipay/gateway.do`, settings: { sellerId: c.alipay.sellerId }, secrets: { appPrivateKey: c.alipay.app.privateKey, alipayPublicKey: c.alipay.alipay.publicKey }, feeRateBp: 60 },
      {
        kind: 'WECHAT_PAY', name: '微信支付', merchantId: c.wechat.mchid, gatewayUrl: `${base}/wechat`,
        settings: { appid: c.wechat.appid, merchantSerial: c.wechat.merchantSerial, platformKeyId: c.wechat.platformKeyId },
        secrets: { merchantPrivateKey: c.wechat.merchant.privateKey, platformPublicKey: c.wechat.platform.publicKey, apiV3Key: c.wechat.apiV3Key }, feeRateBp: 60,
      },
    ];
    for (const ch of channels) await this.channels.save(admin, { ...ch, enabled: true, mode: 'QR', feeFixed: '0', windowMinutes: 15 });
  }
}
