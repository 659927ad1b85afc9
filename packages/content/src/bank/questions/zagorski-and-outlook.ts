import type { QuestionInput } from "./question-input.ts";

/**
 * p17–p18 and Zagorski across the article: what Moscow may settle for, the
 * coordination it will still expect, Zagorski's line of argument, and the
 * author note.
 */
export const zagorskiAndOutlookQuestions: QuestionInput[] = [
  {
    id: "q-what-moscow-may-settle-for",
    type: "single-choice",
    prompt: "According to the article's final paragraph, what may Moscow settle for in the end?",
    choices: [
      {
        id: "a",
        text: "Something less than full cooperation with the CSTO, while still expecting some coordination with Washington",
        correct: true,
      },
      {
        id: "b",
        text: "Full NATO–CSTO cooperation on the terms Moscow originally sought",
        correct: false,
      },
      {
        id: "c",
        text: "Dropping the CSTO and working through the Commonwealth of Independent States instead",
        correct: false,
      },
      {
        id: "d",
        text: "Accepting US bilateral deals in Central Asia without asking for any coordination",
        correct: false,
      },
    ],
    explanation:
      "The article says “Moscow may settle for something less than full cooperation with the CSTO, knowing that the United States is resistant to the idea. But the Kremlin will expect some sort of coordination with Washington.” Full cooperation on Moscow's original terms is exactly what Moscow is likely not to get. The Commonwealth of Independent States is mentioned only as the umbrella for the CSTO, not as a replacement for it. Accepting US bilateral deals without asking for any coordination ignores the second half of the sentence: Moscow will still expect coordination, and Zagorski warns that direct US cooperation with individual countries without it “is going to be a problem.”",
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
    ],
    tags: ["russian-strategy", "nato-csto-cooperation", "andrei-zagorski"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-cloze-zagorski-closing-warning",
    type: "cloze",
    prompt: "Complete Zagorski's closing warning.",
    text: "“If Moscow is confronted with increased direct US and NATO cooperation with individual countries in the region [Central Asia] without an increased cooperation with {{1}}, and without mutual {{2}}, this is going to be a problem.”",
    accept: [["Russia", "Moscow"], ["transparency"]],
    explanation:
      "Zagorski's condition has two parts: US and NATO cooperation with individual countries would be a problem if it came without more cooperation with Russia and without mutual transparency. The first blank is not “the CSTO”. By this point the article says Moscow may settle for less than full cooperation with the CSTO, so Zagorski asks for cooperation with Russia itself.",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "without an increased cooperation with Russia, and without mutual transparency, this is going to be a problem",
      },
    ],
    tags: ["andrei-zagorski", "bilateral-relations", "russian-strategy"],
    difficulty: 2,
    level: "recall",
  },
  {
    id: "q-kremlin-expects-coordination",
    type: "true-false",
    prompt:
      "True or false: Even if Moscow settles for less than full cooperation with the CSTO, the Kremlin will still expect some sort of coordination with Washington.",
    answer: true,
    explanation:
      "True. The final paragraph says Moscow may settle for less, “But the Kremlin will expect some sort of coordination with Washington, Zagorski said.” Settling for less does not mean giving up. Moscow still wants a say in US and NATO activity in Central Asia.",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "But the Kremlin will expect some sort of coordination with Washington, Zagorski said.",
      },
    ],
    tags: ["russian-strategy", "andrei-zagorski", "united-states"],
    difficulty: 1,
    level: "understanding",
  },
  {
    id: "q-scenario-zagorski-calls-a-problem",
    type: "single-choice",
    prompt:
      "In his closing remark, which scenario does Zagorski say “is going to be a problem” for Moscow?",
    choices: [
      {
        id: "a",
        text: "NATO agreeing to a formal relationship with the CSTO",
        correct: false,
      },
      {
        id: "b",
        text: "Turkmenistan increasing its activity in the Commonwealth of Independent States",
        correct: false,
      },
      {
        id: "c",
        text: "The CSTO gaining a role in managing the Northern Distribution Network",
        correct: false,
      },
      {
        id: "d",
        text: "More direct US and NATO cooperation with individual Central Asian countries, without more cooperation with Russia or mutual transparency",
        correct: true,
      },
    ],
    explanation:
      "Zagorski's last words warn against “increased direct US and NATO cooperation with individual countries in the region … without an increased cooperation with Russia, and without mutual transparency.” A formal NATO–CSTO relationship and a CSTO role in managing the NDN are outcomes Moscow wants, so they cannot be the problem. Turkmenistan's activity in the Commonwealth of Independent States is something Zagorski welcomes as a sign it “needs support.”",
    evidence: [
      {
        paragraphId: "p17",
        quote:
          "If Moscow is confronted with increased direct US and NATO cooperation with individual countries in the region [Central Asia] without an increased cooperation with Russia",
      },
    ],
    tags: ["andrei-zagorski", "bilateral-relations", "russian-strategy", "central-asia"],
    difficulty: 2,
    level: "understanding",
  },
  {
    id: "q-closing-warning-and-ploy-reading",
    type: "true-false",
    prompt:
      "True or false: Zagorski's closing warning suggests that Moscow is uneasy about the kind of direct, country-by-country US ties in Central Asia that the “ploy” reading says it wants to weaken.",
    answer: true,
    explanation:
      "True. The ploy reading says Moscow's effort may be “designed to weaken bilateral relationships that the United States has established with Central Asian states.” In the last paragraph Zagorski says increased direct US and NATO cooperation “with individual countries in the region” without more cooperation with Russia “is going to be a problem.” Both passages show Moscow objecting to US ties that bypass it. The warning does not prove the ploy reading, but it points the same way. It would be wrong to say the two passages contradict each other.",
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
    ],
    tags: ["bilateral-relations", "russian-strategy", "andrei-zagorski"],
    difficulty: 3,
    level: "analysis",
  },
  {
    id: "q-author-based-in-moscow",
    type: "true-false",
    prompt: "True or false: The author, Joshua Kucera, is described as a Moscow-based writer.",
    answer: false,
    explanation:
      "False. The author note says Kucera is “a Washington, DC,-based writer.” Moscow is where Zagorski's institute is, and the article focuses on Moscow's policy, which may make “Moscow-based” sound right, but it is not what the note says.",
    evidence: [{ paragraphId: "p18", quote: "Joshua Kucera is a Washington, DC,-based writer" }],
    tags: ["joshua-kucera", "sourcing"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-kucera-regions",
    type: "multiple-choice",
    prompt:
      "According to the author note, which regions does Joshua Kucera specialize in? Select all that apply.",
    choices: [
      { id: "a", text: "Central Asia", correct: true },
      { id: "b", text: "The Caucasus", correct: true },
      { id: "c", text: "The Middle East", correct: true },
      { id: "d", text: "Europe", correct: false },
      { id: "e", text: "South Asia", correct: false },
    ],
    explanation:
      "The note says he “specializes in security issues in Central Asia, the Caucasus and the Middle East.” Europe comes up in the article only as the starting point of the NDN's supply routes. South Asia is not named among his specialties.",
    evidence: [
      {
        paragraphId: "p18",
        quote: "specializes in security issues in Central Asia, the Caucasus and the Middle East",
      },
    ],
    tags: ["joshua-kucera", "sourcing", "eurasianet"],
    difficulty: 1,
    level: "recall",
  },
  {
    id: "q-zagorski-views",
    type: "multiple-choice",
    prompt:
      "Which of these views does Andrei Zagorski express in the article? Select all that apply.",
    choices: [
      {
        id: "a",
        text: "When the coalition leaves Afghanistan, Russia will need help.",
        correct: true,
      },
      { id: "b", text: "The CSTO will be a problem, politically, for Russia.", correct: true },
      {
        id: "c",
        text: "The Kremlin will expect some sort of coordination with Washington.",
        correct: true,
      },
      {
        id: "d",
        text: "Cooperation with the CSTO would make the supply network much more effective.",
        correct: false,
      },
      {
        id: "e",
        text: "It would be counterproductive for NATO to engage with the CSTO.",
        correct: false,
      },
    ],
    explanation:
      "Zagorski predicts the situation will be reversed and Russia “will need help,” calls the CSTO a political problem for Russia, and says the Kremlin will expect coordination with Washington. The claim about making the supply network more effective belongs to Yevgeny Buzhinsky, the other Russian voice, who is more upbeat about the CSTO. The view that engaging the CSTO is counterproductive comes from the 2009 US cable. Zagorski, speaking for the Russian side, says “We want NATO to have a formal relationship with the CSTO.”",
    evidence: [
      { paragraphId: "p08", quote: "Russia will need help,” said Andrei Zagorski" },
      {
        paragraphId: "p14",
        quote: "“The CSTO will be a problem, politically, for Russia,” Zagorski said.",
      },
      {
        paragraphId: "p17",
        quote: "the Kremlin will expect some sort of coordination with Washington, Zagorski said",
      },
    ],
    tags: ["andrei-zagorski", "sourcing", "russian-strategy"],
    difficulty: 2,
    level: "analysis",
  },
  {
    id: "q-order-zagorski-remarks",
    type: "ordering",
    prompt: "Put these remarks by Andrei Zagorski in the order they appear in the article.",
    items: [
      "When the coalition leaves Afghanistan, the situation will be reversed.",
      "The CSTO will be a problem, politically, for Russia.",
      "Karimov has to decide if he wants to be a true ally, or if he will leave.",
      "Turkmenistan also understands that it needs support.",
      "Direct US and NATO cooperation with individual countries, without more cooperation with Russia, is going to be a problem.",
    ],
    explanation:
      "Zagorski first speaks about Russia's weakening position (p08). He returns in the section on Central Asian stances with the CSTO as a political problem (p14), then Karimov (p15) and Turkmenistan (p16), and has the last word on what Moscow will expect (p17). It is easy to swap the two “problem” remarks. The CSTO one comes in the middle of the article, and the warning about direct US ties is its final sentence.",
    evidence: [
      { paragraphId: "p08", quote: "the situation will be reversed" },
      { paragraphId: "p14", quote: "The CSTO will be a problem, politically, for Russia" },
      { paragraphId: "p15", quote: "Karimov has to decide if he wants to be a true ally" },
      { paragraphId: "p16", quote: "Turkmenistan also understands that it needs support" },
      { paragraphId: "p17", quote: "this is going to be a problem" },
    ],
    tags: ["andrei-zagorski", "sourcing"],
    difficulty: 2,
    level: "recall",
  },
];
