/** A bank filter from form fields or URL parameters (repeated names allowed). */
export function readQuestionFilter(source: { getAll(name: string): unknown[] }) {
  const strings = (name: string) =>
    source
      .getAll(name)
      .filter((value): value is string => typeof value === "string" && value !== "");
  return {
    tags: strings("tag"),
    types: strings("type"),
    difficulties: strings("difficulty").map(Number),
    levels: strings("level"),
    paragraphIds: strings("paragraph"),
  };
}
