import { type Bank, bankSchema } from "../src/schema/bank.ts";

/**
 * A small bank for the exporter tests, independent of the shipped one, with text
 * chosen to break naive exporters: GIFT's ~ = # { } : \ , HTML's < > & and quotes,
 * typographic ’ “ ” – é, a "->" on a right side, "%5%" that looks like a GIFT weight,
 * "*" (Moodle's short-answer wildcard), "]]>" (which ends CDATA), newlines in a
 * prompt and a cloze text, and tabs, newlines, quotes and a leading "#" in cards.
 * Every question type appears; one cloze has two blanks; one set draws from pools.
 */
export const NASTY = "a ~ b = c # d { e } f : g \\ h";

const p01 =
  "Russia’s “security dilemma” – the CSTO = NATO? {not quite}: see #1 & <b>bold</b> claims at C:\\temp.";
const p02 =
  "Zagorski said: the “Afghan threat” is real ~ but overstated; 50% of experts agree, see ]]> and */";
const p03 = "Joshua Kucera is a Washington, DC,-based writer who covers Central Asia — été.";

export const fixtureBank: Bank = bankSchema.parse({
  source: {
    title: "Central Asia: a {fixture} ~ title – “quoted”",
    author: "Joshua Kucera",
    publisher: "EurasiaNet",
    attribution: "Originally published at EurasiaNet.org <test> & more.",
    paragraphs: [
      { id: "p01", text: p01, kind: "body" },
      { id: "p02", text: p02, kind: "body" },
      { id: "p03", text: p03, kind: "author-note" },
    ],
  },
  questions: [
    {
      id: "q-nasty-single",
      type: "single-choice",
      prompt: `Which of these ${NASTY} is right? It’s “tricky” – é <i>&amp;</i>`,
      explanation: "Because {braces} #hash = equals ~ tilde : colon \\ backslash & <tags>.",
      evidence: [{ paragraphId: "p01", quote: "the CSTO = NATO? {not quite}" }],
      tags: ["csto", "nato"],
      difficulty: 2,
      level: "recall",
      choices: [
        { id: "a", text: "a = b ~ c", correct: false },
        { id: "b", text: "{braces} #hash", correct: true },
        { id: "c", text: "C:\\path\\to\\file", correct: false },
        { id: "d", text: "%5% growth <b>not bold</b> & more", correct: false },
      ],
    },
    {
      id: "q-nasty-multi-three",
      type: "multiple-choice",
      prompt: "Pick every true one:\nthe second line has : and =",
      explanation: "Three are right; ~ and # are not.",
      evidence: [{ paragraphId: "p02", quote: "the “Afghan threat” is real ~ but overstated" }],
      tags: ["taliban-threat"],
      difficulty: 3,
      level: "analysis",
      choices: [
        { id: "a", text: "right ~ one", correct: true },
        { id: "b", text: "right = two", correct: true },
        { id: "c", text: "wrong # three", correct: false },
        { id: "d", text: "right {four}", correct: true },
        { id: "e", text: "[html] wrong five", correct: false },
      ],
    },
    {
      id: "q-multi-two",
      type: "multiple-choice",
      prompt: "Which two are organisations?",
      explanation: "NATO and the CSTO are; Russia is a state.",
      evidence: [{ paragraphId: "p01", quote: "the CSTO = NATO? {not quite}" }],
      tags: ["nato", "csto"],
      difficulty: 1,
      level: "understanding",
      choices: [
        { id: "a", text: "NATO", correct: true },
        { id: "b", text: "Russia", correct: false },
        { id: "c", text: "CSTO", correct: true },
        { id: "d", text: "Afghanistan", correct: false },
      ],
    },
    {
      id: "q-tf-true",
      type: "true-false",
      prompt: "The “Afghan threat” is real ~ per Zagorski: yes = true?",
      explanation: "He said so #1.",
      evidence: [{ paragraphId: "p02", quote: "Zagorski said: the “Afghan threat” is real" }],
      tags: ["andrei-zagorski"],
      difficulty: 1,
      level: "recall",
      answer: true,
    },
    {
      id: "q-tf-false",
      type: "true-false",
      prompt: "100% of experts agree {per p02}.",
      explanation: "Only 50% do.",
      evidence: [{ paragraphId: "p02", quote: "50% of experts agree" }],
      tags: ["sourcing"],
      difficulty: 2,
      level: "understanding",
      answer: false,
    },
    {
      id: "q-cloze-one",
      type: "cloze",
      prompt: "Fill in the blank ~ carefully:",
      text: "Russia’s “security {{1}}” – with # and {braces}.",
      explanation: "The article’s word is “dilemma”.",
      evidence: [{ paragraphId: "p01", quote: "Russia’s “security dilemma”" }],
      tags: ["russian-strategy"],
      difficulty: 1,
      level: "recall",
      accept: [["dilemma", "dilemma: #1 {x} = y & <z>", "C:\\temp*"]],
    },
    {
      id: "q-cloze-two",
      type: "cloze",
      prompt: "Complete the sentence.",
      text: "The {{1}} and\nthe {{2}} (été).",
      explanation: "Both organisations are named in p01.",
      evidence: [{ paragraphId: "p01", quote: "the CSTO = NATO? {not quite}" }],
      tags: ["nato-csto-cooperation"],
      difficulty: 2,
      level: "understanding",
      accept: [
        ["CSTO", "Collective Security Treaty Organization"],
        ["NATO", "N.A.T.O. – été"],
      ],
    },
    {
      id: "q-match",
      type: "matching",
      prompt: "Match each symbol {GIFT} to its name:",
      explanation: "Symbols & names.",
      evidence: [{ paragraphId: "p02", quote: "see ]]> and */" }],
      tags: ["sourcing"],
      difficulty: 2,
      level: "recall",
      pairs: [
        { left: "~ tilde", right: "the one -> that waves" },
        { left: "= equals", right: "two lines = same" },
        { left: "# hash {x}", right: "a “grid” & <tag> ]]>" },
        { left: "[plain] brackets", right: "C:\\dir" },
      ],
    },
    {
      id: "q-order",
      type: "ordering",
      prompt: "Put these in the article’s order:",
      explanation: "p01 comes before p02 ~ obviously.",
      evidence: [
        { paragraphId: "p01", quote: "Russia’s “security dilemma”" },
        { paragraphId: "p02", quote: "50% of experts agree" },
      ],
      tags: ["russian-strategy", "andrei-zagorski"],
      difficulty: 3,
      level: "analysis",
      items: [
        "The “security dilemma”",
        "CSTO = NATO? {no}",
        "Zagorski ~ threat -> real",
        "50% & <agree>",
      ],
    },
  ],
  flashcards: [
    {
      id: "c-tabs-and-newlines",
      front: 'Front with\ta tab and\nnewline “quoted” and "straight" quotes',
      back: "Back line 1\nBack line 2 <b>not bold</b> & é – ’",
      evidence: [{ paragraphId: "p01", quote: "Russia’s “security dilemma”" }],
      tags: ["russian-strategy", "csto"],
    },
    {
      id: "c-leading-hash",
      front: "#1 starts with a hash",
      back: 'a "quoted" back\twith tab',
      evidence: [{ paragraphId: "p02", quote: "50% of experts agree" }],
      tags: ["sourcing"],
    },
    {
      id: "c-plain",
      front: "Who wrote the article?",
      back: "Joshua Kucera",
      evidence: [{ paragraphId: "p03", quote: "Joshua Kucera is a Washington, DC,-based writer" }],
      tags: ["joshua-kucera"],
    },
  ],
  sets: [
    {
      id: "s-fixture-core",
      title: "Core – “nasty” set",
      description: "Questions with {braces} & <tags>.",
      questionIds: ["q-cloze-two", "q-nasty-single", "q-order"],
      flashcardIds: ["c-leading-hash"],
    },
    {
      id: "s-fixture-cards",
      title: "Cards, and the rest drawn from pools",
      description:
        "Flashcards, and the questions the core set leaves out, drawn two pools at a time.",
      questionIds: [
        "q-nasty-multi-three",
        "q-multi-two",
        "q-tf-true",
        "q-tf-false",
        "q-cloze-one",
        "q-match",
      ],
      flashcardIds: ["c-plain", "c-tabs-and-newlines"],
      draw: [
        {
          title: "Choices: one of two",
          questionIds: ["q-nasty-multi-three", "q-multi-two"],
          count: 1,
        },
        {
          title: "The rest: two of four",
          questionIds: ["q-tf-true", "q-tf-false", "q-cloze-one", "q-match"],
          count: 2,
        },
      ],
    },
  ],
});
