"use client";

import type { Question } from "@quizdeck/content/schema";
import { useMemo, useState } from "react";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { QuestionInputs } from "@/components/quiz/question-inputs";
import { bankResponse } from "@/lib/quiz/attempt-refs";
import { emptyDraft, incompleteReason, responseFromDraft } from "@/lib/quiz/draft";
import { buildFeedback, type EvidenceSource, presentQuestion } from "@/lib/quiz/present-question";
import type { QuestionFeedback } from "@/lib/quiz/types";

const PREVIEW_SETTINGS = { shuffleSeed: 7, shuffleOptions: false };

/**
 * A question as a student sees it, with the quiz's own inputs and feedback
 * panel: answer it and check, as in a practice quiz. Starts over whenever the
 * question changes.
 */
export function LivePreview({
  question,
  source,
  idPrefix = "preview",
}: {
  question: Question;
  source: EvidenceSource;
  idPrefix?: string;
}) {
  const presented = useMemo(() => presentQuestion(question, PREVIEW_SETTINGS), [question]);
  const shape = JSON.stringify(presented);
  const [state, setState] = useState({
    shape,
    draft: emptyDraft(presented),
    feedback: null as QuestionFeedback | null,
    note: "",
  });
  const current =
    state.shape === shape
      ? state
      : { shape, draft: emptyDraft(presented), feedback: null, note: "" };
  const check = () => {
    const response = responseFromDraft(presented, current.draft);
    if (!response) {
      setState({ ...current, note: incompleteReason(presented, current.draft) ?? "" });
      return;
    }
    try {
      setState({
        ...current,
        // The inputs name options by reference, as in a quiz; grading takes the ids.
        feedback: buildFeedback(
          question,
          bankResponse(question, PREVIEW_SETTINGS, response),
          PREVIEW_SETTINGS,
          source,
        ),
        note: "",
      });
    } catch {
      setState({ ...current, note: "The question is not complete enough to check yet." });
    }
  };
  return (
    <div className="stack">
      <QuestionInputs
        question={presented}
        draft={current.draft}
        onChange={(draft) => setState({ ...current, draft, feedback: null })}
        locked={false}
        feedback={current.feedback}
        idPrefix={idPrefix}
        describedBy=""
      />
      <div>
        <button type="button" className="secondary" onClick={check}>
          Check answer
        </button>{" "}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setState({ shape, draft: emptyDraft(presented), feedback: null, note: "" })
          }
        >
          Start over
        </button>
      </div>
      <p aria-live="polite" className="muted">
        {current.note}
      </p>
      {current.feedback ? (
        <FeedbackPanel
          feedback={current.feedback}
          questionType={question.type}
          idPrefix={`${idPrefix}-feedback`}
        />
      ) : null}
    </div>
  );
}

/** A flashcard as a student sees it: the front, then the back on request. */
export function FlashcardPreview({ front, back }: { front: string; back: string }) {
  const [shown, setShown] = useState(false);
  return (
    <div className="card stack">
      <p>
        <strong>{front || "(front)"}</strong>
      </p>
      {shown ? <p>{back || "(back)"}</p> : null}
      <div>
        <button type="button" className="secondary" onClick={() => setShown(!shown)}>
          {shown ? "Hide the back" : "Show the back"}
        </button>
      </div>
    </div>
  );
}
