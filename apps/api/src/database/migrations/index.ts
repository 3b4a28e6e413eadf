import { Foundation1764000000000 } from './1764000000000-foundation';

/** Every migration, in order. Committed and reviewed; `synchronize` is never on. */
export const MIGRATIONS = [Foundation1764000000000];
