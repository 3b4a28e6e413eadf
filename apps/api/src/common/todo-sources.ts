import type { OrganizationKind, Role, TodoKind, TodoSeverity } from '@mengyuan/domain';
import { Injectable, Logger } from '@nestjs/common';

/** Who is looking at the to-do list. */
export interface TodoViewer {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  roles: readonly Role[];
}

/** One piece of work: what, about which subject, by when, and where (a path of the viewer's app) it is done. */
export interface TodoItem {
  kind: TodoKind;
  /** The subject (ticket, candidacy, document…), or the organisation for a count of many. */
  subjectId: string;
  /** What the text says (a ticket number, a document type, a count…), rendered through i18n todos.<kind>. */
  params: Record<string, unknown>;
  dueAt: Date | null;
  severity: TodoSeverity;
  /** Where it is done, a path of the viewer's app (portal: /tickets/…, admin: /appeals…). */
  link: string;
}

/** Finds the viewer's to-dos of one module; answers [] for viewers it has nothing for. */
export type TodoSource = (viewer: TodoViewer) => Promise<TodoItem[]>;

/**
 * The to-do list (待办) of every dashboard, assembled from the modules that own the work: each registers how to
 * find its own to-dos, from its own tables, as it registers its event handlers (like SubjectNames). An item is
 * computed from the state of things, so it disappears once the work is done. A source that fails is logged and
 * left out rather than taking the list down.
 */
@Injectable()
export class TodoSources {
  private readonly log = new Logger(TodoSources.name);
  private readonly sources = new Map<string, TodoSource>();

  register(name: string, source: TodoSource): void {
    if (this.sources.has(name)) throw new Error(`to-do source ${name} is registered twice`);
    this.sources.set(name, source);
  }

  /** Everything the viewer has to do, the nearest deadline first (undated work after dated). */
  async of(viewer: TodoViewer): Promise<TodoItem[]> {
    const lists = await Promise.all(
      [...this.sources].map(async ([name, source]) => {
        try {
          return await source(viewer);
        } catch (err) {
          this.log.error(`to-do source ${name} failed: ${(err as Error)?.stack ?? String(err)}`);
          return [];
        }
      }),
    );
    const rank = { DANGER: 0, WARNING: 1, INFO: 2 } as const;
    return lists.flat().sort((a, b) => (a.dueAt ? a.dueAt.getTime() : Infinity) - (b.dueAt ? b.dueAt.getTime() : Infinity) || rank[a.severity] - rank[b.severity]);
  }
}
