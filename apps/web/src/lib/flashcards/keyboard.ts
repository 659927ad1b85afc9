import type { ReviewRating } from "@quizdeck/core/scheduling";

export type KeyCommand =
  | { type: "reveal" }
  | { type: "rate"; rating: ReviewRating }
  | { type: "undo" };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** The focused element's tag name, upper case ("BUTTON", "INPUT", …). */
  targetTag: string;
  /** The focused element is editable (contenteditable). */
  targetEditable: boolean;
}

const TYPING_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);
/** Space activates these itself; the shortcut must not fire twice. */
const SPACE_ACTIVATED_TAGS = new Set(["BUTTON", "A", "SUMMARY"]);
const RATING_KEYS: Record<string, ReviewRating> = { "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * The session's shortcuts: Space shows the answer, 1–4 rate once it is shown,
 * U or Ctrl+Z (⌘Z) undoes. None fires while typing in a field.
 */
export function keyCommand(
  input: KeyInput,
  view: { hasCard: boolean; revealed: boolean; canUndo: boolean },
): KeyCommand | null {
  if (TYPING_TAGS.has(input.targetTag) || input.targetEditable) return null;
  const lower = input.key.toLowerCase();
  if ((input.ctrlKey || input.metaKey) && !input.altKey && !input.shiftKey && lower === "z") {
    return view.canUndo ? { type: "undo" } : null;
  }
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  if (lower === "u" && !input.shiftKey) return view.canUndo ? { type: "undo" } : null;
  if (input.key === " " || input.key === "Spacebar") {
    if (SPACE_ACTIVATED_TAGS.has(input.targetTag)) return null;
    return view.hasCard && !view.revealed ? { type: "reveal" } : null;
  }
  const rating = RATING_KEYS[input.key];
  if (rating && view.hasCard && view.revealed) return { type: "rate", rating };
  return null;
}
