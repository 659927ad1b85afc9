import type { QuestionInput } from "./question-input.ts";

/**
 * p17: what Moscow may settle for, the coordination it will still expect, and
 * Zagorski's closing warning about direct US ties in the region.
 */
export const zagorskiAndOutlookQuestions: QuestionInput[] = [
  {
    id: "q-what-moscow-may-settle-for",
    type: "single-choice",
    prompt: "According to the article's final paragraph, what may Moscow settle for in the end?",
    choices: [
      {
        id: "a",
        text: "Partial cooperation, while still expecting coordination with Washington",
        correct: true,
      },
      {
        id: "b",
        text: "Full cooperation on the terms it first sought, with no concessions",
        correct: false,
      },
      {
        id: "c",
        text: "Leaving the region's security to NATO once the coalition has left",
        correct: false,
      },
      {
        id: "d",
        text: "Accepting direct US deals with each state without asking for a say",
        correct: false,
      },
    ],
    explanation:
      "“Moscow may settle for something less than full cooperation with the CSTO, knowing that the United States is resistant to the idea. But the Kremlin will expect some sort of coordination with Washington.” Settling for less rules out full cooperation on Moscow's first terms. Nothing in the paragraph has Russia leaving the region's security to NATO. Direct US cooperation with individual countries, without more cooperation with Russia, is what Zagorski says “is going to be a problem.”",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "Moscow may settle for something less than full cooperation with the CSTO, knowing that the United States is resistant to the idea",
      },
      {
        paragraphId: "p17",
        quote: "But the Kremlin will expect some sort of coordination with Washington",
      },
      {
        paragraphId: "p17",
        quote:
          "increased direct US and NATO cooperation with individual countries in the region [Central Asia] without an increased cooperation with Russia",
      },
    ],
    tags: ["russian-strategy", "nato-csto-cooperation", "andrei-zagorski"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-closing-warning-objects-to-any-direct-ties",
    type: "true-false",
    prompt:
      "True or false: Zagorski's closing remark objects to any US or NATO cooperation with individual Central Asian states.",
    answer: false,
    explanation:
      "False. His objection is conditional: such cooperation is “going to be a problem” if it comes “without an increased cooperation with Russia, and without mutual transparency.” The same paragraph says the Kremlin “will expect some sort of coordination with Washington,” not an end to US ties in the region.",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "without an increased cooperation with Russia, and without mutual transparency, this is going to be a problem",
      },
      {
        paragraphId: "p17",
        quote: "But the Kremlin will expect some sort of coordination with Washington",
      },
    ],
    tags: ["andrei-zagorski", "bilateral-relations", "central-asia"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-closing-warning-and-ploy-reading",
    type: "true-false",
    prompt:
      "True or false: Zagorski's closing warning points the same way as the article's “ploy” reading: both have Moscow uneasy about direct US ties with individual Central Asian states.",
    answer: true,
    explanation:
      "True. The ploy reading says Moscow's effort may be “designed to weaken bilateral relationships that the United States has established with Central Asian states.” Zagorski warns that “increased direct US and NATO cooperation with individual countries in the region” without more cooperation with Russia “is going to be a problem.” Both passages show Moscow objecting to US ties that bypass it, though the article leaves open which reading of Moscow's push is right (“Whatever the case”).",
    evidence: [
      {
        paragraphId: "p07",
        quote:
          "a ploy designed to weaken bilateral relationships that the United States has established with Central Asian states",
      },
      {
        paragraphId: "p17",
        quote: "increased direct US and NATO cooperation with individual countries in the region",
      },
      { paragraphId: "p08", quote: "Whatever the case" },
    ],
    tags: ["bilateral-relations", "russian-strategy", "andrei-zagorski"],
    difficulty: 3,
    level: "analysis",
  },
];
