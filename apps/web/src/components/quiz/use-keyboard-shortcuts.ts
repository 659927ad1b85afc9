import { useEffect } from "react";
import { applyNumberKey, type Draft } from "@/lib/quiz/draft";
import type { PresentedQuestion } from "@/lib/quiz/types";
import { useLatest } from "./use-latest";

export interface QuizShortcuts {
  question: PresentedQuestion | undefined;
  draft: Draft | undefined;
  /** The element id prefix of the question's inputs. */
  idPrefix: string;
  /** False while the answer cannot change (checked, time up, a dialog open). */
  enabled: boolean;
  onDraft: (draft: Draft) => void;
  /** Saves or checks the answer. */
  onCommit: () => void;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !["radio", "checkbox", "button", "submit"].includes(target.type)
  );
}

/** The id of the input a number key picks, so focus (and a screen reader) follows the choice. */
function pickedInputId(question: PresentedQuestion, idPrefix: string, digit: number): string {
  if (question.type === "true-false") return `${idPrefix}-${digit === 1 ? "true" : "false"}`;
  if (question.type === "single-choice" || question.type === "multiple-choice") {
    const choiceId = question.choices[digit - 1]?.id;
    return choiceId ? `${idPrefix}-option-${choiceId}` : "";
  }
  return "";
}

/**
 * Number keys pick options anywhere on the page except in text fields; Enter
 * with nothing in particular focused (after a number key, or on the question
 * heading) saves or checks the answer.
 */
export function useQuizShortcuts(shortcuts: QuizShortcuts): void {
  const latest = useLatest(shortcuts);
  useEffect(() => {
    const onNumberKey = (digit: number) => {
      const { question, draft, idPrefix, enabled, onDraft } = latest.current;
      if (!question || !draft || !enabled) return;
      const next = applyNumberKey(question, draft, digit);
      if (!next) return;
      onDraft(next);
      const id = pickedInputId(question, idPrefix, digit);
      if (id) document.getElementById(id)?.focus();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target)) return;
      if (/^[1-9]$/.test(event.key)) {
        onNumberKey(Number(event.key));
        return;
      }
      if (event.key === "Enter") {
        const target = event.target as HTMLElement | null;
        if (target === document.body || target?.dataset.questionHeading === "true") {
          event.preventDefault();
          latest.current.onCommit();
        }
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [latest]);
}
