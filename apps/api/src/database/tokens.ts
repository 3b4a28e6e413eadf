/** The database's connection URL (for connections of their own: the job queue, the listening connection). */
export const DATABASE_URL = Symbol('DATABASE_URL');
