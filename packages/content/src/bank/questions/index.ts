import type { z } from "zod";
import type { questionSchema } from "../../schema/question.ts";

export const questions: z.input<typeof questionSchema>[] = [];
