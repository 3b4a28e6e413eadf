import { AuditEventType, ChannelType, DocumentStatus, DocumentType, OrganizationKind, OrganizationStatus, Role, VerificationMethod, addDays, shanghaiDate } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger } from '@nestjs/common';
import { FileService } from '../../modules/files/services/file.service';
import { BrandEntity } from '../../modules/qualifications/entities/brand.entity';
import { QualificationDocumentEntity } from '../../modules/qualifications/entities/qualification-document.entity';
import { DemoCatalogSeed } from './demo-catalog';
import { DemoPaymentsSeed } from './demo-payments';
import { DemoDockingSeed } from './demo-docking';
import { seedActor } from './seed-actor';
import { DemoOrdersSeed } from './demo-orders';
import { DemoTicketsSeed } from './demo-tickets';
import { DemoRatingsSeed } from './demo-ratings';
import { DemoScorecardsSeed } from './demo-scorecards';
import { DemoEliminationSeed } from './demo-elimination';
import { demoPdf, demoPng } from './demo-files';
import { UserEntity } from '../../modules/auth/entities/user.entity';
import { TwoFactorService } from '../../modules/auth/services/two-factor.service';
import { PasswordService } from '../../modules/auth/services/password.service';
import { OrganizationEntity } from '../../modules/organizations/entities/organization.entity';
import { UnitOfWork } from '../../common/unit-of-work/unit-of-work';
import { AuditedChange } from '../../common/events/domain-event';
import { EventBus } from '../../common/events/event-bus';

export const DEMO_PASSWORD = 'Mengyuan#2026';
/**
 * The demo's alliance staff sign in with two-step verification (required for alliance staff) on this TOTP secret:
 * add it to any authenticator app (the start banner prints it), or compute codes with it in tests.
 */
export const DEMO_TOTP_SECRET = 'MENGYUANDEMOTOTPSECRETFORTHEDEMO';

interface DemoDoc {
  type: DocumentType;
  status: DocumentStatus;
  /** validTo, in days from today (negative: already past). */
  validForDays: number;
  brand?: string;
  note?: string;
}

interface DemoOrg {
  name: string;
  documents?: DemoDoc[];
  kind: OrganizationKind;
  channelType?: ChannelType;
  status: OrganizationStatus;
  /** The status the demo's story leaves it in, when not the one it is seeded in (the start banner prints it). */
  endsAs?: OrganizationStatus;
  contactName: string;
  users: { email: string; displayName: string; roles: Role[] }[];
}

const K = OrganizationKind;
const S = OrganizationStatus;
const C = ChannelType;
const D = DocumentType;
const DS = DocumentStatus;

export const DEMO_BRANDS = ['腾讯游戏', '网易游戏', '爱奇艺', '优酷', '中国移动', '中国联通', '学而思网校'];

/** An approved licence set for a supplier or a member. */
const approved = (kind: 'SUPPLIER' | 'MEMBER', days = 700): DemoDoc[] => [
  { type: D.BUSINESS_LICENSE, status: DS.APPROVED, validForDays: days + 400 },
  { type: kind === 'SUPPLIER' ? D.INDUSTRY_LICENSE : D.LEGAL_REP_ID, status: DS.APPROVED, validForDays: days },
];
const pending = (kind: 'SUPPLIER' | 'MEMBER'): DemoDoc[] => [
  { type: D.BUSINESS_LICENSE, status: DS.PENDING, validForDays: 900 },
  { type: kind === 'SUPPLIER' ? D.INDUSTRY_LICENSE : D.LEGAL_REP_ID, status: DS.PENDING, validForDays: 600 },
];

/** The demo alliance: every organisation kind, every supplier channel type, organisations in most statuses. */
export const DEMO_ORGANIZATIONS: DemoOrg[] = [
  {
    name: '盟源联盟运营中心', kind: K.ALLIANCE, status: S.ACTIVE, contactName: '周明',
    users: [
      { email: 'admin@mengyuan.demo', displayName: '联盟管理员 周明', roles: [Role.ADMIN] },
      { email: 'auditor@mengyuan.demo', displayName: '资质审核员 林晓', roles: [Role.AUDITOR] },
    ],
  },
  {
    name: '腾跃互娱官方授权分销有限公司', kind: K.SUPPLIER, channelType: C.OFFICIAL_AUTHORIZED, status: S.ACTIVE, contactName: '陈立',
    documents: [...approved('SUPPLIER'), { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 365, brand: '腾讯游戏' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 20, brand: '网易游戏' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 365, brand: '爱奇艺' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 365, brand: '优酷' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 365, brand: '学而思网校' }],
    users: [
      { email: 'supplier@mengyuan.demo', displayName: '陈立', roles: [Role.OWNER] },
      { email: 'support@mengyuan.demo', displayName: '客服 小王', roles: [Role.SUPPORT] },
      { email: 'tech@mengyuan.demo', displayName: '技术 老李', roles: [Role.TECH] },
    ],
  },
  {
    name: '聚卡数字商品聚合平台', kind: K.SUPPLIER, channelType: C.AGGREGATOR, status: S.ACTIVE, contactName: '赵倩',
    documents: [...approved('SUPPLIER', 25), { type: D.PRODUCT_AUTHORIZATION, status: DS.EXPIRED, validForDays: -10, brand: '爱奇艺' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 300, brand: '中国移动' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 300, brand: '中国联通' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 300, brand: '腾讯游戏' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 300, brand: '网易游戏' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 300, brand: '优酷' }],
    users: [{ email: 'supplier2@mengyuan.demo', displayName: '赵倩', roles: [Role.OWNER] }],
  },
  {
    name: '星河通信话费源头直供', kind: K.SUPPLIER, channelType: C.SOURCE_DIRECT, status: S.PROBATION, contactName: '孙浩',
    documents: [...approved('SUPPLIER'), { type: D.PRODUCT_AUTHORIZATION, status: DS.PENDING, validForDays: 365, brand: '中国联通' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 365, brand: '中国移动' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 365, brand: '爱奇艺' }],
    users: [{ email: 'supplier3@mengyuan.demo', displayName: '孙浩', roles: [Role.OWNER] }],
  },
  {
    name: '华南卡盟分销联盟成员店', kind: K.SUPPLIER, channelType: C.ALLIANCE_PEER, status: S.UNDER_REVIEW, contactName: '吴敏',
    documents: pending('SUPPLIER'),
    users: [{ email: 'supplier4@mengyuan.demo', displayName: '吴敏', roles: [Role.OWNER] }],
  },
  {
    name: '极速云充科技', kind: K.SUPPLIER, channelType: C.AGGREGATOR, status: S.APPLIED, contactName: '郑凯',
    documents: [{ type: D.BUSINESS_LICENSE, status: DS.REJECTED, validForDays: 500, note: '营业执照照片模糊，无法辨认注册号，请重新上传清晰扫描件' }],
    users: [{ email: 'supplier5@mengyuan.demo', displayName: '郑凯', roles: [Role.OWNER] }],
  },
  {
    // Admitted and selling; the alliance suspends it once its quarter's records are in (demo-elimination.ts).
    name: '低价影视卡批发部', kind: K.SUPPLIER, channelType: C.SOURCE_DIRECT, status: S.ACTIVE, endsAs: S.SUSPENDED, contactName: '钱多',
    documents: [...approved('SUPPLIER'), { type: D.PRODUCT_AUTHORIZATION, status: DS.APPROVED, validForDays: 180, brand: '优酷' }, { type: D.PRODUCT_AUTHORIZATION, status: DS.EXPIRED, validForDays: -15, brand: '爱奇艺' }],
    users: [{ email: 'supplier6@mengyuan.demo', displayName: '钱多', roles: [Role.OWNER] }],
  },
  {
    name: '乐购数字商城', kind: K.MEMBER, status: S.ACTIVE, contactName: '刘洋',
    documents: approved('MEMBER'),
    users: [
      { email: 'member@mengyuan.demo', displayName: '刘洋', roles: [Role.OWNER] },
      { email: 'operator@mengyuan.demo', displayName: '运营 小张', roles: [Role.OPERATOR] },
    ],
  },
  {
    name: '小象虚拟商品店', kind: K.MEMBER, status: S.ACTIVE, contactName: '黄蕾',
    documents: approved('MEMBER', 28),
    users: [{ email: 'member2@mengyuan.demo', displayName: '黄蕾', roles: [Role.OWNER] }],
  },
  {
    name: '蓝鲸电竞服务工作室', kind: K.MEMBER, status: S.UNDER_REVIEW, contactName: '马超',
    documents: pending('MEMBER'),
    users: [{ email: 'member3@mengyuan.demo', displayName: '马超', roles: [Role.OWNER] }],
  },
  {
    name: '新手试水小店', kind: K.MEMBER, status: S.APPLIED, contactName: '何静',
    users: [{ email: 'member4@mengyuan.demo', displayName: '何静', roles: [Role.OWNER] }],
  },
];

/** A valid-looking 统一社会信用代码 for demo organisation n. */
const demoCreditCode = (n: number) => `91310000MA${String(100000 + n).padStart(8, '0')}`;

@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
    private readonly events: EventBus,
    private readonly files: FileService,
    private readonly catalog: DemoCatalogSeed,
    private readonly orders: DemoOrdersSeed,
    private readonly tickets: DemoTicketsSeed,
    private readonly ratings: DemoRatingsSeed,
    private readonly scorecards: DemoScorecardsSeed,
    private readonly elimination: DemoEliminationSeed,
    private readonly payments: DemoPaymentsSeed,
    private readonly docking: DemoDockingSeed,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /**
   * Seeds the demo alliance into an empty database; returns false when there was something already.
   * The catalog comes after the organisations have committed: imports run in transactions of their own.
   */
  async seedIfEmpty(options: { catalog?: boolean } = {}): Promise<boolean> {
    if (!(await this.seedOrganizations())) return false;
    await this.scorecards.watchProbation();
    // 低价影视卡批发部 is suspended by an admin: after its quarter's records (with the catalog), before its evaluation.
    const suspension = () => this.elimination.suspend();
    if (!(options.catalog ?? true)) {
      await suspension();
      return true;
    }
    const steps: [string, () => Promise<void>][] = [
      ['catalog', () => this.catalog.seed()], ['orders', () => this.orders.seed()], ['tickets', () => this.tickets.seed()], ['ratings', () => this.ratings.seed()],
      ['elimination', () => this.elimination.seed()], ['suspension', suspension], ['scorecards', () => this.scorecards.seed()], ['payments', () => this.payments.seed()],
      ['docking', () => this.docking.seed()],
    ];
    for (const [name, step] of steps) {
      const started = Date.now();
      await step();
      this.logger.log(`demo ${name} seeded in ${Date.now() - started} ms`);
    }
    return true;
  }

  @UnitOfWork()
  private async seedOrganizations(): Promise<boolean> {
    const em = this.txHost.tx;
    if ((await em.getRepository(OrganizationEntity).count()) > 0) return false;
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    let n = 0;
    for (const demo of DEMO_ORGANIZATIONS) {
      n += 1;
      const org = await em.getRepository(OrganizationEntity).save(
        em.getRepository(OrganizationEntity).create({
          name: demo.name,
          kind: demo.kind,
          channelType: demo.channelType ?? null,
          status: demo.status,
          unifiedSocialCreditCode: demoCreditCode(n),
          contactName: demo.contactName,
          contactPhone: `1380013${String(8000 + n)}`,
        }),
      );
      for (const u of demo.users) {
        const { identifiers } = await em.getRepository(UserEntity).insert({ organizationId: org.id, email: u.email, displayName: u.displayName, passwordHash, roles: u.roles, sessionVersion: 0 });
        if (this.twoFactor.required(demo.kind)) await this.twoFactor.enableWithSecret(identifiers[0].id as string, DEMO_TOTP_SECRET);
      }
      await this.events.publish(new AuditedChange(null, AuditEventType.ORGANIZATION_REGISTERED, {
        organizationId: org.id,
        subjectType: 'organization',
        subjectId: org.id,
        payload: { name: org.name, kind: org.kind, channelType: org.channelType, status: org.status, demo: true },
      }));
      if (demo.documents?.length) await this.seedDocuments(org, demo, n);
    }
    return true;
  }

  private brands = new Map<string, string>();

  private async brandId(name: string): Promise<string> {
    if (!this.brands.size) {
      const repo = this.txHost.tx.getRepository(BrandEntity);
      for (const b of DEMO_BRANDS) {
        const brand = repo.create({ name: b, createdAt: new Date() });
        await repo.insert(brand);
        this.brands.set(b, brand.id);
      }
    }
    return this.brands.get(name)!;
  }

  /** Documents in every status, each with a small generated PDF or PNG, so the review queue is never empty. */
  private async seedDocuments(org: OrganizationEntity, demo: DemoOrg, n: number): Promise<void> {
    const em = this.txHost.tx;
    const actor = await seedActor(em, demo.users[0].email);
    const reviewer = await em.getRepository(UserEntity).findOneByOrFail({ email: 'auditor@mengyuan.demo' });
    const today = shanghaiDate(new Date());
    for (const [i, d] of demo.documents!.entries()) {
      const number = `${d.type === D.LEGAL_REP_ID ? '3101' : 'SH'}${String(n).padStart(2, '0')}${String(2026000 + i * 7919).padStart(8, '0')}`;
      const bytes = d.type === D.LEGAL_REP_ID
        ? demoPng([70, 110, 190])
        : demoPdf([d.type.replace('_', ' '), `No. ${number}`, `Holder: demo organisation ${n}`, `Valid to ${addDays(today, d.validForDays)}`, 'MENGYUAN DEMO DOCUMENT']);
      const file = await this.files.store(actor, `${d.type.toLowerCase()}.${d.type === D.LEGAL_REP_ID ? 'png' : 'pdf'}`, bytes);
      const reviewed = d.status !== DS.PENDING;
      await em.getRepository(QualificationDocumentEntity).insert({
        organizationId: org.id,
        type: d.type,
        number,
        issuer: d.type === D.BUSINESS_LICENSE ? '上海市市场监督管理局' : d.type === D.INDUSTRY_LICENSE ? '上海市通信管理局' : d.type === D.LEGAL_REP_ID ? '上海市公安局' : `${d.brand}（品牌方）`,
        validFrom: addDays(today, -365),
        validTo: addDays(today, d.validForDays),
        brandId: d.brand ? await this.brandId(d.brand) : null,
        // 注册资本超千万: the official channel's licence states 5,000 万元.
        registeredCapital: d.type === D.BUSINESS_LICENSE && demo.channelType === C.OFFICIAL_AUTHORIZED ? '50000000000' : null,
        fileId: file.id,
        status: d.status,
        verificationMethod: reviewed && d.status !== DS.REJECTED ? VerificationMethod.NECIPS_LOOKUP : null,
        reviewNote: d.note ?? null,
        reviewedByUserId: reviewed ? reviewer.id : null,
        reviewedAt: reviewed ? new Date() : null,
        superseded: false,
        createdAt: new Date(Date.now() - (demo.documents!.length - i) * 3_600_000),
      });
    }
  }
}
