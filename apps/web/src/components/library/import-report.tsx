import type { ImportReportEntry } from "@quizdeck/content/import";
import { TYPE_LABELS } from "@/lib/quiz/type-labels";

const OUTCOME_LABELS = {
  imported: "Imported as is",
  changed: "Changed",
  dropped: "Dropped",
} as const;

/** The loss report: one row per item of the file, what became of it and why. */
export function ImportReport({ report }: { report: ImportReportEntry[] }) {
  const count = (outcome: ImportReportEntry["outcome"]) =>
    report.filter((entry) => entry.outcome === outcome).length;
  return (
    <section aria-labelledby="report-heading" className="stack">
      <h2 id="report-heading">Loss report</h2>
      <p>
        {report.length} items in the file: {count("imported")} imported as is, {count("changed")}{" "}
        changed, {count("dropped")} dropped.
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">What happened to each item of the file</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Item</th>
              <th scope="col">In the file</th>
              <th scope="col">Outcome</th>
              <th scope="col">What changed, or why it was dropped</th>
            </tr>
          </thead>
          <tbody>
            {report.map((entry) => (
              <tr key={entry.position}>
                <td>{entry.position}</td>
                <td>
                  {entry.title}
                  {entry.itemType ? (
                    <span className="muted">
                      {" "}
                      ({entry.itemType === "flashcard" ? "Flashcard" : TYPE_LABELS[entry.itemType]})
                    </span>
                  ) : null}
                </td>
                <td>{entry.sourceType}</td>
                <td>{OUTCOME_LABELS[entry.outcome]}</td>
                <td>
                  {entry.outcome === "dropped" ? (
                    entry.reason
                  ) : entry.changes.length > 0 ? (
                    <ul>
                      {entry.changes.map((change) => (
                        <li key={change}>{change}</li>
                      ))}
                    </ul>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
