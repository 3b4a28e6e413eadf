import { AuditEventType, ChannelType, OrganizationKind, OrganizationStatus, Role } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../modules/audit/audit.service';
import { UserEntity } from '../../modules/auth/entities/user.entity';
import { PasswordService } from '../../modules/auth/services/password.service';
import { OrganizationEntity } from '../../modules/organizations/entities/organization.entity';

export const DEMO_PASSWORD = 'Mengyuan#2026';

interface DemoOrg {
  name: string;
  kind: OrganizationKind;
  channelType?: ChannelType;
  status: OrganizationStatus;
  contactName: string;
  users: { email: string; displayName: string; roles: Role[] }[];
}

const K = OrganizationKind;
const S = OrganizationStatus;
const C = ChannelType;

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
    users: [
      { email: 'supplier@mengyuan.demo', displayName: '陈立', roles: [Role.OWNER] },
      { email: 'support@mengyuan.demo', displayName: '客服 小王', roles: [Role.SUPPORT] },
      { email: 'tech@mengyuan.demo', displayName: '技术 老李', roles: [Role.TECH] },
    ],
  },
  {
    name: '聚卡数字商品聚合平台', kind: K.SUPPLIER, channelType: C.AGGREGATOR, status: S.ACTIVE, contactName: '赵倩',
    users: [{ email: 'supplier2@mengyuan.demo', displayName: '赵倩', roles: [Role.OWNER] }],
  },
  {
    name: '星河通信话费源头直供', kind: K.SUPPLIER, channelType: C.SOURCE_DIRECT, status: S.PROBATION, contactName: '孙浩',
    users: [{ email: 'supplier3@mengyuan.demo', displayName: '孙浩', roles: [Role.OWNER] }],
  },
  {
    name: '华南卡盟分销联盟成员店', kind: K.SUPPLIER, channelType: C.ALLIANCE_PEER, status: S.UNDER_REVIEW, contactName: '吴敏',
    users: [{ email: 'supplier4@mengyuan.demo', displayName: '吴敏', roles: [Role.OWNER] }],
  },
  {
    name: '极速云充科技', kind: K.SUPPLIER, channelType: C.AGGREGATOR, status: S.APPLIED, contactName: '郑凯',
    users: [{ email: 'supplier5@mengyuan.demo', displayName: '郑凯', roles: [Role.OWNER] }],
  },
  {
    name: '低价影视卡批发部', kind: K.SUPPLIER, channelType: C.SOURCE_DIRECT, status: S.SUSPENDED, contactName: '钱多',
    users: [{ email: 'supplier6@mengyuan.demo', displayName: '钱多', roles: [Role.OWNER] }],
  },
  {
    name: '乐购数字商城', kind: K.MEMBER, status: S.ACTIVE, contactName: '刘洋',
    users: [
      { email: 'member@mengyuan.demo', displayName: '刘洋', roles: [Role.OWNER] },
      { email: 'operator@mengyuan.demo', displayName: '运营 小张', roles: [Role.OPERATOR] },
    ],
  },
  {
    name: '小象虚拟商品店', kind: K.MEMBER, status: S.ACTIVE, contactName: '黄蕾',
    users: [{ email: 'member2@mengyuan.demo', displayName: '黄蕾', roles: [Role.OWNER] }],
  },
  {
    name: '蓝鲸电竞服务工作室', kind: K.MEMBER, status: S.UNDER_REVIEW, contactName: '马超',
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
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  /** Seeds the demo alliance into an empty database; returns false when there was something already. */
  @Transactional()
  async seedIfEmpty(): Promise<boolean> {
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
        await em.getRepository(UserEntity).insert({ organizationId: org.id, email: u.email, displayName: u.displayName, passwordHash, roles: u.roles, sessionVersion: 0 });
      }
      await this.audit.record({
        type: AuditEventType.ORGANIZATION_REGISTERED,
        organizationId: org.id,
        subjectType: 'organization',
        subjectId: org.id,
        payload: { name: org.name, kind: org.kind, channelType: org.channelType, status: org.status, demo: true },
      });
    }
    return true;
  }
}
