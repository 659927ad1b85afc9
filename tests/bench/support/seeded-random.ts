/** The deterministic generator the shuffles use, so every run measures the same data. */
export { seededRandom } from "@quizdeck/core/random";

/** A standard normal draw (Box–Muller) from a uniform generator. */
export function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
