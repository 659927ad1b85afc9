/** Latency samples per kind of request, summarized as a load report prints them. */
export class LatencyLog {
  private readonly samples = new Map<string, number[]>();
  private readonly spans = new Map<string, { first: number; last: number }>();

  /** A request of `kind` that took `ms` and ended at `endedAt` (performance.now()). */
  add(kind: string, ms: number, endedAt: number = performance.now()) {
    const span = this.spans.get(kind);
    if (!span) this.spans.set(kind, { first: endedAt - ms, last: endedAt });
    else {
      span.first = Math.min(span.first, endedAt - ms);
      span.last = Math.max(span.last, endedAt);
    }
    let list = this.samples.get(kind);
    if (!list) {
      list = [];
      this.samples.set(kind, list);
    }
    list.push(ms);
  }

  /** Requests of `kind` per second, from the first one's start to the last one's end. */
  throughput(kind: string): number {
    const span = this.spans.get(kind);
    const count = this.samples.get(kind)?.length ?? 0;
    return span && span.last > span.first ? (count * 1000) / (span.last - span.first) : Number.NaN;
  }

  kinds(): string[] {
    return [...this.samples.keys()];
  }

  /** Percentiles over the samples of every kind named (e.g. all page loads together). */
  summary(...kinds: string[]): LatencySummary {
    const sorted = kinds.flatMap((kind) => this.samples.get(kind) ?? []).sort((a, b) => a - b);
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
