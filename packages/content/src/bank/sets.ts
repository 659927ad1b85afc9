import type { z } from "zod";
import type { questionSetSchema } from "../schema/question-set.ts";

export const questionSets: z.input<typeof questionSetSchema>[] = [];
