import { bank } from "@quizdeck/content/bank";
import { TAG_IDS, TAGS, type TagId, type TagKind } from "@quizdeck/content/tags";
import { type TagMastery, topicMastery } from "@quizdeck/core/mastery";
import type { MemorySnapshot } from "@quizdeck/core/scheduling";
import { z } from "zod";
import type { Db } from "../../client/create-prisma-client.ts";
import { parseInput } from "../../errors.ts";
import { assignedLibraryCards } from "../memory/internal/assigned-library-cards.ts";
import { readMemoryModel } from "../memory/internal/read-memory-model.ts";
import { recalledItems } from "../memory/internal/recalled-items.ts";
import { toSnapshot } from "../memory/memory-snapshot.ts";
import { hiddenQuestionIds, teacherViewField } from "./internal/hidden-questions.ts";
import { PROGRESS_POLICY } from "./progress-policy.ts";

const getTopicMasterySchema = z.object({
  userId: z.string().min(1),
  /** Absent for the learner's own view, which leaves out unreleased exam questions. */
  teacherView: teacherViewField,
});
export type GetTopicMasteryOptions = z.input<typeof getTopicMasterySchema> & { now?: Date };

export interface TagMasteryRow extends TagMastery {
  tag: TagId;
  kind: TagKind;
  label: string;
}

const bankItems = [...bank.questions, ...bank.flashcards];

/**
 * How well a learner knows each tag's items: the mean predicted recall a week
 * from now (PROGRESS_POLICY.masteryHorizonDays) of the tagged questions and
 * flashcards they have met (the bank's, and the cards their teachers assigned
 * them from their libraries, by the tags of the version they review), an
 * item never once recalled counting 0, and how
 * many they have not met yet, in the learner's days and with the weights in
 * use for them; in the learner's own view, the questions of assignments whose
 * answers are not out to them count as not met. Their teacher's view
 * (`teacherView`) counts them, for a teacher of a class they are in only. Every tag some item carries is
 * listed, in the vocabulary's order.
 */
export async function getTopicMastery(
  db: Db,
  options: GetTopicMasteryOptions,
): Promise<{ at: Date; horizonDays: number; tags: TagMasteryRow[] }> {
  const { userId, teacherView } = parseInput(getTopicMasterySchema, options);
  const now = options.now ?? new Date();
  const horizonDays = PROGRESS_POLICY.masteryHorizonDays;
  const [rows, recalled, withheld, model, assigned] = await Promise.all([
    db.itemMemory.findMany({ where: { userId } }),
    recalledItems(db, [userId]),
    hiddenQuestionIds(db, userId, teacherView, now),
    readMemoryModel(db, userId, now),
    assignedLibraryCards(db, userId, now),
  ]);
  // An exam question whose answers are not out would show its mark through mastery: left out.
  const memories = new Map<string, MemorySnapshot>(
    rows
      .filter((row) => !withheld.has(row.itemId))
      .map((row) => [row.itemId, toSnapshot(row, now)]),
  );
  const tags = topicMastery({
    items: [...bankItems, ...assigned.map((entry) => entry.card)],
    memories,
    recalled: recalled.get(userId) ?? new Set(),
    at: now,
    horizonDays,
    tags: TAG_IDS,
    scheduling: model.scheduling,
  })
    .filter((entry) => entry.items > 0)
    .map((entry) => {
      const tag = entry.tag as TagId;
      return { ...entry, tag, kind: TAGS[tag].kind, label: TAGS[tag].label };
    });
  return { at: now, horizonDays, tags };
}
