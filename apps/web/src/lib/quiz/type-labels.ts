/** The question types as teachers read them. */
export const TYPE_LABELS: Record<string, string> = {
  "single-choice": "Single choice",
  "multiple-choice": "Multiple choice",
  "true-false": "True or false",
  cloze: "Fill in the blank",
  matching: "Matching",
  ordering: "Ordering",
};

export const LEVEL_LABELS: Record<string, string> = {
  recall: "Recall",
  understanding: "Understanding",
  analysis: "Analysis",
};

export const DIFFICULTY_LABELS: Record<string, string> = {
  "1": "Easy",
  "2": "Medium",
  "3": "Hard",
};
