import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AuditEventType } from '@mengyuan/domain';
import { sharedEn, sharedZhCN } from '../../../../packages/ui/src/i18n/resources';

// The app's resources as they are handed to i18next, without starting i18next.
jest.mock('@mengyuan/ui', () => ({ initI18n: (resources: unknown) => resources }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { i18n: app } = require('../i18n') as { i18n: Record<'zh-CN' | 'en', Tree> };

type Tree = { [k: string]: string | Tree };
const REPO = join(__dirname, '../../../..');

/** Where each GraphQL enum's labels live (key prefix; the value is appended). A new enum must be added here. */
const ENUM_LABELS: Record<string, string> = {
  ApiKeyScope: 'enums.ApiKeyScope', AttemptOutcome: 'ord.attempt', BatchStatus: 'cat.batchStatus', CalendarExceptionKind: 'tk.exceptionKind', CalendarKind: 'tk.calendarKind',
  Category: 'cat.category', ChannelType: 'org.channel', CodeStatus: 'enums.CodeStatus', DeliveryMode: 'cat.delivery', DocumentStatus: 'doc.status', DocumentType: 'doc.type',
  Fault: 'tk.fault', InvitationStatus: 'con.invitationStatus', Landing: 'con.landing', LedgerAccountKind: 'con.accountKind', LedgerTransactionType: 'ord.txType',
  NotificationType: 'enums.NotificationType', OfferAction: 'enums.OfferAction', OfferPauseReason: 'cat.pauseReason', OfferStatus: 'cat.offerStatus', OrderStatus: 'ord.status',
  OrganizationAction: 'orgs.action', OrganizationKind: 'org.kind', OrganizationStatus: 'org.status', PriceChangeStatus: 'cat.priceStatus', ResolutionKind: 'tk.resolution',
  ReviewDecision: 'orgs.action', RiskEventStatus: 'cat.riskStatus', RiskEventType: 'enums.RiskEventType', Role: 'org.role', RulingAgainst: 'tk.against', SampleResult: 'enums.SampleResult',
  SkuStatus: 'cat.skuStatus', SlaClockState: 'tk.clockState', SlaMetric: 'tk.metric', StockState: 'cat.stock', TicketAction: 'tk.action', TicketAuthorKind: 'tk.author',
  TicketCategory: 'tk.category', TicketSort: 'tk.sort', TicketStatus: 'tk.status', TicketTier: 'tk.tier', TopupAction: 'enums.TopupAction', TopupTaskStatus: 'ord.topup.status',
  VerificationMethod: 'doc.method', WebhookDeliveryStatus: 'enums.WebhookDeliveryStatus',
  AppealDecision: 'score.appealDecision', AppealStatus: 'score.appealStatus', CandidateDecision: 'score.candidateDecision', EvaluationCandidateStatus: 'score.candidateStatus',
  ProbationMeasure: 'score.probationMeasure', ProbationStatus: 'score.probationStatus', RoutingRule: 'score.routingRule', ScoreDimension: 'score.dimension',
  RatingRemovalStatus: 'ratingRemovals.status', RatingSide: 'ratingRemovals.side', RatingStatus: 'enums.RatingStatus',
};

function merge(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = typeof v === 'object' && typeof out[k] === 'object' ? merge(out[k] as Tree, v) : v;
  return out;
}
const trees = { 'zh-CN': merge(sharedZhCN as unknown as Tree, app['zh-CN']), en: merge(sharedEn as unknown as Tree, app.en) };
const label = (tree: Tree, key: string): string | undefined => {
  const v = key.split('.').reduce<string | Tree | undefined>((o, k) => (o && typeof o === 'object' ? o[k] : undefined), tree);
  return typeof v === 'string' && v.trim() ? v : undefined;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every event type the api publishes: the audit log's, and each DomainEvent's `readonly type = '…'`. */
function publishedEventTypes(): string[] {
  const literal = /readonly type(?:: string)? = '([a-z_]+\.[a-z_.]+)'/g;
  const found = files(join(REPO, 'apps/api/src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(literal)].map((m) => m[1]));
  return [...new Set([...Object.values(AuditEventType), ...found])].sort();
}

function schemaEnums(): [string, string[]][] {
  const schema = readFileSync(join(REPO, 'packages/graphql/schema.graphql'), 'utf8');
  return [...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map((m) => [m[1], m[2].split('\n').map((l) => l.trim()).filter((l) => /^[A-Z][A-Z0-9_]*$/.test(l))]);
}

describe('the user’s language in the admin console', () => {
  it('finds what it checks', () => {
    expect(publishedEventTypes().length).toBeGreaterThanOrEqual(46);
    expect(schemaEnums().length).toBeGreaterThanOrEqual(40);
  });

  it.each(['zh-CN', 'en'] as const)('labels every event type the api publishes in %s', (lang) => {
    const missing = publishedEventTypes().filter((type) => !label(trees[lang], `eventType.${type.replace(/[^a-zA-Z0-9]/g, '_')}`));
    expect(missing).toEqual([]);
  });

  it.each(['zh-CN', 'en'] as const)('labels every value of every GraphQL enum in %s', (lang) => {
    const missing: string[] = [];
    for (const [name, values] of schemaEnums()) {
      const prefix = ENUM_LABELS[name];
      if (!prefix) missing.push(`${name} (no labels registered in ENUM_LABELS)`);
      else for (const v of values) if (!label(trees[lang], `${prefix}.${v}`)) missing.push(`${name}.${v} (${prefix}.${v})`);
    }
    expect(missing).toEqual([]);
  });

  it.each(['zh-CN', 'en'] as const)('names the kind of every audit subject the api records in %s', (lang) => {
    const subjectTypes = [...new Set(files(join(REPO, 'apps/api/src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/subjectType: '([a-z_]+)'/g)].map((m) => m[1])))];
    expect(subjectTypes.length).toBeGreaterThanOrEqual(15);
    expect(subjectTypes.filter((type) => !label(trees[lang], `subjectType.${type}`))).toEqual([]);
  });

  it('does not label in Chinese with English (a label copied without translating)', () => {
    const same = publishedEventTypes()
      .map((type) => `eventType.${type.replace(/[^a-zA-Z0-9]/g, '_')}`)
      .filter((key) => label(trees['zh-CN'], key) === label(trees.en, key));
    expect(same).toEqual([]);
  });
});
