import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import ownedTables from './eslint-rules/owned-tables.mjs';

/** Which api module owns (alone writes) which tables. */
const TABLE_OWNERS = {
  auth: ['users', 'refresh_tokens', 'api_keys', 'auth_attempts', 'user_invitations'],
  organizations: ['organizations'],
  audit: ['audit_events', 'audit_outbox'],
  files: ['files'],
  qualifications: ['brands', 'qualification_documents'],
  notifications: ['notifications'],
  catalog: ['skus', 'sku_price_changes', 'offers', 'offer_price_changes', 'offer_stock_deltas'],
  inventory: ['card_batches', 'card_codes'],
  risk: ['risk_events'],
  ledger: ['ledger_accounts', 'ledger_transactions', 'ledger_entries'],
  orders: ['orders', 'order_lines', 'order_attempts', 'topup_tasks', 'order_velocity'],
  webhooks: ['webhook_endpoints', 'webhook_deliveries', 'webhook_attempts'],
  tickets: ['tickets', 'ticket_messages', 'ticket_resolutions', 'ticket_auto_rules', 'sla_calendars', 'sla_calendar_exceptions', 'sla_calendar_versions',
    'sla_policies', 'sla_clocks', 'sla_clock_events', 'sla_breaches'],
  dashboards: ['dashboard_member_daily', 'dashboard_daily', 'dashboard_compaction'],
  ratings: ['ratings', 'rating_removal_requests', 'rating_ticket_facts'],
  scorecards: ['score_fact_daily', 'score_rating_facts', 'score_weights', 'scorecards', 'score_history', 'evaluation_runs', 'evaluation_scores', 'evaluation_evidence', 'evaluation_candidates',
    'evaluation_appeals', 'probation_watches'],
};

/**
 * What one api module may import from another: its Nest module, its public services, events, errors, DTOs
 * and types. Entities, inputs, resolvers, jobs and helper internals stay inside their module.
 */
const MODULE_INTERNALS = ['entities/**', 'inputs/**', 'resolvers/**', 'handlers/**', 'services/!(*.service).ts', '*.jobs.ts', '*.controller.ts'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated.ts', '**/.data/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { boundaries, mengyuan: { rules: { 'owned-tables': ownedTables } } },
    settings: {
      'boundaries/elements': [{ type: 'module', pattern: 'apps/api/src/modules/*', capture: ['name'] }],
      'import/resolver': { node: { extensions: ['.ts', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'module' } },
              disallow: { to: { element: { type: 'module', captured: { name: '!{{ from.element.captured.name }}' }, fileInternalPath: MODULE_INTERNALS } } },
            },
          ],
        },
      ],
      'mengyuan/owned-tables': ['error', TABLE_OWNERS],
    },
  },
  {
    // Integration specs use the typed documents from packages/graphql; a cast would hide a wrong document.
    files: ['apps/api/test/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', { selector: 'TSAsExpression > TSNeverKeyword', message: 'Use the typed documents from @mengyuan/graphql instead of casting to never.' }] },
  },
  {
    files: ['apps/portal/**/*.tsx', 'apps/admin/**/*.tsx', 'packages/ui/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
