import { bank } from "@quizdeck/content/bank";
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Export" };

const FORMATS = [
  ["gift", "Moodle GIFT (questions)"],
  ["moodle-xml", "Moodle XML (questions)"],
  ["anki-tsv", "Anki text file (flashcards)"],
  ["json", "quizdeck JSON (everything, open format)"],
] as const;

export default async function ExportPage() {
  await requireUser("/teach/export", "teacher");
  return (
    <div className="stack" style={{ maxWidth: "40rem" }}>
      <p style={{ margin: 0 }}>
        <Link href="/teach">← Your classes</Link>
      </p>
      <h1>Export for another tool</h1>
      <p>
        Download a question set, or the whole bank, to import into Moodle (Question bank → Import,
        choose GIFT or Moodle XML) or into Anki (File → Import). Ordering questions become matching
        questions in GIFT, and fill-in-the-blank questions with several blanks become one question
        per blank.
      </p>
      <form method="get" action="/api/export" className="stack">
        <div className="field">
          <label htmlFor="export-set">What</label>
          <select id="export-set" name="set" defaultValue="">
            <option value="">
              The whole bank ({bank.questions.length} questions, {bank.flashcards.length}{" "}
              flashcards)
            </option>
            {bank.sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.title} ({set.questionIds.length} questions, {set.flashcardIds.length}{" "}
                flashcards)
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>
            <strong>Format</strong>
          </legend>
          {FORMATS.map(([value, label], index) => (
            <label key={value} style={{ fontWeight: "normal", display: "block" }}>
              <input type="radio" name="format" value={value} defaultChecked={index === 0} />{" "}
              {label}
            </label>
          ))}
        </fieldset>
        <div>
          <button type="submit">Download</button>
        </div>
      </form>
    </div>
  );
}
