import type { PartFeedback } from "@quizdeck/core/grading";

/** The feedback parts of one kind (choice, blank, pair, position), looked up by the key the input shows. */
export function partsBy<K extends PartFeedback["kind"], Key>(
  parts: readonly PartFeedback[] | undefined,
  kind: K,
  key: (part: Extract<PartFeedback, { kind: K }>) => Key,
): Map<Key, Extract<PartFeedback, { kind: K }>> {
  const matching = (parts ?? []).filter(
    (part): part is Extract<PartFeedback, { kind: K }> => part.kind === kind,
  );
  return new Map(matching.map((part) => [key(part), part]));
}
