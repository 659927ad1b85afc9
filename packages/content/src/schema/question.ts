import { z } from "zod";
import { evidenceSchema } from "./evidence.ts";
import { tagIdSchema } from "./tag.ts";

export const QUESTION_TYPES = [
  "single-choice",
  "multiple-choice",
  "true-false",
  "cloze",
  "matching",
  "ordering",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const COGNITIVE_LEVELS = ["recall", "understanding", "analysis"] as const;
export type CognitiveLevel = (typeof COGNITIVE_LEVELS)[number];

export const questionIdSchema = z
  .string()
  .regex(/^q-[a-z0-9]+(-[a-z0-9]+)*$/, "question ids are kebab-case and start with 'q-'");

/** Marks blank n (1-based) inside a cloze text. */
export const CLOZE_BLANK_PATTERN = /\{\{(\d+)\}\}/g;

const text = z.string().trim().min(1);

const questionBase = {
  id: questionIdSchema,
  prompt: text,
  /** Why the answer is right, and why the tempting wrong answers are wrong. */
  explanation: text,
  evidence: z.array(evidenceSchema).min(1, "every question needs at least one evidence quote"),
  tags: z.array(tagIdSchema).min(1, "every question needs at least one tag"),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  level: z.enum(COGNITIVE_LEVELS),
};

export const choiceSchema = z.object({
  id: z.string().regex(/^[a-z]$/, "choice ids are single lower-case letters"),
  text,
  correct: z.boolean(),
});
export type Choice = z.infer<typeof choiceSchema>;

const choices = z
  .array(choiceSchema)
  .min(2)
  .max(8)
  .superRefine((list, ctx) => {
    reportDuplicates(
      list.map((choice) => choice.id),
      "choice id",
      ctx,
    );
    reportDuplicates(
      list.map((choice) => normalizeForComparison(choice.text)),
      "option",
      ctx,
    );
  });

export const singleChoiceQuestionSchema = z
  .object({ ...questionBase, type: z.literal("single-choice"), choices })
  .superRefine((question, ctx) => {
    const correct = question.choices.filter((choice) => choice.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: "custom",
        path: ["choices"],
        message: `a single-choice question needs exactly one correct option, found ${correct}`,
      });
    }
  });

export const multipleChoiceQuestionSchema = z
  .object({ ...questionBase, type: z.literal("multiple-choice"), choices: choices.min(3) })
  .superRefine((question, ctx) => {
    const correct = question.choices.filter((choice) => choice.correct).length;
    // One correct option is allowed: "select all that apply" must not tell a student that at least two are.
    if (correct < 1 || correct === question.choices.length) {
      ctx.addIssue({
        code: "custom",
        path: ["choices"],
        message: `a multiple-choice question needs at least one correct and one wrong option, found ${correct} of ${question.choices.length} correct`,
      });
    }
  });

export const trueFalseQuestionSchema = z.object({
  ...questionBase,
  type: z.literal("true-false"),
  answer: z.boolean(),
});

export const clozeQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal("cloze"),
    /** The passage with each blank written as {{1}}, {{2}}, ... in order. */
    text,
    /** Accepted answers per blank: accept[0] lists the answers for {{1}}. */
    accept: z.array(z.array(text).min(1, "every blank needs at least one accepted answer")).min(1),
  })
  .superRefine((question, ctx) => {
    const numbers = [...question.text.matchAll(CLOZE_BLANK_PATTERN)].map((match) =>
      Number(match[1]),
    );
    const expected = question.accept.map((_, index) => index + 1);
    if (numbers.join(",") !== expected.join(",")) {
      ctx.addIssue({
        code: "custom",
        path: ["text"],
        message: `cloze blanks must be {{1}}..{{${expected.length}}} in order, one per accept list; found [${numbers.join(", ")}]`,
      });
    }
    question.accept.forEach((answers, index) => {
      reportDuplicates(answers.map(normalizeForComparison), `accepted answer`, ctx, [
        "accept",
        index,
      ]);
    });
  });

export const matchingQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal("matching"),
    pairs: z.array(z.object({ left: text, right: text })).min(3, "matching needs at least 3 pairs"),
  })
  .superRefine((question, ctx) => {
    reportDuplicates(
      question.pairs.map((pair) => normalizeForComparison(pair.left)),
      "left side",
      ctx,
      ["pairs"],
    );
    reportDuplicates(
      question.pairs.map((pair) => normalizeForComparison(pair.right)),
      "right side",
      ctx,
      ["pairs"],
    );
  });

export const orderingQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal("ordering"),
    /** The items in their correct order. */
    items: z.array(text).min(3, "ordering needs at least 3 items"),
  })
  .superRefine((question, ctx) => {
    reportDuplicates(question.items.map(normalizeForComparison), "item", ctx, ["items"]);
  });

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceQuestionSchema,
  multipleChoiceQuestionSchema,
  trueFalseQuestionSchema,
  clozeQuestionSchema,
  matchingQuestionSchema,
  orderingQuestionSchema,
]);

export type Question = z.infer<typeof questionSchema>;
export type SingleChoiceQuestion = z.infer<typeof singleChoiceQuestionSchema>;
export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceQuestionSchema>;
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestionSchema>;
export type ClozeQuestion = z.infer<typeof clozeQuestionSchema>;
export type MatchingQuestion = z.infer<typeof matchingQuestionSchema>;
export type OrderingQuestion = z.infer<typeof orderingQuestionSchema>;
export type QuestionOfType<T extends QuestionType> = Extract<Question, { type: T }>;

/** Case, spacing and punctuation do not make two options different. */
export function normalizeForComparison(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function reportDuplicates(
  values: readonly string[],
  what: string,
  ctx: z.RefinementCtx,
  path: (string | number)[] = [],
): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) {
      ctx.addIssue({ code: "custom", path, message: `duplicate ${what}: "${value}"` });
    }
    seen.add(value);
  }
}
