import { PRICE_NOTICE_HOURS } from './catalog';
import { RISK_DEFAULTS } from './orders';
import { APPEAL_WINDOW_DAYS, ELIMINATION_THRESHOLD, RoutingRule } from './scoring';

/**
 * The alliance's settings an admin changes in the console (issue 22): stored in the database, versioned and
 * audited; the environment variable of the same name is only the default until the first change.
 */
export const AllianceSettingKey = {
  ROUTING_RULE: 'ROUTING_RULE',
  ROUTING_SCORE_EXPONENT: 'ROUTING_SCORE_EXPONENT',
  ROUTING_SCORE_FLOOR: 'ROUTING_SCORE_FLOOR',
  ROUTING_PROBATION_SHARE: 'ROUTING_PROBATION_SHARE',
  RISK_REVIEW_ABOVE_FEN: 'RISK_REVIEW_ABOVE_FEN',
  ORDER_VELOCITY_PER_MINUTE: 'ORDER_VELOCITY_PER_MINUTE',
  UNVERIFIED_ORDER_CAP_FEN: 'UNVERIFIED_ORDER_CAP_FEN',
  PRICE_NOTICE_HOURS: 'PRICE_NOTICE_HOURS',
  EVALUATION_THRESHOLD: 'EVALUATION_THRESHOLD',
  EVALUATION_APPEAL_DAYS: 'EVALUATION_APPEAL_DAYS',
  WEBHOOK_RETRY_LIMIT: 'WEBHOOK_RETRY_LIMIT',
  WEBHOOK_RETRY_DELAY_SECONDS: 'WEBHOOK_RETRY_DELAY_SECONDS',
} as const;
export type AllianceSettingKey = (typeof AllianceSettingKey)[keyof typeof AllianceSettingKey];

/** How a setting's value is written: a choice of words, an integer, a decimal, or money in fen. */
export const SettingValueKind = { CHOICE: 'CHOICE', INTEGER: 'INTEGER', DECIMAL: 'DECIMAL', FEN: 'FEN' } as const;
export type SettingValueKind = (typeof SettingValueKind)[keyof typeof SettingValueKind];

/** Which part of the alliance a setting governs (the console groups them so). */
export const SettingGroup = { ROUTING: 'ROUTING', RISK: 'RISK', CATALOG: 'CATALOG', EVALUATION: 'EVALUATION', WEBHOOKS: 'WEBHOOKS' } as const;
export type SettingGroup = (typeof SettingGroup)[keyof typeof SettingGroup];

export interface SettingDefinition {
  key: AllianceSettingKey;
  group: SettingGroup;
  kind: SettingValueKind;
  /** Inclusive bounds (INTEGER, DECIMAL, FEN); CHOICE: `choices`. */
  min?: number;
  max?: number;
  choices?: readonly string[];
  /** The built-in default, when the environment does not set one. */
  builtIn: string;
}

export const SETTING_DEFINITIONS: readonly SettingDefinition[] = [
  { key: 'ROUTING_RULE', group: 'ROUTING', kind: 'CHOICE', choices: [RoutingRule.STRICT, RoutingRule.WEIGHTED], builtIn: RoutingRule.STRICT },
  { key: 'ROUTING_SCORE_EXPONENT', group: 'ROUTING', kind: 'DECIMAL', min: 0, max: 10, builtIn: '2' },
  { key: 'ROUTING_SCORE_FLOOR', group: 'ROUTING', kind: 'DECIMAL', min: 0, max: 100, builtIn: '10' },
  { key: 'ROUTING_PROBATION_SHARE', group: 'ROUTING', kind: 'DECIMAL', min: 0, max: 1, builtIn: '0.2' },
  { key: 'RISK_REVIEW_ABOVE_FEN', group: 'RISK', kind: 'FEN', min: 100, max: 100_000_000_00, builtIn: RISK_DEFAULTS.reviewAboveFen.toString() },
  { key: 'ORDER_VELOCITY_PER_MINUTE', group: 'RISK', kind: 'INTEGER', min: 1, max: 100_000, builtIn: String(RISK_DEFAULTS.velocityPerMinute) },
  { key: 'UNVERIFIED_ORDER_CAP_FEN', group: 'RISK', kind: 'FEN', min: 0, max: 100_000_000_00, builtIn: RISK_DEFAULTS.unverifiedOrderCapFen.toString() },
  { key: 'PRICE_NOTICE_HOURS', group: 'CATALOG', kind: 'INTEGER', min: 1, max: 24 * 30, builtIn: String(PRICE_NOTICE_HOURS) },
  { key: 'EVALUATION_THRESHOLD', group: 'EVALUATION', kind: 'DECIMAL', min: 0, max: 100, builtIn: String(ELIMINATION_THRESHOLD) },
  { key: 'EVALUATION_APPEAL_DAYS', group: 'EVALUATION', kind: 'INTEGER', min: 1, max: 90, builtIn: String(APPEAL_WINDOW_DAYS) },
  { key: 'WEBHOOK_RETRY_LIMIT', group: 'WEBHOOKS', kind: 'INTEGER', min: 0, max: 50, builtIn: '8' },
  { key: 'WEBHOOK_RETRY_DELAY_SECONDS', group: 'WEBHOOKS', kind: 'INTEGER', min: 1, max: 3600, builtIn: '10' },
];

export const settingDefinition = (key: AllianceSettingKey): SettingDefinition => {
  const d = SETTING_DEFINITIONS.find((s) => s.key === key);
  if (!d) throw new Error(`Unknown alliance setting ${key}`);
  return d;
};

/**
 * Checks a value typed for a setting; null when it is acceptable, else what is wrong (English, for the api's
 * VALIDATION_FAILED; the console shows its own words beside the field). The value as stored: canonical text.
 */
export function checkSettingValue(def: SettingDefinition, raw: string): { value: string } | { problem: string } {
  const text = raw.trim();
  if (def.kind === SettingValueKind.CHOICE) {
    const v = text.toUpperCase();
    return def.choices!.includes(v) ? { value: v } : { problem: `must be one of ${def.choices!.join(', ')}` };
  }
  const pattern = def.kind === SettingValueKind.DECIMAL ? /^-?\d+(\.\d+)?$/ : /^-?\d+$/;
  if (!pattern.test(text)) return { problem: def.kind === SettingValueKind.DECIMAL ? 'must be a number' : 'must be a whole number' };
  const n = Number(text);
  if (def.min !== undefined && n < def.min) return { problem: `must be at least ${def.min}` };
  if (def.max !== undefined && n > def.max) return { problem: `must be at most ${def.max}` };
  return { value: String(n) };
}
