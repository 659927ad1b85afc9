/** One benchmark's outcome: per-call times in milliseconds. */
export interface BenchResult {
  name: string;
  medianMs: number;
  /** Null when each sample is the mean of a batch of calls (a tail of batch means says little). */
  p95Ms: number | null;
  opsPerSecond: number;
  /** Calls timed (warm-up excluded). */
  runs: number;
}

export interface SyncOptions {
  /** Time spent collecting samples after warm-up. */
  budgetMs?: number;
  minSamples?: number;
  /** Target length of one sample: fast calls are timed in batches of about this long. */
  sampleMs?: number;
}

/** Keeps results alive so the engine cannot drop the work that produced them. */
let sink: unknown;
export function consume(value: unknown) {
  sink = value;
}
export const lastSink = () => sink;

const now = () => performance.now();

/**
 * Times a synchronous call: warms up, sizes a batch so that one sample lasts about
 * `sampleMs`, then samples until `budgetMs` has passed and `minSamples` are in.
 * A sample's value is its batch time divided by the batch size.
 */
export function measureSync(name: string, fn: () => unknown, options: SyncOptions = {}) {
  const { budgetMs = 1000, minSamples = 20, sampleMs = 2 } = options;

  const warmStart = now();
  const warmMs = Math.min(250, budgetMs / 4);
  let warmCalls = 0;
  while (now() - warmStart < warmMs || warmCalls < 3) {
    consume(fn());
    warmCalls += 1;
  }
  const perCall = Math.max((now() - warmStart) / warmCalls, 1e-6);
  const batch = Math.max(1, Math.floor(sampleMs / perCall));

  const samples: number[] = [];
  const stopAt = now() + budgetMs;
  while (now() < stopAt || samples.length < minSamples) {
    const start = now();
    for (let i = 0; i < batch; i++) consume(fn());
    samples.push((now() - start) / batch);
  }
  return summarize(name, samples, batch);
}

export interface AsyncOptions {
  samples?: number;
  warmUp?: number;
}

/** Times an asynchronous call one at a time: `warmUp` untimed calls, then `samples` timed ones. */
export async function measureAsync(
  name: string,
  fn: () => Promise<unknown>,
  options: AsyncOptions = {},
) {
  const { samples: count = 30, warmUp = 3 } = options;
  for (let i = 0; i < warmUp; i++) consume(await fn());
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = now();
    consume(await fn());
    samples.push(now() - start);
  }
  return summarize(name, samples, 1);
}

function summarize(name: string, samples: number[], batch: number): BenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  const medianMs = quantile(sorted, 0.5);
  return {
    name,
    medianMs,
    p95Ms: batch === 1 ? quantile(sorted, 0.95) : null,
    opsPerSecond: 1000 / medianMs,
    runs: samples.length * batch,
  };
}

/** Linear interpolation between closest ranks, on sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] ?? Number.NaN;
  const b = sorted[upper] ?? a;
  return a + (b - a) * (position - lower);
}
