/** Largest page any list returns; documented in the schema and the README. */
export const MAX_PAGE_SIZE = 100;
/** A connection's page when neither first nor last is given. */
export const DEFAULT_PAGE_SIZE = 20;
