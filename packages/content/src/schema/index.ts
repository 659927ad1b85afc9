export * from "./article.ts";
export * from "./bank.ts";
export * from "./evidence.ts";
export * from "./flashcard.ts";
export * from "./library-item.ts";
export * from "./question.ts";
export * from "./question-set.ts";
export * from "./tag.ts";
