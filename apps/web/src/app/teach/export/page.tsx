import { bank } from "@quizdeck/content/bank";
import type { Metadata } from "next";
import Link from "next/link";
import { FormatChoice } from "@/components/teacher/format-choice";
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
        {/* Radios, not a select: a set's title and counts wrap instead of being cut off. */}
        <fieldset className="field">
          <legend>
            <strong>What</strong>
          </legend>
          {[
            {
              id: "",
              title: "The whole bank",
              questions: bank.questions.length,
              flashcards: bank.flashcards.length,
            },
            ...bank.sets.map((set) => ({
              id: set.id,
              title: set.title,
              questions: set.questionIds.length,
              flashcards: set.flashcardIds.length,
            })),
          ].map((choice, index) => (
            <label key={choice.id} style={{ fontWeight: "normal", display: "block" }}>
              <input type="radio" name="set" value={choice.id} defaultChecked={index === 0} />{" "}
              {choice.title}{" "}
              <span className="muted">
                ({choice.questions} questions, {choice.flashcards} flashcards)
              </span>
            </label>
          ))}
        </fieldset>
        <FormatChoice formats={FORMATS} />
        <div>
          <button type="submit">Download</button>
        </div>
      </form>
    </div>
  );
}
