import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/forms/sign-up-form";
import { getCurrentUser } from "@/lib/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(user.role === "teacher" ? "/teach" : "/home");
  return (
    <div className="stack" style={{ maxWidth: "30rem" }}>
      <h1>Create an account</h1>
      <SignUpForm />
      <p>
        Already have one? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
