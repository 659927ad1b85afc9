import type { ReactNode } from "react";
import styles from "./charts.module.css";

export interface ChartTableColumn {
  header: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface ChartTable {
  columns: readonly ChartTableColumn[];
  /** One row per category; the first cell is the row's header. */
  rows: readonly (readonly ReactNode[])[];
}

/**
 * A chart with its title, an optional description and legend, the SVG (in a
 * sideways-scrolling box on narrow screens) and the same numbers as a table
 * behind "Show as table", so nothing is only in the picture.
 */
export function ChartFigure({
  id,
  title,
  description,
  legend,
  table,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  legend?: ReactNode;
  table: ChartTable;
  children: ReactNode;
}) {
  const titleId = `${id}-title`;
  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        {description ? <p className={styles.description}>{description}</p> : null}
      </figcaption>
      {legend}
      {/* Focusable so keyboard users can scroll a wide chart sideways; a group names it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls, this is a scroll box */}
      <div className={styles.scroll} tabIndex={0} role="group" aria-labelledby={titleId}>
        {children}
      </div>
      <details className={styles.tableToggle}>
        <summary>
          Show as table<span className="visually-hidden">: {title}</span>
        </summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls sideways by keyboard too */}
        {/* biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls, this is a scroll box */}
        <div className="table-scroll" tabIndex={0} role="group" aria-label={`${title} (table)`}>
          <DataTable caption={title} table={table} />
        </div>
      </details>
    </figure>
  );
}

export function DataTable({ caption, table }: { caption: string; table: ChartTable }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {table.columns.map((column) => (
            <th
              key={column.header}
              scope="col"
              className={column.numeric ? styles.numeric : undefined}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, rowIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are static, in category order
          <tr key={rowIndex}>
            {row.map((cell, cellIndex) =>
              cellIndex === 0 ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <th key={cellIndex} scope="row">
                  {cell}
                </th>
              ) : (
                <td
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  key={cellIndex}
                  className={table.columns[cellIndex]?.numeric ? styles.numeric : undefined}
                >
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type SeriesStyle = "solid" | "hatched";

/** A key for charts with several series: a swatch (colour and pattern) and a name. */
export function ChartLegend({
  id,
  items,
}: {
  id: string;
  items: readonly { name: string; style: SeriesStyle }[];
}) {
  return (
    <ul className={styles.legend} aria-label="Key">
      {items.map((item) => (
        <li key={item.name}>
          <svg className={styles.swatch} width="18" height="14" aria-hidden="true">
            {item.style === "hatched" ? <HatchPattern id={`${id}-legend-hatch`} /> : null}
            <rect
              x="1"
              y="1"
              width="16"
              height="12"
              className={item.style === "hatched" ? styles.hatched : styles.bar}
              fill={item.style === "hatched" ? `url(#${id}-legend-hatch)` : undefined}
            />
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}

/** Diagonal stripes, so a second series differs by pattern, not by colour alone. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width="5"
        height="5"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="5" className={styles.hatchLine} />
      </pattern>
    </defs>
  );
}
