/**
 * The PostgreSQL server the store suite also runs against. `.ci/run` installs
 * and starts one and sets QUIZDECK_REQUIRE_POSTGRES=1, which turns its absence
 * into a failure instead of a warning.
 */
export const TEST_POSTGRES_URL = process.env.QUIZDECK_TEST_POSTGRES_URL || undefined;
export const POSTGRES_REQUIRED = process.env.QUIZDECK_REQUIRE_POSTGRES === "1";
