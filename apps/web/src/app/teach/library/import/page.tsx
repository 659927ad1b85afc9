import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/library/import-form";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Import a file" };

export default async function ImportPage() {
  await requireUser("/teach/library/import", "teacher");
  return (
    <div className="stack" style={{ maxWidth: "48rem" }}>
      <p style={{ margin: 0 }}>
        <Link href="/teach/library">← Your library</Link>
      </p>
      <h1>Import a file</h1>
      <p>
        Questions from Moodle (GIFT, Moodle XML), Canvas and other QTI tools, a Quizlet export, or a
        spreadsheet. Nothing is saved yet: you first see every item as it would be imported and a
        report of what was changed or dropped, and why.
      </p>
      <ImportForm />
    </div>
  );
}
