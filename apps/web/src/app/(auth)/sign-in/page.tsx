import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/forms/sign-in-form";
import { safeReturnPath } from "@/lib/safe-return-path";
import { getCurrentUser } from "@/lib/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ returnTo?: string }>;
}) {
  const returnTo = safeReturnPath((await searchParams).returnTo) ?? undefined;
  const user = await getCurrentUser();
  if (user) redirect(returnTo ?? (user.role === "teacher" ? "/teach" : "/home"));
  return (
    <div className="stack" style={{ maxWidth: "30rem" }}>
      <h1>Sign in</h1>
      <SignInForm returnTo={returnTo} />
      <p>
        New here? <Link href="/sign-up">Create an account</Link>.
      </p>
    </div>
  );
}
