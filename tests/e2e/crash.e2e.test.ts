import { describe, expect, it } from "vitest";
import { TEST_POSTGRES_URL } from "../../packages/db/test/support/postgres-url.ts";
import { type FaultRunOptions, faultRun } from "../load/support/fault-run.ts";

/**
 * The short crash tests (the long ones are in `npm run bench`): students keep
 * answering while the server is killed with SIGKILL, or while PostgreSQL drops
 * every connection; they retry as the quiz player does, and afterwards every
 * acknowledged answer is stored exactly once and no attempt is half-submitted.
 */
const SHORT: Omit<FaultRunOptions, "backend" | "fault"> = {
  students: 12,
  strikeAt: 0.4,
  thinkMs: [0, 60],
  outageMs: 3_000,
  postgresAdminUrl: TEST_POSTGRES_URL,
};

const cases: FaultRunOptions[] = [
  { ...SHORT, backend: "pglite", fault: "kill -9 the server" },
  ...(TEST_POSTGRES_URL
    ? [
        { ...SHORT, backend: "postgres" as const, fault: "kill -9 the server" as const },
        { ...SHORT, backend: "postgres" as const, fault: "database outage" as const },
      ]
    : []),
];

describe("nothing is lost when things fail mid-run", () => {
  it.each(cases)(
    "$fault ($backend): every acknowledged answer is stored exactly once",
    async (options) => {
      const report = await faultRun(options);
      console.info(
        `[crash] ${options.fault} (${options.backend}): ${report.loss.acknowledged} answers acknowledged, ` +
          `${report.loss.stored} stored; struck at ${report.acknowledgedAtStrike}; ` +
          `recovered in ${report.recoveryMs?.toFixed(0)} ms; retried: ${JSON.stringify(Object.fromEntries(report.crowd.errors))}`,
      );
      expect(report.failures).toEqual([]);
      expect(report.loss.problems).toEqual([]);
      expect(report.loss.acknowledged).toBe(options.students * 20);
      expect(report.loss.stored).toBe(report.loss.acknowledged);
      expect(report.acknowledgedAtStrike).toBeGreaterThan(0);
      expect(report.acknowledgedAtStrike).toBeLessThan(report.loss.acknowledged);
      expect(report.recoveryMs).not.toBeNull();
      const retried = [...report.crowd.errors.keys()];
      expect(retried.length, "the fault was felt: some requests were retried").toBeGreaterThan(0);
      // While the database is away every request, the API's (sign-in included) and the
      // pages', is answered 503 (retry), never 500.
      expect(retried.filter((key) => / 5\d\d$/.test(key) && !key.endsWith(" 503"))).toEqual([]);
      expect(report.crowd.outcomes.every((outcome) => outcome.submitted)).toBe(true);
    },
    240_000,
  );
});
