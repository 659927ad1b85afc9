/** Latency samples per kind of request, summarized as a load report prints them. */
export class LatencyLog {
  private readonly samples = new Map<string, number[]>();

  add(kind: string, ms: number) {
    let list = this.samples.get(kind);
    if (!list) {
      list = [];
      this.samples.set(kind, list);
    }
    list.push(ms);
  }

  kinds(): string[] {
    return [...this.samples.keys()];
  }

  summary(kind: string): LatencySummary {
    const sorted = [...(this.samples.get(kind) ?? [])].sort((a, b) => a - b);
    return {
      count: sorted.length,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      p99: percentile(sorted, 0.99),
      max: sorted.at(-1) ?? Number.NaN,
    };
  }
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
