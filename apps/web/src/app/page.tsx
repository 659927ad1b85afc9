import { bank } from "@quizdeck/content/bank";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/session";

export default async function LandingPage() {
  const user = await getCurrentUser();
  if (user) redirect(user.role === "teacher" ? "/teach" : "/home");
  return (
    <div className="stack">
      <h1>Learn a text by heart, not by luck</h1>
      <p>
        quizdeck turns one source text into quizzes and flashcards. Every question quotes the
        passage it comes from, every answer is saved the moment you give it, and one memory model
        schedules your reviews.
      </p>
      <p>
        Now studying: <cite>{bank.source.title}</cite> by {bank.source.author} (
        {bank.source.publisher}) — {bank.questions.length} questions and {bank.flashcards.length}{" "}
        flashcards.
      </p>
      <p>
        <Link className="button" href="/sign-up">
          Create an account
        </Link>{" "}
        <Link className="button secondary" href="/sign-in">
          Sign in
        </Link>
      </p>
    </div>
  );
}
