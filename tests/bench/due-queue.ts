import { bank } from "@quizdeck/content/bank";
import { getDueQueue } from "@quizdeck/db/memory";
import type { TestBackend } from "../../packages/db/test/support/test-databases.ts";
import { type BenchResult, measureAsync } from "./support/measure.ts";
import { seededRandom } from "./support/seeded-random.ts";

export const MEMORY_ROWS = 10_000;
const NOW = new Date("2026-03-02T09:00:00Z");
const DAY_MS = 86_400_000;
/** The end of NOW's day in UTC: review cards due before it are in the queue. */
const END_OF_DAY = new Date("2026-03-03T00:00:00Z");
const CHUNK = 1000;

export interface DueQueueBench {
  result: BenchResult;
  /** What one call returned, to describe the workload. */
  dueRows: number;
  dueInBank: number;
}

/**
 * `getDueQueue` for one student with 10,000 item_memory rows on a fresh database:
 * the bank's 62 flashcards and 84 questions, then synthetic flashcard ids (cards of
 * a larger or older bank) up to 10,000. States: 3% learning and 2% relearning (due
 * within an hour either side of now), the rest review, due from 20 days ago to 200
 * days ahead; so about a tenth is due today.
 */
export async function benchDueQueue(backend: TestBackend): Promise<DueQueueBench> {
  const database = await backend.create();
  try {
    const { db } = database;
    const userId = "bench-student";
    await db.user.create({
      data: { id: userId, name: "Bench student", email: "bench@example.test", role: "student" },
    });

    const random = seededRandom(42);
    const realIds: [string, "flashcard" | "question"][] = [
      ...bank.flashcards.map((card) => [card.id, "flashcard"] as [string, "flashcard"]),
      ...bank.questions.map((question) => [question.id, "question"] as [string, "question"]),
    ];
    const rows = Array.from({ length: MEMORY_ROWS }, (_, index) => {
      const [itemId, itemKind] = realIds[index] ?? [
        `bench-card-${String(index).padStart(5, "0")}`,
        "flashcard" as const,
      ];
      const r = random();
      const state = r < 0.03 ? "learning" : r < 0.05 ? "relearning" : "review";
      const due =
        state === "review"
          ? new Date(NOW.getTime() + (random() * 220 - 20) * DAY_MS)
          : new Date(NOW.getTime() + (random() * 2 - 1) * 3_600_000);
      const reps = 1 + Math.floor(random() * 12);
      return {
        userId,
        itemId,
        itemKind,
        state,
        due,
        stability: 1 + random() * 120,
        difficulty: 1 + random() * 9,
        elapsedDays: Math.floor(random() * 60),
        scheduledDays: Math.floor(random() * 120),
        learningSteps: state === "review" ? 0 : 1,
        reps,
        lapses: Math.floor(random() * Math.min(reps, 3)),
        lastReview: new Date(due.getTime() - (1 + random() * 60) * DAY_MS),
      } as const;
    });
    for (let start = 0; start < rows.length; start += CHUNK) {
      await db.itemMemory.createMany({ data: rows.slice(start, start + CHUNK) });
    }
    const stored = await db.itemMemory.count({ where: { userId } });
    if (stored !== MEMORY_ROWS) throw new Error(`stored ${stored} item_memory rows`);

    const call = () => getDueQueue(db, { userId, now: NOW });
    const sample = await call();
    const rawDue = await db.itemMemory.count({
      where: {
        userId,
        itemKind: "flashcard",
        OR: [
          { state: { in: ["learning", "relearning"] }, due: { lte: NOW } },
          { state: "review", due: { lt: END_OF_DAY } },
        ],
      },
    });
    const result = await measureAsync(
      `getDueQueue: 1 student, ${MEMORY_ROWS.toLocaleString("en")} item_memory rows (${backend.name})`,
      call,
      { samples: 30, warmUp: 3 },
    );
    return { result, dueRows: rawDue, dueInBank: sample.due.length };
  } finally {
    await database.close();
  }
}
