import type { Metadata } from "next";
import Link from "next/link";
import { SourceForm } from "@/components/library/source-form";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await requireUser("/teach/library/sources/new", "teacher");
  return (
    <div className="stack" style={{ maxWidth: "48rem" }}>
      <p style={{ margin: 0 }}>
        <Link href="/teach/library">← Your library</Link>
      </p>
      <h1>Add a source</h1>
      <p>
        Paste a text your questions will quote, or read it from a file. It is split into numbered
        paragraphs, and it does not change once saved, so every quote stays word for word.
      </p>
      <SourceForm />
    </div>
  );
}
