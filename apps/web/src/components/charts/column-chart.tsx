import { HatchPattern, type SeriesStyle } from "./chart-figure";
import styles from "./charts.module.css";
import { bands, labelledIndexes, linearScale, niceTicks, SCORE_TICKS } from "./scale";

export interface ColumnSeries {
  name: string;
  /** One value per category; null: no data that day (drawn as nothing). */
  values: readonly (number | null)[];
  style?: SeriesStyle;
}

export interface ColumnChartProps {
  id: string;
  /** The summary a screen reader reads for the whole picture. */
  summary: string;
  /** Short axis labels, one per category. */
  categories: readonly string[];
  /** Longer names for the hover titles ("Mon 2 Mar"); defaults to `categories`. */
  categoryTitles?: readonly string[];
  series: readonly ColumnSeries[];
  /** "score": values in [0, 1] shown as percentages; "count": whole numbers. */
  kind: "score" | "count";
  xAxisLabel: string;
  yAxisLabel: string;
  /** Pixels per category. */
  bandWidth?: number;
  maxLabels?: number;
  /** Thin the axis labels counting from the first category instead of the last. */
  labelFrom?: "start" | "end";
  height?: number;
}

const MARGIN = { top: 12, right: 12, bottom: 44, left: 52 };

/**
 * A column chart drawn at its natural pixel size (text stays legible; a wide
 * chart scrolls sideways inside ChartFigure). A score of zero is drawn as a
 * thin stub so it differs from "no answers" (nothing drawn).
 */
export function ColumnChart({
  id,
  summary,
  categories,
  categoryTitles = categories,
  series,
  kind,
  xAxisLabel,
  yAxisLabel,
  bandWidth = 14,
  maxLabels = 8,
  labelFrom = "end",
  height = 220,
}: ColumnChartProps) {
  const plotWidth = Math.max(categories.length * bandWidth, 120);
  const width = MARGIN.left + plotWidth + MARGIN.right;
  const plotBottom = height - MARGIN.bottom;
  const max = Math.max(0, ...series.flatMap((s) => s.values.map((value) => value ?? 0)));
  const ticks = kind === "score" ? [...SCORE_TICKS] : niceTicks(max);
  const top = ticks.at(-1) ?? 1;
  const y = linearScale(top, plotBottom, MARGIN.top);
  const slots = bands(categories.length, MARGIN.left, plotWidth, series.length > 1 ? 0.15 : 0.25);
  const labelled = labelledIndexes(categories.length, maxLabels, labelFrom);
  const format = (value: number) => (kind === "score" ? `${Math.round(value * 100)}%` : `${value}`);
  const hatchId = `${id}-hatch`;

  return (
    <svg
      className={styles.chart}
      role="img"
      aria-label={summary}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      {series.some((s) => s.style === "hatched") ? <HatchPattern id={hatchId} /> : null}
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            className={styles.grid}
            x1={MARGIN.left}
            x2={MARGIN.left + plotWidth}
            y1={y(tick)}
            y2={y(tick)}
          />
          <text
            className={styles.tickText}
            x={MARGIN.left - 6}
            y={y(tick)}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {format(tick)}
          </text>
        </g>
      ))}
      {slots.map((slot, index) => {
        const barWidth = slot.width / Math.max(1, series.length);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: categories are positional
          <g key={index}>
            {series.map((s, seriesIndex) => {
              const value = s.values[index];
              if (value === null || value === undefined) return null;
              // A zero score still shows (a thin stub); a zero count is simply nothing.
              if (kind === "count" && value <= 0) return null;
              const barTop = Math.min(y(value), plotBottom - 2);
              const hatched = s.style === "hatched";
              return (
                <rect
                  key={s.name}
                  className={hatched ? styles.hatched : styles.bar}
                  fill={hatched ? `url(#${hatchId})` : undefined}
                  x={slot.x + seriesIndex * barWidth}
                  y={barTop}
                  width={Math.max(1, barWidth - (series.length > 1 ? 1 : 0))}
                  height={plotBottom - barTop}
                >
                  <title>{`${categoryTitles[index] ?? ""} — ${s.name}: ${format(value)}`}</title>
                </rect>
              );
            })}
            {labelled.has(index) ? (
              <text
                className={styles.tickText}
                x={slot.center}
                y={plotBottom + 14}
                textAnchor="middle"
              >
                {categories[index]}
              </text>
            ) : null}
          </g>
        );
      })}
      <line
        className={styles.axis}
        x1={MARGIN.left}
        x2={MARGIN.left + plotWidth}
        y1={plotBottom}
        y2={plotBottom}
      />
      <text
        className={styles.axisTitle}
        x={MARGIN.left + plotWidth / 2}
        y={height - 8}
        textAnchor="middle"
      >
        {xAxisLabel}
      </text>
      <text
        className={styles.axisTitle}
        transform={`translate(14 ${(MARGIN.top + plotBottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yAxisLabel}
      </text>
    </svg>
  );
}
