import styles from "./charts.module.css";
import { wrapLabel } from "./wrap-label";

export interface BarListRow {
  label: string;
  /** In [0, 1]; null: nothing to show (an empty track). */
  value: number | null;
  /** What is printed beside the bar, e.g. "72% · 3 not met". */
  valueText: string;
}

const LINE = 15;
const BAR = 12;
const GAP = 14;
/** Share of the width the bar's track takes; the value text follows it. */
const TRACK = 58;

/**
 * Horizontal bars for a list of named shares (labels above their bars). Lengths
 * are percentages of the width, so the chart fills the column at any width
 * while its text stays at its natural size.
 */
export function BarListChart({
  summary,
  rows,
  axisLabel,
}: {
  summary: string;
  rows: readonly BarListRow[];
  axisLabel: string;
}) {
  let cursor = 4;
  const laidOut = rows.map((row) => {
    const lines = wrapLabel(row.label, 40);
    const top = cursor;
    const barY = top + lines.length * LINE + 3;
    cursor = barY + BAR + GAP;
    return { row, lines, top, barY };
  });
  const axisY = cursor + 2;
  const height = axisY + 34;

  return (
    <svg className={styles.fluid} role="img" aria-label={summary} height={height} width="100%">
      {laidOut.map(({ row, lines, top, barY }) => (
        <g key={row.label}>
          <text className={styles.labelText} x="0" y={top + 11}>
            {lines.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, in order
              <tspan key={index} x="0" dy={index === 0 ? 0 : LINE}>
                {line}
              </tspan>
            ))}
          </text>
          <rect className={styles.track} x="0" y={barY} width={`${TRACK}%`} height={BAR} rx="2" />
          {row.value !== null ? (
            <rect
              className={styles.bar}
              x="0"
              y={barY}
              width={`${Math.max(0, Math.min(1, row.value)) * TRACK}%`}
              height={BAR}
              rx="2"
            />
          ) : null}
          <text className={styles.valueText} x={`${TRACK + 2}%`} y={barY + BAR - 1}>
            {row.valueText}
          </text>
        </g>
      ))}
      <line className={styles.axis} x1="0" x2={`${TRACK}%`} y1={axisY} y2={axisY} />
      {[0, 0.5, 1].map((tick) => (
        <g key={tick}>
          <line
            className={styles.axis}
            x1={`${tick * TRACK}%`}
            x2={`${tick * TRACK}%`}
            y1={axisY}
            y2={axisY + 4}
          />
          <text
            className={styles.tickText}
            x={`${tick * TRACK}%`}
            y={axisY + 15}
            textAnchor={tick === 0 ? "start" : tick === 1 ? "end" : "middle"}
          >
            {`${tick * 100}%`}
          </text>
        </g>
      ))}
      <text className={styles.axisTitle} x="0" y={axisY + 30}>
        {axisLabel}
      </text>
    </svg>
  );
}
