import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/forms/sign-up-form";
import { getCurrentUser, homeFor } from "@/lib/session";
import { teacherSignupOffer } from "@/lib/teacher-signup";

export const metadata: Metadata = { title: "Create an account" };

/** Also the target of an invite link: /sign-up?invite=… lets its holder sign up as a teacher. */
export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ invite?: string | string[] }>;
}) {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const { invite } = await searchParams;
  const offer = await teacherSignupOffer(typeof invite === "string" ? invite : undefined);
  return (
    <div className="stack" style={{ maxWidth: "30rem" }}>
      <h1>Create an account</h1>
      {offer.kind === "first-account" ? (
        <p className="notice">
          This is the first account on this site: it becomes the site's administrator, a teacher
          account that can invite other teachers.
        </p>
      ) : null}
      {offer.kind === "student-only" ? <p className="notice">{offer.reason}</p> : null}
      {offer.kind === "choice" && offer.invite ? (
        <p className="notice">Your invite link lets you sign up as a teacher.</p>
      ) : null}
      <SignUpForm
        roles={
          offer.kind === "choice"
            ? "choice"
            : offer.kind === "first-account"
              ? "teacher"
              : "student"
        }
        invite={offer.kind === "choice" ? offer.invite : undefined}
      />
      <p>
        Already have one? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
