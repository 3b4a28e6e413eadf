import { formatFen } from '@mengyuan/domain';
import { Injectable } from '@nestjs/common';

/**
 * Names of subjects of one kind, by id (ids it does not know are left out). A name is what people read, in no
 * language of its own: numbers, amounts, dates, names people gave; a word the reader's language must say is written
 * `#Enum.VALUE` (a GraphQL enum and its value, e.g. `#RiskEventType.LARGE_ORDER`) and translated by the app, parts
 * joined by ' · '.
 */
export type Namer = (ids: string[]) => Promise<Map<string, string>>;

/** An instant as a name part: Asia/Shanghai, to the minute (2026-11-03 14:05). */
export function nameOfInstant(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** Money as a name part (¥1,234.50). */
export const nameOfAmount = (fen: string): string => formatFen(fen);

/** A number people are given (WD000123): the prefix and at least six digits. */
export const nameOfNumber = (prefix: string, n: string | number): string => `${prefix}${String(n).padStart(6, '0')}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a person calls a subject (an organisation by name, an order by its order number, a ticket as TK000123…):
 * each module that owns a kind of subject registers how to name it, from its own tables, as it registers its event
 * handlers; whoever shows subjects (the audit log) asks here and reads no other module's tables.
 */
@Injectable()
export class SubjectNames {
  private readonly namers = new Map<string, { namer: Namer; keys: 'uuid' | 'text' }>();

  /** `keys: 'text'`: the kind's ids are keys, not uuids (a setting's key, the one set of score weights). */
  register(kind: string, namer: Namer, options: { keys?: 'uuid' | 'text' } = {}): void {
    this.namers.set(kind, { namer, keys: options.keys ?? 'uuid' });
  }

  /** The kinds someone names (a spec checks every SUBJECT_TYPES kind is among them). */
  kinds(): string[] {
    return [...this.namers.keys()];
  }

  async of(kind: string, ids: readonly string[]): Promise<Map<string, string>> {
    const entry = this.namers.get(kind);
    if (!entry) return new Map();
    const valid = [...new Set(ids.filter((id) => (entry.keys === 'uuid' ? UUID.test(id) : id.length > 0 && id.length <= 200)))];
    return valid.length ? entry.namer(valid) : new Map();
  }
}
