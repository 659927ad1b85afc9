import {
  type ItemAnalysis,
  type ItemStatistics,
  MIN_EXAMINEES_FOR_FLAGS,
  NOT_DISCRIMINATING_BELOW,
  TOO_EASY_ABOVE,
  TOO_HARD_BELOW,
} from "@quizdeck/core/analysis";
import { formatPercent } from "@/lib/format";

const FLAG_LABELS = {
  "too-easy": `too easy (over ${TOO_EASY_ABOVE * 100}% correct)`,
  "too-hard": `too hard (under ${TOO_HARD_BELOW * 100}% correct)`,
  "not-discriminating": `does not separate strong from weak students (D under ${NOT_DISCRIMINATING_BELOW})`,
  "negative-discrimination":
    "weaker students do better than stronger ones: check the key and wording",
} as const;

const plural = (count: number, one: string) => `${count} ${count === 1 ? one : `${one}s`}`;

/** D and r to two decimals; "—" where they cannot be computed or mean nothing yet. */
function statistic(value: number | null, item: ItemStatistics) {
  if (value === null || item.examineesNeeded > 0) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">not enough students</span>
      </>
    );
  }
  return value.toFixed(2);
}

function flagsText(item: ItemStatistics): string {
  if (item.examineesNeeded > 0) return `needs ${plural(item.examineesNeeded, "more student")}`;
  return item.flags.length === 0 ? "—" : item.flags.map((flag) => FLAG_LABELS[flag]).join("; ");
}

/**
 * The item analysis of an assignment, one row a question: facility, D, r,
 * median time, flags, and the options chosen. Below MIN_EXAMINEES_FOR_FLAGS
 * students D and r are noise and nothing is flagged: the table says so and how
 * many more students it needs, instead of flagging one student's answers.
 */
export function ItemAnalysisTable({
  analysis,
  promptOf,
}: {
  analysis: ItemAnalysis;
  promptOf: ReadonlyMap<string, string>;
}) {
  const needed = Math.max(0, MIN_EXAMINEES_FOR_FLAGS - analysis.students);
  return (
    <>
      <p>
        From each student's <strong>first</strong> submitted attempt (
        {plural(analysis.students, "student")}). <strong>Facility</strong> is the mean score on the
        question (unanswered counts as 0). <strong>Discrimination D</strong> is the mean score of
        the top 27% of students (by total) minus that of the bottom 27%; <strong>r</strong> is the
        point-biserial correlation with the rest of the test. D, r and the flags need at least{" "}
        {MIN_EXAMINEES_FOR_FLAGS} students.
      </p>
      {needed > 0 ? (
        <p className="notice">
          With {plural(analysis.students, "student")} so far, D and r are not shown and no question
          is flagged: {plural(needed, "more student")} needed.
        </p>
      ) : null}
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Item analysis per question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Facility</th>
              <th scope="col">D</th>
              <th scope="col">r</th>
              <th scope="col">Median time</th>
              <th scope="col">Flags</th>
            </tr>
          </thead>
          <tbody>
            {analysis.items.map((item, index) => (
              <tr key={item.questionId}>
                <td>
                  <span className="muted">{index + 1}.</span> {promptOf.get(item.questionId)}
                  <OptionBreakdown item={item} />
                </td>
                <td>{formatPercent(item.facility)}</td>
                <td>{statistic(item.discrimination, item)}</td>
                <td>{statistic(item.pointBiserial, item)}</td>
                <td>
                  {item.medianTimeMs === null ? "—" : `${Math.round(item.medianTimeMs / 1000)} s`}
                </td>
                <td>{flagsText(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function OptionBreakdown({ item }: { item: ItemStatistics }) {
  const distribution = item.answerDistribution;
  if (!distribution) return null;
  return (
    <details>
      <summary>Answers chosen ({distribution.responders})</summary>
      {distribution.type === "true-false" ? (
        <ul>
          <li>
            True: {distribution.answeredTrue.count} (
            {formatPercent(distribution.answeredTrue.share)})
            {distribution.correctAnswer ? " — correct" : ""}
          </li>
          <li>
            False: {distribution.answeredFalse.count} (
            {formatPercent(distribution.answeredFalse.share)})
            {!distribution.correctAnswer ? " — correct" : ""}
          </li>
        </ul>
      ) : (
        <ul>
          {distribution.options.map((option) => (
            <li key={option.choiceId}>
              {option.text}: {option.count} ({formatPercent(option.share)})
              {option.correct ? " — correct" : ""}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
