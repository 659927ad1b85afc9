import type { Bank } from "../schema/bank.ts";
import { bankSchema } from "../schema/bank.ts";
import type { Evidence } from "../schema/evidence.ts";
import { normalizeForComparison } from "../schema/question.ts";
import { cueReport } from "./cue-report.ts";
import { evidenceProblems } from "./evidence-problems.ts";

export interface BankProblem {
  /** Where the problem is: an item id, or a path into the bank. */
  where: string;
  message: string;
}

/** How many items (questions or cards) must quote each body paragraph. */
export const MIN_ITEMS_PER_BODY_PARAGRAPH = 2;
const FORBIDDEN_OPTION = /\b(all|none|both|neither) of the above\b/i;
/** One option letter, or a list of them: "a", "a, b, c", "a and c", "b or d". */
const OPTION_LETTERS = String.raw`[a-h]\b(?:\s*,\s*(?:(?:and|or)\s+)?[a-h]\b|\s+(?:and|or)\s+[a-h]\b)*`;
/**
 * Options are shuffled when shown, so a letter never names the same option
 * twice. Catches "(a)", "(a, b, c)", "option a", "options a and c", "answer b",
 * "choice d", "a)" used as a label, and bare lists such as "a and b".
 */
export const OPTION_LETTER_REFERENCE = new RegExp(
  [
    String.raw`\(\s*${OPTION_LETTERS}\s*\)`,
    String.raw`\b(?:options?|answers?|choices?)\s+${OPTION_LETTERS}`,
    String.raw`(?<![\w(])[a-h]\)`,
    String.raw`\b[a-h](?:\s*,\s*[a-h])*,?\s+(?:and|or)\s+[a-h]\b`,
  ].join("|"),
  "gi",
);

/**
 * Checks everything the schema alone cannot: ids and prompts unique across the
 * bank, evidence quoted verbatim, sets pointing at real items, every body
 * paragraph covered, options never referred to by letter (they are shuffled),
 * correct answers not bunched in one position, and every figure of the cue
 * report within its limit.
 * Returns every problem found (empty means the bank is sound).
 */
export function validateBank(input: unknown): BankProblem[] {
  const parsed = bankSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      where: describePath(input, issue.path),
      message: issue.message,
    }));
  }
  const bank = parsed.data;
  return [
    ...checkUniqueIds(bank),
    ...checkUniqueWording(bank),
    ...checkEvidence(bank),
    ...checkSets(bank),
    ...checkParagraphCoverage(bank),
    ...checkOptionWording(bank),
    ...checkOptionLetterReferences(bank),
    ...checkAnswerPositions(bank),
    ...checkCueLimits(bank),
  ];
}

function checkUniqueIds(bank: Bank): BankProblem[] {
  const ids = [
    ...bank.questions.map((item) => item.id),
    ...bank.flashcards.map((item) => item.id),
    ...bank.sets.map((item) => item.id),
  ];
  return duplicates(ids).map((id) => ({ where: id, message: `duplicate id ${id}` }));
}

function checkUniqueWording(bank: Bank): BankProblem[] {
  const prompts = bank.questions.map((question) =>
    normalizeForComparison(
      question.type === "cloze" ? `${question.prompt} ${question.text}` : question.prompt,
    ),
  );
  const fronts = bank.flashcards.map((card) => normalizeForComparison(card.front));
  return [
    ...duplicates(prompts).map((prompt) => ({
      where: bank.questions[prompts.indexOf(prompt)]?.id ?? "questions",
      message: `duplicate prompt "${prompt}"`,
    })),
    ...duplicates(fronts).map((front) => ({
      where: bank.flashcards[fronts.indexOf(front)]?.id ?? "flashcards",
      message: `duplicate flashcard front "${front}"`,
    })),
  ];
}

function checkEvidence(bank: Bank): BankProblem[] {
  const items: { id: string; evidence: Evidence[] }[] = [...bank.questions, ...bank.flashcards];
  return items.flatMap((item) =>
    evidenceProblems(item.evidence, bank.source).map((message) => ({ where: item.id, message })),
  );
}

function checkSets(bank: Bank): BankProblem[] {
  const questionIds = new Set(bank.questions.map((question) => question.id));
  const flashcardIds = new Set(bank.flashcards.map((card) => card.id));
  return bank.sets.flatMap((set) => [
    ...set.questionIds
      .filter((id) => !questionIds.has(id))
      .map((id) => ({ where: set.id, message: `set names missing question ${id}` })),
    ...set.flashcardIds
      .filter((id) => !flashcardIds.has(id))
      .map((id) => ({ where: set.id, message: `set names missing flashcard ${id}` })),
    ...duplicates([...set.questionIds, ...set.flashcardIds]).map((id) => ({
      where: set.id,
      message: `set lists ${id} more than once`,
    })),
  ]);
}

function checkParagraphCoverage(bank: Bank): BankProblem[] {
  const itemsPerParagraph = new Map<string, Set<string>>();
  for (const item of [...bank.questions, ...bank.flashcards]) {
    for (const evidence of item.evidence) {
      const items = itemsPerParagraph.get(evidence.paragraphId) ?? new Set<string>();
      items.add(item.id);
      itemsPerParagraph.set(evidence.paragraphId, items);
    }
  }
  return bank.source.paragraphs
    .filter((paragraph) => paragraph.kind === "body")
    .flatMap((paragraph) => {
      const count = itemsPerParagraph.get(paragraph.id)?.size ?? 0;
      return count >= MIN_ITEMS_PER_BODY_PARAGRAPH
        ? []
        : [
            {
              where: paragraph.id,
              message: `body paragraph ${paragraph.id} is evidence for ${count} item(s); at least ${MIN_ITEMS_PER_BODY_PARAGRAPH} are needed`,
            },
          ];
    });
}

function checkOptionWording(bank: Bank): BankProblem[] {
  return bank.questions.flatMap((question) =>
    "choices" in question
      ? question.choices
          .filter((choice) => FORBIDDEN_OPTION.test(choice.text))
          .map((choice) => ({
            where: question.id,
            message: `option "${choice.text}" is an all/none-of-the-above option`,
          }))
      : [],
  );
}

/**
 * The quiz player and Moodle shuffle options, so the prompt, explanation and
 * option texts of a choice question must name options by their content.
 */
function checkOptionLetterReferences(bank: Bank): BankProblem[] {
  return bank.questions.flatMap((question) => {
    if (question.type !== "single-choice" && question.type !== "multiple-choice") return [];
    const texts: [string, string][] = [
      ["prompt", question.prompt],
      ["explanation", question.explanation],
      ...question.choices.map((choice): [string, string] => [`option ${choice.id}`, choice.text]),
    ];
    return texts.flatMap(([field, text]) =>
      [...text.matchAll(OPTION_LETTER_REFERENCE)].map((match) => ({
        where: question.id,
        message: `${field} refers to option "${match[0]}" by letter; options are shuffled, so name it by its content`,
      })),
    );
  });
}

/**
 * Students learn to guess "always c" when keys cluster. For single-choice
 * questions, each position must hold the key between 60% and 140% of its fair
 * share. (The true/false balance is a figure of the cue report.)
 */
function checkAnswerPositions(bank: Bank): BankProblem[] {
  const problems: BankProblem[] = [];
  const byChoiceCount = new Map<number, number[]>();
  for (const question of bank.questions) {
    if (question.type !== "single-choice") continue;
    const position = question.choices.findIndex((choice) => choice.correct);
    const counts =
      byChoiceCount.get(question.choices.length) ??
      new Array<number>(question.choices.length).fill(0);
    counts[position] = (counts[position] ?? 0) + 1;
    byChoiceCount.set(question.choices.length, counts);
  }
  for (const [choiceCount, counts] of byChoiceCount) {
    const total = counts.reduce((sum, count) => sum + count, 0);
    if (total < choiceCount * 2) continue;
    const fair = total / choiceCount;
    counts.forEach((count, position) => {
      if (count < Math.floor(fair * 0.6) || count > Math.ceil(fair * 1.4)) {
        problems.push({
          where: "questions",
          message: `single-choice questions with ${choiceCount} options have the key at position ${position + 1} ${count} of ${total} times (fair share ${fair.toFixed(1)})`,
        });
      }
    });
  }
  return problems;
}

/** A figure of the cue report past its limit is a problem of the bank. */
function checkCueLimits(bank: Bank): BankProblem[] {
  return cueReport(bank)
    .figures.filter((figure) => !figure.withinLimit)
    .map((figure) => ({
      where: "cue report",
      message: `${figure.label}: ${figure.value}; limit ${figure.limit}${figure.items.length > 0 ? ` (${figure.items.join(", ")})` : ""}`,
    }));
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

function describePath(input: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = input;
  let label = path.map(String).join(".");
  for (const key of path) {
    if (node === null || typeof node !== "object") break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const id =
      node !== null && typeof node === "object" ? (node as { id?: unknown }).id : undefined;
    if (typeof id === "string") label = `${id} (${path.map(String).join(".")})`;
  }
  return label || "bank";
}
