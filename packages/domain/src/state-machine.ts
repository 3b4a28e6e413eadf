/** A transition target: a fixed next state, or one computed from context (e.g. the organisation's kind). */
export type Target<S, C> = S | ((context: C) => S);
export type TransitionTable<S extends string, A extends string, C> = Record<S, Partial<Record<A, Target<S, C>>>>;

export interface Transitions<S extends string, A extends string, C> {
  readonly table: TransitionTable<S, A, C>;
  /** The next state, or null when the table does not allow the action from `from`. */
  next(from: S, action: A, context: C): S | null;
  /** Actions possible from a state: the apps use this to show only the buttons that can work. */
  actionsFrom(from: S): A[];
  can(from: S, action: A): boolean;
}

export function defineTransitions<S extends string, A extends string, C = void>(
  table: TransitionTable<S, A, C>,
): Transitions<S, A, C> {
  return {
    table,
    next(from, action, context) {
      const target = table[from]?.[action] as Target<S, C> | undefined;
      if (target === undefined) return null;
      return typeof target === 'function' ? (target as (c: C) => S)(context) : (target as S);
    },
    actionsFrom(from) {
      return Object.keys(table[from] ?? {}) as A[];
    },
    can(from, action) {
      return table[from]?.[action] !== undefined;
    },
  };
}
