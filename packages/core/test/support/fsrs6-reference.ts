/**
 * FSRS-6 written out from the algorithm's published description (the FSRS wiki's
 * "The Algorithm", FSRS-4.5 to FSRS-6 sections, and Anki's fuzz ranges), on
 * purpose independently of ts-fsrs, to check the app's scheduler against. Plain
 * doubles, no intermediate rounding; w is the 21-weight vector w0…w20.
 */
export type Grade = 1 | 2 | 3 | 4;

export interface ReferenceState {
  stability: number;
  difficulty: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The forgetting curve's shape: R(t, S) = (1 + factor · t / S)^(−w20), with R(S, S) = 0.9. */
function curve(w: readonly number[]) {
  const decay = -(w[20] as number);
  return { decay, factor: 0.9 ** (1 / decay) - 1 };
}

export function referenceRetrievability(w: readonly number[], t: number, stability: number) {
  const { decay, factor } = curve(w);
  return (1 + (factor * t) / stability) ** decay;
}

/** I(r, S): the days after which R falls to the desired retention r. */
export function referenceIntervalDays(w: readonly number[], retention: number, stability: number) {
  const { decay, factor } = curve(w);
  return (stability / factor) * (retention ** (1 / decay) - 1);
}

const at = (w: readonly number[], i: number) => w[i] as number;

/** D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped (the mean-reversion target uses D0(4) as is). */
const rawInitialDifficulty = (w: readonly number[], g: Grade) =>
  at(w, 4) - Math.exp(at(w, 5) * (g - 1)) + 1;

export function referenceFirstReview(w: readonly number[], g: Grade): ReferenceState {
  return { stability: at(w, g - 1), difficulty: clamp(rawInitialDifficulty(w, g), 1, 10) };
}

/** ΔD = −w6·(G−3), damped linearly towards 10, then mean reversion to D0(4) by w7. */
function nextDifficulty(w: readonly number[], d: number, g: Grade) {
  const delta = -at(w, 6) * (g - 3);
  const damped = d + (delta * (10 - d)) / 9;
  return clamp(at(w, 7) * rawInitialDifficulty(w, 4) + (1 - at(w, 7)) * damped, 1, 10);
}

/** Same-day review: S·e^(w17·(G−3+w18))·S^(−w19), never a loss for a passing grade. */
function shortTermStability(w: readonly number[], s: number, g: Grade) {
  const increase = Math.exp(at(w, 17) * (g - 3 + at(w, 18))) * s ** -at(w, 19);
  return s * (g >= 2 ? Math.max(increase, 1) : increase);
}

/** After a recall: S·(1 + e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R))−1)·hard penalty w15·easy bonus w16). */
function recallStability(w: readonly number[], d: number, s: number, r: number, g: Grade) {
  const hardPenalty = g === 2 ? at(w, 15) : 1;
  const easyBonus = g === 4 ? at(w, 16) : 1;
  return (
    s *
    (1 +
      Math.exp(at(w, 8)) *
        (11 - d) *
        s ** -at(w, 9) *
        (Math.exp(at(w, 10) * (1 - r)) - 1) *
        hardPenalty *
        easyBonus)
  );
}

/** After a lapse: w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)), at most S / e^(w17·w18). */
function forgetStability(w: readonly number[], d: number, s: number, r: number) {
  const fresh =
    at(w, 11) * d ** -at(w, 12) * ((s + 1) ** at(w, 13) - 1) * Math.exp(at(w, 14) * (1 - r));
  return Math.min(fresh, s / Math.exp(at(w, 17) * at(w, 18)));
}

/** The state after grade `g`, `t` whole days after the previous review. */
export function referenceNextState(
  w: readonly number[],
  state: ReferenceState,
  t: number,
  g: Grade,
): ReferenceState {
  const { stability: s, difficulty: d } = state;
  const r = referenceRetrievability(w, t, s);
  const stability =
    t === 0
      ? shortTermStability(w, s, g)
      : g === 1
        ? forgetStability(w, d, s, r)
        : recallStability(w, d, s, r, g);
  return { stability, difficulty: nextDifficulty(w, d, g) };
}

/**
 * Anki's fuzz: ±(1 day + 15% of the part of the interval between 2.5 and 7 days
 * + 10% of the part between 7 and 20 + 5% beyond 20), never below 2 days nor
 * (when the interval grows) back to the elapsed days; `factor` ∈ [0, 1) picks
 * the day in that range. Intervals under 2.5 days are not fuzzed.
 */
export function referenceFuzz(
  interval: number,
  elapsedDays: number,
  factor: number,
  maximum = 36500,
) {
  if (interval < 2.5) return Math.round(interval);
  const overlap = (low: number, high: number) => Math.max(0, Math.min(interval, high) - low);
  const spread = 1 + 0.15 * overlap(2.5, 7) + 0.1 * overlap(7, 20) + 0.05 * overlap(20, Infinity);
  const capped = Math.min(interval, maximum);
  let low = Math.max(2, Math.round(capped - spread));
  const high = Math.min(Math.round(capped + spread), maximum);
  if (capped > elapsedDays) low = Math.max(low, elapsedDays + 1);
  low = Math.min(low, high);
  return Math.floor(factor * (high - low + 1) + low);
}

/** The whole-day interval for stability S: I(r, S) rounded, at least 1 day, then fuzzed. */
export function referenceInterval(
  w: readonly number[],
  retention: number,
  stability: number,
  elapsedDays: number,
  fuzzFactor: number,
) {
  const days = clamp(Math.round(referenceIntervalDays(w, retention, stability)), 1, 36500);
  return referenceFuzz(days, elapsedDays, fuzzFactor);
}

/**
 * The four intervals a review-state item is offered, kept in order as Anki keeps
 * them: Hard no longer than Good, Good at least a day past Hard, Easy a day past Good.
 */
export function referenceReviewIntervals(
  w: readonly number[],
  retention: number,
  state: ReferenceState,
  t: number,
  fuzzFactor: number,
): Record<2 | 3 | 4, number> {
  const of = (g: Grade) =>
    referenceInterval(w, retention, referenceNextState(w, state, t, g).stability, t, fuzzFactor);
  const good = of(3);
  const hard = Math.min(of(2), good);
  const orderedGood = Math.max(good, hard + 1);
  return { 2: hard, 3: orderedGood, 4: Math.max(of(4), orderedGood + 1) };
}
