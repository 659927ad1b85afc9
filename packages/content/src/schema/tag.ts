import { z } from "zod";
import { TAG_IDS } from "../bank/tags.ts";

export const tagIdSchema = z.enum(TAG_IDS, {
  error: (issue) => `unknown tag ${JSON.stringify(issue.input)}: add it to bank/tags.ts first`,
});
