import type { z } from "zod";
import type { questionSchema } from "../../schema/question.ts";

/** A question as authored in the bank files, before the schema parses it. */
export type QuestionInput = z.input<typeof questionSchema>;
