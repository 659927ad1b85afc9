import { describe, expect, it } from "vitest";
import { article } from "../src/article/article.ts";
import { flashcards } from "../src/bank/flashcards.ts";
import { questions } from "../src/bank/questions/index.ts";
import { questionSets } from "../src/bank/sets.ts";
import { validateBank } from "../src/validate/validate-bank.ts";

/** A deep copy of the shipped bank to break one rule at a time. */
function bankCopy() {
  return structuredClone({ source: article, questions, flashcards, sets: questionSets });
}

function findOfType<T extends string>(bank: ReturnType<typeof bankCopy>, type: T) {
  const question = bank.questions.find((candidate) => candidate.type === type);
  if (!question) throw new Error(`no ${type} question in the bank`);
  return question as Extract<(typeof bank.questions)[number], { type: T }>;
}

function messages(input: unknown): string {
  return validateBank(input)
    .map((problem) => `${problem.where}: ${problem.message}`)
    .join("\n");
}

/** validateBank runs the whole cue report each call: give it room on a busy machine. */
const SLOW = { timeout: 60_000 };

describe("validateBank catches", SLOW, () => {
  it("a schema error, naming the item", () => {
    const bank = bankCopy();
    const question = bank.questions[0];
    if (!question) throw new Error("empty bank");
    (question as { difficulty: number }).difficulty = 7;
    expect(messages(bank)).toContain(question.id);
  });

  it("a duplicate id", () => {
    const bank = bankCopy();
    const [first, second] = bank.questions;
    if (!first || !second) throw new Error("empty bank");
    second.id = first.id;
    expect(messages(bank)).toContain(`duplicate id ${first.id}`);
  });

  it("a duplicate prompt, ignoring case and punctuation", () => {
    const bank = bankCopy();
    const first = findOfType(bank, "single-choice");
    const other = bank.questions.find((q) => q.type === "true-false");
    if (!other) throw new Error("no true-false");
    other.prompt = `${first.prompt.toUpperCase()}!`;
    expect(messages(bank)).toMatch(/duplicate prompt/);
  });

  it("evidence that is not verbatim, or cites an unknown paragraph", () => {
    const bank = bankCopy();
    const question = bank.questions[0];
    const card = bank.flashcards[0];
    if (!question || !card) throw new Error("empty bank");
    const evidence = question.evidence[0];
    if (!evidence) throw new Error("no evidence");
    evidence.quote = `${evidence.quote.replace(/[’']/g, "'").replace(/ /, "  ")} (sic)`;
    card.evidence[0] = { paragraphId: "p99", quote: "Russia is acting tough" };
    const text = messages(bank);
    expect(text).toContain(`${question.id}: evidence is not verbatim`);
    expect(text).toContain(`${card.id}: evidence cites unknown paragraph p99`);
  });

  it("a single-choice question without exactly one correct option", () => {
    const bank = bankCopy();
    const question = findOfType(bank, "single-choice");
    for (const choice of question.choices) choice.correct = true;
    expect(messages(bank)).toMatch(/exactly one correct option/);
  });

  it("duplicate options", () => {
    const bank = bankCopy();
    const question = findOfType(bank, "multiple-choice");
    const [a, b] = question.choices;
    if (!a || !b) throw new Error("too few choices");
    b.text = ` ${a.text.toLowerCase()}.`;
    expect(messages(bank)).toMatch(/duplicate option/);
  });

  it("a matching question with a pair missing its other side", () => {
    const bank = bankCopy();
    const question = findOfType(bank, "matching");
    const pair = question.pairs[0];
    if (!pair) throw new Error("no pairs");
    pair.right = "";
    expect(messages(bank)).toContain(question.id);
    const again = bankCopy();
    const matching = findOfType(again, "matching");
    matching.pairs = matching.pairs.slice(0, 2);
    expect(messages(again)).toMatch(/at least 3 pairs/);
  });

  it("an ordering question with duplicate items", () => {
    const bank = bankCopy();
    const question = findOfType(bank, "ordering");
    question.items[1] = question.items[0] ?? "";
    expect(messages(bank)).toMatch(/duplicate item/);
  });

  it("a cloze without accepted answers, or with blanks that do not match them", () => {
    const bank = bankCopy();
    const question = findOfType(bank, "cloze");
    question.accept[0] = [];
    expect(messages(bank)).toMatch(/at least one accepted answer/);
    const again = bankCopy();
    findOfType(again, "cloze").accept.push(["extra"]);
    expect(messages(again)).toMatch(/cloze blanks must be/);
  });

  it("a set naming a missing item", () => {
    const bank = bankCopy();
    const set = bank.sets[0];
    if (!set) throw new Error("no sets");
    set.questionIds.push("q-not-in-the-bank");
    set.flashcardIds.push("c-not-in-the-bank");
    const text = messages(bank);
    expect(text).toContain("set names missing question q-not-in-the-bank");
    expect(text).toContain("set names missing flashcard c-not-in-the-bank");
  });

  it("a body paragraph with fewer than 2 items", () => {
    const bank = bankCopy();
    const target = "p10";
    const strip = (item: { evidence: { paragraphId: string }[] }) => {
      item.evidence = item.evidence.filter((evidence) => evidence.paragraphId !== target);
    };
    const keep = bank.questions.find((q) => q.evidence.some((e) => e.paragraphId === target));
    if (!keep) throw new Error("nothing cites p10");
    for (const item of [...bank.questions, ...bank.flashcards]) if (item !== keep) strip(item);
    // Items left with no evidence at all fail the schema; give them another paragraph.
    for (const item of [...bank.questions, ...bank.flashcards]) {
      if (item.evidence.length === 0)
        item.evidence = [{ paragraphId: "p01", quote: "Russia is acting tough" }];
    }
    expect(messages(bank)).toContain(`body paragraph ${target} is evidence for 1 item(s)`);
  });

  it("an all-of-the-above option and keys bunched in one position", () => {
    const bank = bankCopy();
    const question = findOfType(bank, "single-choice");
    const wrong = question.choices.find((choice) => !choice.correct);
    if (!wrong) throw new Error("no wrong choice");
    wrong.text = "All of the above";
    expect(messages(bank)).toMatch(/all\/none-of-the-above/);

    const bunched = bankCopy();
    for (const q of bunched.questions) {
      if (q.type !== "single-choice") continue;
      q.choices.forEach((choice, index) => {
        choice.correct = index === 0;
      });
    }
    expect(messages(bunched)).toMatch(/key at position/);
  });

  it("options referred to by letter, but not the article 'a' or '(a Russian think tank)'", () => {
    const bank = bankCopy();
    const single = findOfType(bank, "single-choice");
    single.explanation = "The think tank's report says so (a). Option e contradicts a.";
    const multiple = findOfType(bank, "multiple-choice");
    multiple.prompt = `${multiple.prompt} Hint: options A and C are linked.`;
    const choice = multiple.choices.find((candidate) => !candidate.correct);
    if (!choice) throw new Error("no wrong choice");
    choice.text = "Both a and c";
    const text = messages(bank);
    const rule = "by letter; options are shuffled, so name it by its content";
    expect(text).toContain(`${single.id}: explanation refers to option "(a)" ${rule}`);
    expect(text).toContain(`${single.id}: explanation refers to option "Option e" ${rule}`);
    expect(text).toContain(`${multiple.id}: prompt refers to option "options A and C" ${rule}`);
    expect(text).toContain(
      `${multiple.id}: option ${choice.id} refers to option "a and c" ${rule}`,
    );
    for (const labelled of [
      "Pick a) or b).",
      "The answer is answer b.",
      "See choices b, d and f.",
    ]) {
      const again = bankCopy();
      findOfType(again, "single-choice").explanation = labelled;
      expect(messages(again)).toMatch(/by letter/);
    }

    const fine = bankCopy();
    const plain = findOfType(fine, "single-choice");
    plain.explanation =
      "The report comes from a Russian think tank (a Russian think tank, not a university). It makes a point, and a cable makes a different one: a choice, not an option.";
    plain.prompt = "Which option best describes a report by a think tank (IISS)?";
    expect(messages(fine)).not.toMatch(/by letter/);
  });

  it("a true/false balance outside 40–60% (a figure of the cue report)", () => {
    const bank = bankCopy();
    for (const question of bank.questions) {
      if (question.type === "true-false") question.answer = true;
    }
    expect(messages(bank)).toMatch(
      /cue report: true-false questions whose answer is true: \d+ of \d+ \(100%\); limit between 40% and 60%/,
    );
  });

  it("nothing in the shipped bank", () => {
    expect(validateBank(bankCopy())).toEqual([]);
  });
});

describe("validateBank enforces the cue report's limits", SLOW, () => {
  function singleChoices(bank: ReturnType<typeof bankCopy>) {
    return bank.questions.filter(
      (question): question is Extract<typeof question, { type: "single-choice" }> =>
        question.type === "single-choice",
    );
  }

  it("keys that are the longest option in more than a third of single-choice questions", () => {
    const bank = bankCopy();
    for (const question of singleChoices(bank)) {
      const key = question.choices.find((choice) => choice.correct);
      if (key) key.text = `${key.text} — and this clause makes the key the longest by far`;
    }
    expect(messages(bank)).toMatch(
      /cue report: single-choice keys that are the longest option: (\d+) of \1 \(100%\); limit at most 33%/,
    );
  });

  it("one number of correct options in most select-all questions", () => {
    const bank = bankCopy();
    for (const question of bank.questions) {
      if (question.type !== "multiple-choice") continue;
      question.choices.forEach((choice, index) => {
        choice.correct = index < 3;
      });
    }
    expect(messages(bank)).toMatch(
      /cue report: select-all questions by number of correct options: 3 correct: \d+ \(of \d+\); limit no one count in more than 50%/,
    );
  });

  it("ordering questions answered by the order of mention", () => {
    const bank = bankCopy();
    for (const question of bank.questions) {
      if (question.type !== "ordering") continue;
      question.items = [
        "Russia is acting tough from a position of increasing weakness.",
        "The phased withdrawal is scheduled to conclude in 2014.",
        "Russia also pushes for a CSTO role in the Northern Distribution Network.",
      ];
    }
    const text = messages(bank);
    expect(text).toMatch(/cue report: ordering questions answered by the order of mention/);
  });

  it("a true-false statement that is an article sentence with one word changed", () => {
    const bank = bankCopy();
    const question = findOfType(bank, "true-false");
    question.prompt =
      "True or false: Currently, the Pentagon has bilateral agreements with none of the countries involved.";
    expect(messages(bank)).toMatch(
      new RegExp(
        `cue report: true-false statements that copy an article sentence: 1; limit none \\(${question.id}\\)`,
      ),
    );
  });

  it("a key copied from the article on a question labelled above recall", () => {
    const bank = bankCopy();
    const question = singleChoices(bank).find((candidate) => candidate.level !== "recall");
    if (!question) throw new Error("no single-choice question above recall");
    const key = question.choices.find((choice) => choice.correct);
    if (!key) throw new Error("no key");
    key.text = "Russia has been largely hostile to US activities in Central Asia";
    expect(messages(bank)).toContain(
      `cue report: questions above recall whose key is copied from the article: 1; limit none (${question.id})`,
    );
  });

  it("fewer than 40% of the questions above recall", () => {
    const bank = bankCopy();
    for (const question of bank.questions) question.level = "recall";
    expect(messages(bank)).toMatch(
      /cue report: questions above recall \(understanding or analysis\): 0 of \d+ \(0%\); limit at least 40%/,
    );
  });

  it("two prompts that read almost the same", () => {
    const bank = bankCopy();
    const [first, second] = singleChoices(bank);
    if (!first || !second) throw new Error("too few single-choice questions");
    second.prompt = `${first.prompt.replace(/\?$/, "")}, in your view?`;
    expect(messages(bank)).toMatch(
      new RegExp(
        `cue report: pairs of prompts more than 75% alike: 1; limit none \\(${first.id} ~ ${second.id} \\(\\d+%\\)\\)`,
      ),
    );
  });

  it("a question in no set", () => {
    const bank = bankCopy();
    const orphan = bank.questions[0];
    if (!orphan) throw new Error("empty bank");
    for (const set of bank.sets) {
      set.questionIds = set.questionIds.filter((id) => id !== orphan.id);
      if (set.draw) {
        for (const pool of set.draw)
          pool.questionIds = pool.questionIds.filter((id) => id !== orphan.id);
      }
    }
    expect(messages(bank)).toContain(
      `cue report: questions in no set: 1; limit none (${orphan.id})`,
    );
  });

  it("a flashcard over the word limit", () => {
    const bank = bankCopy();
    const card = bank.flashcards[0];
    if (!card) throw new Error("no cards");
    card.back = Array.from({ length: 21 }, (_, index) => `word${index}`).join(" ");
    expect(messages(bank)).toContain(
      `cue report: flashcards over 25 words on the front or 20 on the back: 1; limit none (${card.id})`,
    );
  });
});

describe("a set's draw pools", SLOW, () => {
  function examCopy() {
    const bank = bankCopy();
    const exam = bank.sets.find((set) => set.draw !== undefined);
    if (!exam?.draw) throw new Error("no set with a draw");
    const [first, second] = exam.draw;
    if (!first || !second) throw new Error("the exam needs two pools");
    return { bank, exam, first, second };
  }

  it("must not share a question", () => {
    const { bank, exam, first, second } = examCopy();
    const shared = first.questionIds[0] ?? "";
    second.questionIds.push(shared);
    expect(messages(bank)).toContain(
      `${exam.id} (sets.${bank.sets.indexOf(exam)}.draw): ${shared} is in two draw pools ("${first.title}" and "${second.title}")`,
    );
  });

  it("must hold exactly the set's questions", () => {
    const { bank, exam, first } = examCopy();
    const left = first.questionIds.pop() ?? "";
    first.count = Math.min(first.count, first.questionIds.length);
    exam.questionIds.push("q-only-in-the-set");
    const text = messages(bank);
    expect(text).toContain(`set question ${left} is in no draw pool`);
    expect(text).toContain("set question q-only-in-the-set is in no draw pool");
    const again = examCopy();
    again.first.questionIds.push("q-only-in-a-pool");
    expect(messages(again.bank)).toContain(
      "draw pool question q-only-in-a-pool is not in the set's questionIds",
    );
  });

  it("must draw between 1 and the pool's size", () => {
    const { bank, first } = examCopy();
    first.count = first.questionIds.length + 1;
    expect(messages(bank)).toContain("a draw pool cannot draw more questions than it holds");
    const again = examCopy();
    again.first.count = 0;
    expect(messages(again.bank)).toContain("a draw pool draws at least 1 question");
  });

  it("is optional: a set without one is valid, and an old bank parses as before", () => {
    const bank = bankCopy();
    for (const set of bank.sets) delete set.draw;
    expect(validateBank(bank)).toEqual([]);
  });
});
