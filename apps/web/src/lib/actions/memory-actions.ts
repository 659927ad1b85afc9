"use server";

import { getDb } from "@quizdeck/db";
import { LIMITS } from "@quizdeck/db/fields";
import { setDesiredRetention } from "@quizdeck/db/memory";
import { z } from "zod";
import { defineAction } from "@/server/action/define-action";

const CHOOSE = `Choose a target from ${LIMITS.desiredRetentionPercentMin}% to ${LIMITS.desiredRetentionPercentMax}%.`;

export const setTargetRecallAction = defineAction({
  access: "student",
  input: z.object({
    targetPercent: z
      .string({ error: CHOOSE })
      .trim()
      .regex(/^\d{1,3}$/, CHOOSE)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(LIMITS.desiredRetentionPercentMin, CHOOSE)
          .max(LIMITS.desiredRetentionPercentMax, CHOOSE),
      ),
  }),
  returnTo: () => "/progress",
  async handle({ user, input }) {
    await setDesiredRetention(getDb(), {
      userId: user.id,
      desiredRetention: input.targetPercent / 100,
    });
    return {
      message: `Target recall set to ${input.targetPercent}%. It applies from each card's next review; nothing already scheduled moves.`,
      revalidate: ["/progress", "/flashcards"],
    };
  },
});
