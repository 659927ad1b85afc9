import type { Metadata } from "next";
import Link from "next/link";
import { JoinClassForm } from "@/components/student/join-class-form";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Join a class" };

/** Also the target of a teacher's join link: /classes/join?code=ABC2345. */
export default async function JoinClassPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string }>;
}) {
  const { code } = await searchParams;
  await requireUser(`/classes/join${code ? `?code=${encodeURIComponent(code)}` : ""}`, "student");
  return (
    <div className="stack" style={{ maxWidth: "32rem" }}>
      <h1>Join a class</h1>
      <JoinClassForm initialCode={typeof code === "string" ? code.slice(0, 20) : undefined} />
      <p>
        <Link href="/home">Back to your home page</Link>
      </p>
    </div>
  );
}
