import { htmlToPlain } from "./html-to-plain.ts";

/** Text taken from a source, with the changes taking it made (each a report line). */
export interface TakenText {
  text: string;
  changes: string[];
}

/** HTML as plain text; each loss becomes "<where>: <loss> not kept". */
export function takeHtml(html: string, where: string): TakenText {
  const plain = htmlToPlain(html);
  return { text: plain.text, changes: plain.losses.map((loss) => `${where}: ${loss} not kept`) };
}

/** Joins the changes of several taken texts, each said once. */
export function allChanges(...texts: readonly TakenText[]): string[] {
  return [...new Set(texts.flatMap((taken) => taken.changes))];
}
