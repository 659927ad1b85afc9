import { describe, expect, it } from "vitest";
import { workerEnv } from "../serving/worker-env.mjs";

describe("workerEnv (what server.mjs gives each cluster worker)", () => {
  it("runs the memory-fitting worker in the fitter only", () => {
    const fitter = workerEnv({ count: 2, cores: 2, fitter: true, env: {} });
    const other = workerEnv({ count: 2, cores: 2, fitter: false, env: {} });
    expect(fitter.QUIZDECK_MEMORY_FITTING).toBe("on");
    expect(other.QUIZDECK_MEMORY_FITTING).toBe("off");
  });

  it("keeps fitting off everywhere when the operator turned it off", () => {
    const env = { QUIZDECK_MEMORY_FITTING: "off" };
    expect(workerEnv({ count: 1, cores: 2, fitter: true, env }).QUIZDECK_MEMORY_FITTING).toBe(
      "off",
    );
  });

  it("shares the cores out for password hashing and sizes the thread pool to match", () => {
    expect(workerEnv({ count: 2, cores: 2, fitter: true, env: {} })).toMatchObject({
      QUIZDECK_WORKERS: "2",
      QUIZDECK_HASH_CONCURRENCY: "1",
      UV_THREADPOOL_SIZE: "5",
    });
    expect(workerEnv({ count: 1, cores: 8, fitter: true, env: {} })).toMatchObject({
      QUIZDECK_HASH_CONCURRENCY: "8",
      UV_THREADPOOL_SIZE: "12",
    });
    expect(
      workerEnv({ count: 4, cores: 2, fitter: false, env: { UV_THREADPOOL_SIZE: "16" } }),
    ).toMatchObject({ QUIZDECK_HASH_CONCURRENCY: "1", UV_THREADPOOL_SIZE: "16" });
  });
});
