import type { Article } from "../schema/article.ts";
import type { Evidence } from "../schema/evidence.ts";
import type { Question } from "../schema/question.ts";
import { SENTENCE_BREAK } from "./article-sentences.ts";
import { contentWords, keyWords } from "./text-similarity.ts";

export interface KeySupportWarning {
  questionId: string;
  cue: "key-not-near-quote";
  message: string;
}

/**
 * Whether the quotes can support the key: each content word of the key (stemmed,
 * so "withdrawal" finds "withdraws") should appear in a quote or in the sentence
 * just before or after it, in the same paragraph. A key the evidence does not
 * mention is either unsupported or quoted from the wrong place. A false
 * statement (true-false keyed false) is meant to differ from its source, so it
 * is not checked; neither is an item without quotes (it is ungrounded, a state
 * of its own).
 */
export function keySupportWarnings(question: Question, source: Article): KeySupportWarning[] {
  if (question.evidence.length === 0) return [];
  const near = new Set(question.evidence.flatMap((evidence) => nearQuoteWords(evidence, source)));
  const missing = new Set<string>();
  for (const alternatives of keyTexts(question)) {
    const unsupported = alternatives.map((text) =>
      keyWords(text).filter(({ stem }) => !near.has(stem)),
    );
    // One accepted alternative the evidence fully mentions is enough.
    if (unsupported.some((words) => words.length === 0)) continue;
    for (const { word } of unsupported[0] ?? []) missing.add(word);
  }
  if (missing.size === 0) return [];
  const listed = [...missing].map((word) => `“${word}”`).join(", ");
  return [
    {
      questionId: question.id,
      cue: "key-not-near-quote",
      message: `the key's words ${listed} do not appear in or near the quoted evidence; quote the passage that supports the answer`,
    },
  ];
}

/** The parts of the key, each with its accepted alternatives (one, except for cloze blanks). */
function keyTexts(question: Question): string[][] {
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return question.choices.filter((choice) => choice.correct).map((choice) => [choice.text]);
    case "true-false":
      return question.answer
        ? [[question.prompt.replace(/^\s*true or false\s*[:?.]\s*/i, "")]]
        : [];
    case "cloze":
      return question.accept;
    case "matching":
      return question.pairs.map((pair) => [`${pair.left} ${pair.right}`]);
    case "ordering":
      return question.items.map((item) => [item]);
  }
}

/** The stems of the quote's sentences and one sentence either side, in its paragraph. */
function nearQuoteWords(evidence: Evidence, source: Article): string[] {
  const paragraph = source.paragraphs.find((candidate) => candidate.id === evidence.paragraphId);
  if (!paragraph) return contentWords(evidence.quote);
  const start = paragraph.text.indexOf(evidence.quote);
  if (start === -1) return contentWords(evidence.quote);
  const end = start + evidence.quote.length;
  const sentences = sentenceSpans(paragraph.text);
  const first = sentences.findIndex((span) => span.end > start);
  const last = sentences.findLastIndex((span) => span.start < end);
  const from = Math.max(0, first - 1);
  const to = Math.min(sentences.length - 1, last + 1);
  const window = paragraph.text.slice(sentences[from]?.start ?? 0, sentences[to]?.end ?? end);
  return contentWords(window);
}

function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const breaks = new RegExp(SENTENCE_BREAK.source, "gu");
  let cursor = 0;
  for (const match of text.matchAll(breaks)) {
    spans.push({ start: cursor, end: match.index });
    cursor = match.index + match[0].length;
  }
  spans.push({ start: cursor, end: text.length });
  return spans;
}
