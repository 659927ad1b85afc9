import { itemMastery } from "../mastery/item-mastery.ts";
import {
  compareByName,
  distinctStudents,
  type MemoriesByStudent,
  type RecalledByStudent,
  type Student,
} from "./class-roster.ts";
import { reachesThreshold } from "./studied-recall.ts";

/** A question or flashcard the teacher follows, with its tags. */
export interface TaggedItem {
  itemId: string;
  tags: readonly string[];
}

/** A student whose recall of a tag is below this (or who has not started it) is falling behind. */
export const FALLING_BEHIND_BELOW = 0.7;

/** One student's predicted recall of one tag, `horizonDays` ahead. */
export interface StudentTagRecall {
  studentId: string;
  name: string;
  /** Mean predicted recall over the tag's items they have studied; 0 when not started. */
  recall: number;
  /** The tag's items they have studied. */
  studiedItems: number;
  /** Studied none of the tag's items. */
  notStarted: boolean;
  /** recall < the threshold, or not started. */
  fallingBehind: boolean;
}

/** The class's predicted recall of one tag. */
export interface TagClassRecall {
  tag: string;
  /** Items of interest carrying the tag. */
  items: number;
  /** Mean of the students' `recall` (not-started students count as 0); null for an empty class. */
  classRecall: number | null;
  studentsNotStarted: number;
  studentsFallingBehind: number;
  /** Who needs attention first: lowest recall first, not started first on a tie, then by name. */
  students: StudentTagRecall[];
}

export interface ClassRecallInput {
  students: readonly Student[];
  items: readonly TaggedItem[];
  memories: MemoriesByStudent;
  recalled: RecalledByStudent;
  at: Date;
  /** Recall is predicted this many days after `at` (mastery's horizon). */
  horizonDays: number;
  /** Default FALLING_BEHIND_BELOW (0.7). */
  fallingBehindBelow?: number;
}

/**
 * The predicted share of the class that will still recall each tag
 * `horizonDays` after `at`, without more study.
 *
 * For student s and tag g, with S(s, g) the items tagged g that s has studied
 * and M the item mastery (`itemMastery`: FSRS retrievability at the horizon,
 * 0 for an item s has never recalled):
 *
 *   recall(s, g) = mean of M(item) over S(s, g), or 0 when S(s, g) is empty
 *                  (the student is "not started" on g);
 *   classRecall(g) = mean of recall(s, g) over all students.
 *
 * recall(s, g) is the expected share of the tag's studied items s would
 * recall; averaged over the class it predicts the share of the class recalling
 * the tag, counting a student who never studied it as not recalling it. A
 * student is falling behind when not started or recall < `fallingBehindBelow`.
 *
 * Tags come in the order of their first use among `items`; repeated items and
 * repeated tags on one item count once. O(students · items · tags per item).
 */
export function classRecallByTag({
  students,
  items,
  memories,
  recalled,
  at,
  horizonDays,
  fallingBehindBelow = FALLING_BEHIND_BELOW,
}: ClassRecallInput): TagClassRecall[] {
  const itemsOfTag = new Map<string, string[]>();
  const seenItems = new Set<string>();
  for (const item of items) {
    if (seenItems.has(item.itemId)) continue;
    seenItems.add(item.itemId);
    for (const tag of new Set(item.tags)) {
      const list = itemsOfTag.get(tag) ?? [];
      list.push(item.itemId);
      itemsOfTag.set(tag, list);
    }
  }

  const roster = distinctStudents(students);
  const recallByTag = new Map<string, StudentTagRecall[]>();
  for (const tag of itemsOfTag.keys()) recallByTag.set(tag, []);

  for (const student of roster) {
    const memoriesOfStudent = memories.get(student.id);
    const recalledByStudent = recalled.get(student.id);
    // Each item's recall once per student, however many tags it carries.
    const recallOfItem = new Map<string, number | null>();
    const recallOf = (itemId: string): number | null => {
      let recall = recallOfItem.get(itemId);
      if (recall === undefined) {
        const recalledOnce = recalledByStudent?.has(itemId) ?? false;
        recall = itemMastery(
          memoriesOfStudent?.get(itemId),
          recalledOnce,
          at,
          horizonDays,
          student.scheduling,
        );
        recallOfItem.set(itemId, recall);
      }
      return recall;
    };

    for (const [tag, itemIds] of itemsOfTag) {
      let studiedItems = 0;
      let sum = 0;
      for (const itemId of itemIds) {
        const recall = recallOf(itemId);
        if (recall === null) continue;
        studiedItems += 1;
        sum += recall;
      }
      const notStarted = studiedItems === 0;
      const recall = notStarted ? 0 : sum / studiedItems;
      recallByTag.get(tag)?.push({
        studentId: student.id,
        name: student.name,
        recall,
        studiedItems,
        notStarted,
        fallingBehind: notStarted || !reachesThreshold(recall, fallingBehindBelow),
      });
    }
  }

  return [...itemsOfTag].map(([tag, itemIds]) => {
    const perStudent = recallByTag.get(tag) ?? [];
    const total = perStudent.reduce((sum, entry) => sum + entry.recall, 0);
    return {
      tag,
      items: itemIds.length,
      classRecall: perStudent.length > 0 ? total / perStudent.length : null,
      studentsNotStarted: perStudent.filter((entry) => entry.notStarted).length,
      studentsFallingBehind: perStudent.filter((entry) => entry.fallingBehind).length,
      students: perStudent.sort(needsAttentionFirst),
    };
  });
}

/** Lowest recall first; on a tie, not started first; then by name. */
function needsAttentionFirst(a: StudentTagRecall, b: StudentTagRecall): number {
  return (
    a.recall - b.recall ||
    Number(b.notStarted) - Number(a.notStarted) ||
    compareByName({ id: a.studentId, name: a.name }, { id: b.studentId, name: b.name })
  );
}
