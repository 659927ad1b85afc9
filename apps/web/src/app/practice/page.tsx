import { bodyParagraphs } from "@quizdeck/content/article";
import { bank } from "@quizdeck/content/bank";
import { filterQuestions, questionFilterSchema } from "@quizdeck/content/filter";
import { COGNITIVE_LEVELS, QUESTION_TYPES } from "@quizdeck/content/schema";
import { TAG_KINDS, TAGS } from "@quizdeck/content/tags";
import { ATTEMPT_POLICY } from "@quizdeck/db/attempt";
import type { Metadata } from "next";
import { paragraphNumber } from "@/components/article/deep-link";
import { StartPracticeForm } from "@/components/practice/start-practice-form";
import { readQuestionFilter } from "@/lib/practice/read-question-filter";
import { requireUser } from "@/lib/session";
import styles from "./practice.module.css";

export const metadata: Metadata = { title: "Practice" };

const TYPE_LABELS: Record<(typeof QUESTION_TYPES)[number], string> = {
  "single-choice": "Single choice",
  "multiple-choice": "Multiple choice",
  "true-false": "True or false",
  cloze: "Fill in the blank",
  matching: "Matching",
  ordering: "Ordering",
};
const KIND_LABELS = {
  topic: "Topics",
  person: "People",
  organisation: "Organisations",
  place: "Places",
} as const;

type SearchParams = Record<string, string | string[] | undefined>;

function paramsOf(searchParams: SearchParams) {
  const list = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      list.append(key, item);
  }
  return list;
}

export default async function PracticePage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  await requireUser("/practice");
  const params = paramsOf(await searchParams);
  const raw = readQuestionFilter(params);
  const parsed = questionFilterSchema.safeParse(raw);
  const filtering = params.has("filter");
  const matches = parsed.success ? filterQuestions(bank.questions, parsed.data) : [];
  const carried = {
    tag: raw.tags,
    type: raw.types,
    difficulty: raw.difficulties.map(String),
    level: raw.levels,
    paragraph: raw.paragraphIds,
  };
  const checked = (name: keyof typeof carried, value: string) => carried[name].includes(value);

  return (
    <div className="stack">
      <h1>Practice</h1>
      <p>
        Practice quizzes count towards your memory model and progress, but not towards any
        assignment.
      </p>

      <section aria-labelledby="sets-heading">
        <h2 id="sets-heading">Question sets</h2>
        <ul className="grid" style={{ listStyle: "none", padding: 0 }}>
          {bank.sets.map((set) => (
            <li key={set.id} className="card stack">
              <h3 style={{ margin: 0 }}>{set.title}</h3>
              <p style={{ margin: 0 }}>{set.description}</p>
              <p className="muted" style={{ margin: 0 }}>
                {set.questionIds.length} questions · {set.flashcardIds.length} flashcards
              </p>
              <StartPracticeForm
                id={`set-${set.id}`}
                setId={set.id}
                label={`Practise “${set.title}”`}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="filter-heading">
        <h2 id="filter-heading">Build your own quiz</h2>
        <form method="get" action="/practice" className={styles.filters}>
          <input type="hidden" name="filter" value="1" />
          <fieldset>
            <legend>Question type</legend>
            {QUESTION_TYPES.map((type) => (
              <label key={type}>
                <input
                  type="checkbox"
                  name="type"
                  value={type}
                  defaultChecked={checked("type", type)}
                />{" "}
                {TYPE_LABELS[type]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Difficulty</legend>
            {["1", "2", "3"].map((level) => (
              <label key={level}>
                <input
                  type="checkbox"
                  name="difficulty"
                  value={level}
                  defaultChecked={checked("difficulty", level)}
                />{" "}
                {["Easy", "Medium", "Hard"][Number(level) - 1]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Thinking level</legend>
            {COGNITIVE_LEVELS.map((level) => (
              <label key={level}>
                <input
                  type="checkbox"
                  name="level"
                  value={level}
                  defaultChecked={checked("level", level)}
                />{" "}
                {level}
              </label>
            ))}
          </fieldset>
          {TAG_KINDS.map((kind) => (
            <fieldset key={kind}>
              <legend>{KIND_LABELS[kind]}</legend>
              {Object.entries(TAGS)
                .filter(([, tag]) => tag.kind === kind)
                .map(([id, tag]) => (
                  <label key={id}>
                    <input
                      type="checkbox"
                      name="tag"
                      value={id}
                      defaultChecked={checked("tag", id)}
                    />{" "}
                    {tag.label}
                  </label>
                ))}
            </fieldset>
          ))}
          <fieldset className={styles.wide}>
            <legend>Article paragraph</legend>
            {bodyParagraphs.map((paragraph) => (
              <label key={paragraph.id}>
                <input
                  type="checkbox"
                  name="paragraph"
                  value={paragraph.id}
                  defaultChecked={checked("paragraph", paragraph.id)}
                />{" "}
                ¶{paragraphNumber(paragraph.id)}: {paragraph.text.split(" ").slice(0, 7).join(" ")}…
              </label>
            ))}
          </fieldset>
          <div className={styles.wide}>
            <button type="submit">Show matching questions</button>
          </div>
        </form>

        {filtering ? (
          <div className="stack" aria-live="polite">
            {!parsed.success ? (
              <p className="form-error">
                Some filter values are not in the bank. Clear the filters and try again.
              </p>
            ) : matches.length === 0 ? (
              <p className="notice">
                No questions match all of these filters. Untick one and try again.
              </p>
            ) : (
              <>
                <h3>
                  {matches.length} matching {matches.length === 1 ? "question" : "questions"}
                </h3>
                <ul>
                  {matches.slice(0, 8).map((question) => (
                    <li key={question.id}>{question.prompt}</li>
                  ))}
                  {matches.length > 8 ? (
                    <li className="muted">…and {matches.length - 8} more</li>
                  ) : null}
                </ul>
                <StartPracticeForm
                  id="filtered"
                  filter={carried}
                  withOptions
                  count={{
                    max: Math.min(matches.length, ATTEMPT_POLICY.practiceMaxQuestions),
                    initial: Math.min(matches.length, ATTEMPT_POLICY.practiceDefaultQuestions),
                  }}
                  label="Start practice quiz"
                />
              </>
            )}
          </div>
        ) : null}
      </section>
    </div>
  );
}
