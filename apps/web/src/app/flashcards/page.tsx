import { bank } from "@quizdeck/content/bank";
import { getDb } from "@quizdeck/db";
import type { Metadata } from "next";
import Link from "next/link";
import { FlashcardSession } from "@/components/flashcards/flashcard-session";
import { NothingDue } from "@/components/flashcards/nothing-due";
import { QueueOverview } from "@/components/flashcards/queue-overview";
import { RetentionGoals } from "@/components/flashcards/retention-goals";
import { flashcardSets, loadFlashcardQueue, readScope } from "@/lib/flashcards/load-queue";
import { requireUser } from "@/lib/session";
import { getTimeZone } from "@/lib/time-zone";

export const metadata: Metadata = { title: "Flashcards" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Flashcard review: today's FSRS queue (all cards or one set) and the review session. */
export default async function FlashcardsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const rawSet = params.set;
  const returnTo =
    typeof rawSet === "string" && rawSet !== ""
      ? `/flashcards?set=${encodeURIComponent(rawSet)}`
      : "/flashcards";
  const user = await requireUser(returnTo);
  const scope = readScope(rawSet);
  const sets = flashcardSets();

  if (!scope.ok) {
    return (
      <div className="stack">
        <h1>Flashcards</h1>
        <QueueOverview
          summary={null}
          sets={sets}
          currentSetId={null}
          totalCards={bank.flashcards.length}
        />
        <div className="form-error" role="alert">
          <p style={{ margin: 0 }}>
            {scope.message} Choose cards from the list above, or{" "}
            <Link href="/flashcards">review all cards</Link>.
          </p>
        </div>
      </div>
    );
  }

  const timeZone = await getTimeZone();
  const { cards, summary } = await loadFlashcardQueue(getDb(), {
    userId: user.id,
    set: scope.set,
  });

  return (
    <div>
      <h1>
        Flashcards
        {scope.set ? <span className="muted">: {scope.set.title}</span> : null}
      </h1>
      <RetentionGoals student={user} timeZone={timeZone} />
      <QueueOverview
        summary={summary}
        sets={sets}
        currentSetId={scope.set?.id ?? null}
        totalCards={bank.flashcards.length + summary.assignedCards}
      />
      {cards.length === 0 ? (
        <NothingDue summary={summary} timeZone={timeZone} />
      ) : (
        <FlashcardSession
          key={`${scope.set?.id ?? "all"}@${summary.serverNow}`}
          userId={user.id}
          setId={scope.set?.id ?? null}
          initialCards={cards}
          timeZone={timeZone}
        />
      )}
    </div>
  );
}
