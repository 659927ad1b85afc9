import type { DrawPool } from "@quizdeck/content/schema";

interface DrawingSection {
  title: string;
  draw: number | null;
  questions: readonly { id: string }[];
}

/**
 * A set's non-empty sections as draw pools, when one of them draws fewer than it
 * holds (else undefined: every question is asked). A section never draws more
 * than it holds, though a bank question may have left it since the set was saved.
 */
export function drawPoolsOf(sections: readonly DrawingSection[]): DrawPool[] | undefined {
  const filled = sections.filter((section) => section.questions.length > 0);
  const draws = filled.some(
    (section) => section.draw !== null && section.draw < section.questions.length,
  );
  if (!draws) return undefined;
  return filled.map((section) => ({
    title: section.title,
    questionIds: section.questions.map((entry) => entry.id),
    count: Math.min(section.draw ?? section.questions.length, section.questions.length),
  }));
}
