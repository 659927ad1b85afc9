import { getDb } from "@quizdeck/db";
import { listDemoAccounts } from "@quizdeck/db/user";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { safeReturnPath } from "@/lib/safe-return-path";
import { getCurrentUser, homeFor } from "@/lib/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string | string[] }>;
}) {
  const returnTo = safeReturnPath((await searchParams).returnTo) ?? undefined;
  const user = await getCurrentUser();
  if (user) redirect(returnTo ?? homeFor(user.role));
  const demo = await listDemoAccounts(getDb());
  return (
    <div className="stack" style={{ maxWidth: "30rem" }}>
      <h1>Sign in</h1>
      {demo.teachers.length + demo.students.length > 0 ? (
        <div className="notice" role="note" aria-label="Demo accounts">
          <p style={{ margin: 0 }}>
            This server has the demo accounts, all with the password <code>{demo.password}</code>:
          </p>
          <ul style={{ margin: 0 }}>
            {demo.teachers.map((email) => (
              <li key={email}>
                teacher <code>{email}</code>
              </li>
            ))}
            {demo.students.map((email) => (
              <li key={email}>
                student <code>{email}</code>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SignInForm returnTo={returnTo} />
      <p>
        New here? <Link href="/sign-up">Create an account</Link>.
      </p>
    </div>
  );
}
