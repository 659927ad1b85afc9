import { type GIFTQuestion, parse } from "gift-pegjs";

/**
 * Reads GIFT back with gift-pegjs, an independent GIFT parser, into plain records a
 * test can compare with the bank. Two gift-pegjs 1.0.2 quirks are undone here:
 * it leaves Moodle's escape placeholders (&&061; ...) in the right side of matching
 * pairs, and it does not say which short answers carry Moodle's "\*" wildcard escape.
 */
export interface ReadGiftQuestion {
  kind: "MC" | "TF" | "Short" | "Matching";
  title: string | null;
  idNumber: string | null;
  tags: string[];
  stem: string;
  format: string;
  feedback: string | undefined;
  choices: { text: string; isCorrect: boolean; weight: number | null }[];
  isTrue: boolean | undefined;
  pairs: { left: string; right: string }[];
}

export interface ReadGift {
  categories: string[];
  questions: ReadGiftQuestion[];
}

export function readGift(gift: string): ReadGift {
  const categories: string[] = [];
  const questions: ReadGiftQuestion[] = [];
  for (const item of parse(gift)) {
    if (item.type === "Category") {
      categories.push(item.title);
      continue;
    }
    questions.push(readQuestion(item));
  }
  return { categories, questions };
}

function readQuestion(item: Exclude<GIFTQuestion, { type: "Category" }>): ReadGiftQuestion {
  const base = {
    title: item.title,
    idNumber: item.id ?? null,
    tags: item.tags ?? [],
    stem: "stem" in item ? item.stem.text : "",
    format: "stem" in item ? item.stem.format : "",
    feedback:
      "globalFeedback" in item && item.globalFeedback ? item.globalFeedback.text : undefined,
    choices: [] as ReadGiftQuestion["choices"],
    isTrue: undefined as boolean | undefined,
    pairs: [] as ReadGiftQuestion["pairs"],
  };
  switch (item.type) {
    case "MC":
    case "Short":
      return {
        ...base,
        kind: item.type,
        choices: item.choices.map((choice) => ({
          text: choice.text.text,
          isCorrect: choice.isCorrect,
          weight: choice.weight,
        })),
      };
    case "TF":
      return { ...base, kind: "TF", isTrue: item.isTrue };
    case "Matching":
      return {
        ...base,
        kind: "Matching",
        pairs: item.matchPairs.map((pair) => ({
          left: pair.subquestion.text,
          right: undoPlaceholders(pair.subanswer),
        })),
      };
    default:
      throw new Error(`unexpected GIFT question type ${item.type}`);
  }
}

/** Moodle's escapedchar_post, which gift-pegjs forgets for matching right sides. */
function undoPlaceholders(text: string): string {
  const characters: Record<string, string> = {
    "&&092;": "\\",
    "&&058;": ":",
    "&&035;": "#",
    "&&061;": "=",
    "&&123;": "{",
    "&&125;": "}",
    "&&126;": "~",
    "&&010": "\n",
  };
  return text.replace(
    /&&(?:092|058|035|061|123|125|126);|&&010/g,
    (code) => characters[code] ?? code,
  );
}

/** A stored Moodle short answer as the text a student must type ("\*" is a literal "*"). */
export function shortAnswerText(stored: string): string {
  return stored.replace(/\\\*/g, "*");
}

/**
 * gift-pegjs collapses runs of spaces and tabs to one space in all text (Moodle keeps
 * them); expected texts pass through this before comparison.
 */
export function asGiftPegjsReadsIt(text: string): string {
  return text.replace(/[^\S\n]{2,}/g, " ");
}
