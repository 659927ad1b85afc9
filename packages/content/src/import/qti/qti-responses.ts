import { elements, findAll, textOf, type XmlTree } from "../xml/xml-tree.ts";

/** A response declaration: its correct values and its mapping (key -> value). */
export interface QtiResponse {
  cardinality: string;
  correct: string[];
  mapping: { key: string; value: number; caseSensitive: boolean }[];
}

export function readResponses(item: XmlTree): Map<string, QtiResponse> {
  const responses = new Map<string, QtiResponse>();
  for (const declaration of elements(item).filter(
    (element) => element.name === "qti-response-declaration",
  )) {
    const correct = findAll(
      declaration,
      (element) => element.name === "qti-correct-response",
    ).flatMap((element) =>
      elements(element)
        .filter((value) => value.name === "qti-value")
        .map((value) => textOf(value).trim()),
    );
    const mapping = findAll(declaration, (element) => element.name === "qti-map-entry").map(
      (entry) => ({
        key: (entry.attributes["map-key"] ?? "").trim(),
        value: Number(entry.attributes["mapped-value"] ?? 0),
        caseSensitive: entry.attributes["case-sensitive"] === "true",
      }),
    );
    responses.set(declaration.attributes.identifier ?? "", {
      cardinality: declaration.attributes.cardinality ?? "single",
      correct,
      mapping,
    });
  }
  return responses;
}

/** The keys that earn full credit: the correct values, and mapped keys worth the most. */
export function fullCreditKeys(response: QtiResponse): string[] {
  const best = Math.max(0, ...response.mapping.map((entry) => entry.value));
  const mapped = response.mapping
    .filter((entry) => best > 0 && entry.value >= best)
    .map((entry) => entry.key);
  return [...new Set([...response.correct, ...mapped])];
}
