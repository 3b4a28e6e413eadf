import { Injectable } from '@nestjs/common';

/** Names of subjects of one kind, by id (ids it does not know are left out). */
export type Namer = (ids: string[]) => Promise<Map<string, string>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a person calls a subject (an organisation by name, an order by its order number, a ticket as TK000123…):
 * each module that owns a kind of subject registers how to name it, from its own tables, as it registers its event
 * handlers; whoever shows subjects (the audit log) asks here and reads no other module's tables.
 */
@Injectable()
export class SubjectNames {
  private readonly namers = new Map<string, Namer>();

  register(kind: string, namer: Namer): void {
    this.namers.set(kind, namer);
  }

  async of(kind: string, ids: readonly string[]): Promise<Map<string, string>> {
    const namer = this.namers.get(kind);
    const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
    return namer && valid.length ? namer(valid) : new Map();
  }
}
