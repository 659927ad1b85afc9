import { EVIDENCE_RUBRIC_USE, TRUE_FALSE_CHOICES } from "../../export/qti3/qti3-names.ts";
import type { Evidence } from "../../schema/evidence.ts";
import {
  type DraftQuestion,
  draftEntry,
  droppedEntry,
  type ParsedEntry,
  type SourceRef,
} from "../draft-item.ts";
import { FILL_IN_INSTRUCTION, INSTRUCTION_ADDED } from "../short-answer-cloze.ts";
import { elements, findAll, findFirst, textOf, type XmlTree } from "../xml/xml-tree.ts";
import { isInteraction, qtiText } from "./qti-content.ts";
import { asQti3Names } from "./qti-names.ts";
import { fullCreditKeys, type QtiResponse, readResponses } from "./qti-responses.ts";

const BLOCK = new Set(["qti-choice-interaction", "qti-order-interaction", "qti-match-interaction"]);
const INLINE = new Set(["qti-text-entry-interaction", "qti-inline-choice-interaction"]);

type Read = { draft: DraftQuestion; changes: string[] } | { dropped: string };

/**
 * One QTI 2.1 or 3.0 assessment item. A choice, order or match interaction, or a text
 * made of text entries and inline choices (a cloze), is taken over; anything else is
 * dropped with the interactions named. `tags` are the manifest's keywords for it.
 */
export function readQtiItem(
  root: XmlTree,
  version: string,
  tags: readonly string[] = [],
): ParsedEntry {
  const item = asQti3Names(root);
  const identifier = item.attributes.identifier ?? "";
  const body = stripEvidence(elements(item).find((element) => element.name === "qti-item-body"));
  const interactions = body.tree === undefined ? [] : findAll(body.tree, isInteraction);
  const kinds = [...new Set(interactions.map((element) => element.name))];
  const source: SourceRef = {
    title: item.attributes.title || identifier || "(untitled item)",
    sourceType: `QTI ${version} ${kinds.map((kind) => kind.slice(4).replaceAll("-", " ")).join(" + ") || "item"}`,
    ...(identifier === "" ? {} : { sourceId: identifier }),
    tags,
  };
  if (body.tree === undefined || interactions.length === 0)
    return droppedEntry(source, "the item has no interaction to answer");
  const unsupported = kinds.filter((kind) => !BLOCK.has(kind) && !INLINE.has(kind));
  if (unsupported.length > 0) {
    return droppedEntry(
      source,
      `${unsupported.map((kind) => kind.slice(4)).join(", ")} is not supported`,
    );
  }
  const blocks = interactions.filter((element) => BLOCK.has(element.name));
  if (blocks.length > 1 || (blocks.length === 1 && interactions.length > 1)) {
    return droppedEntry(source, "several interactions in one item: a quizdeck question has one");
  }
  const responses = readResponses(item);
  const feedback = readModalFeedback(item);
  const block = blocks[0];
  const read =
    block === undefined
      ? readCloze(body.tree, responses)
      : readBlock(body.tree, block, responses.get(block.attributes["response-identifier"] ?? ""));
  if ("dropped" in read) return droppedEntry(source, read.dropped);
  const draft: DraftQuestion = {
    ...read.draft,
    explanation: feedback.text,
    ...(body.evidence.length > 0 ? { evidence: body.evidence } : {}),
  };
  return draftEntry(source, draft, [...read.changes, ...feedback.changes]);
}

function readBlock(body: XmlTree, interaction: XmlTree, response: QtiResponse | undefined): Read {
  if (response === undefined) return { dropped: "the interaction has no response declaration" };
  const around = qtiText(body, "question text", (element) =>
    element === interaction ? "" : undefined,
  );
  const promptElement = elements(interaction).find((element) => element.name === "qti-prompt");
  const promptText = promptElement === undefined ? undefined : qtiText(promptElement, "prompt");
  const prompt = [around.text, promptText?.text ?? ""].filter((text) => text !== "").join("\n\n");
  const changes = [...around.changes, ...(promptText?.changes ?? [])];
  const base = { prompt, explanation: "" };
  const choices = (name: string) =>
    findAll(interaction, (element) => element.name === name).map((element, index) => {
      const text = qtiText(element, `option ${index + 1}`);
      changes.push(...text.changes);
      return { id: element.attributes.identifier ?? "", text: text.text };
    });
  switch (interaction.name) {
    case "qti-choice-interaction":
      return readChoice(base, choices("qti-simple-choice"), response, changes);
    case "qti-order-interaction": {
      const options = choices("qti-simple-choice");
      const items = response.correct.map((id) => options.find((option) => option.id === id)?.text);
      if (items.length === 0 || items.some((item) => item === undefined)) {
        return { dropped: "the correct order names choices the item does not have" };
      }
      changes.push(
        "scored by the share of items in the right relative order (the item scores all or nothing)",
      );
      return { draft: { ...base, type: "ordering", items: items as string[] }, changes };
    }
    default:
      return readMatch(base, interaction, response, changes);
  }
}

function readChoice(
  base: { prompt: string; explanation: string },
  options: { id: string; text: string }[],
  response: QtiResponse,
  changes: string[],
): Read {
  const keys = fullCreditKeys(response);
  const isTrueFalse =
    response.cardinality === "single" &&
    options.length === 2 &&
    options.some((option) => isTruthy(option, TRUE_FALSE_CHOICES.true)) &&
    options.some((option) => isTruthy(option, TRUE_FALSE_CHOICES.false));
  if (isTrueFalse) {
    const right = options.find((option) => keys.includes(option.id));
    if (right === undefined) return { dropped: "neither true nor false is marked right" };
    return {
      draft: { ...base, type: "true-false", answer: isTruthy(right, TRUE_FALSE_CHOICES.true) },
      changes,
    };
  }
  const multiple = response.cardinality === "multiple";
  const choices = options.map((option) => ({
    text: option.text,
    correct: keys.includes(option.id),
  }));
  if (multiple) {
    const count = choices.filter((choice) => choice.correct).length;
    const rightMinusWrong =
      response.mapping.length > 0 &&
      options.every((option) => {
        const value = response.mapping.find((entry) => entry.key === option.id)?.value ?? 0;
        return Math.abs(value - (keys.includes(option.id) ? 1 / count : -1 / count)) < 0.001;
      });
    if (!rightMinusWrong)
      changes.push("the item's scoring was replaced by quizdeck's right-minus-wrong scoring");
  }
  return {
    draft: { ...base, type: multiple ? "multiple-choice" : "single-choice", choices },
    changes,
  };
}

function isTruthy(option: { id: string; text: string }, word: string): boolean {
  return option.id.toLowerCase() === word && option.text.trim().toLowerCase() === word;
}

/**
 * A match interaction's first set is the left sides, the second the right ones; each
 * correct pair "L R" pairs them. A left or right side in no pair is a distractor
 * (not kept, said); a side in two pairs cannot be held by a quizdeck matching.
 */
function readMatch(
  base: { prompt: string; explanation: string },
  interaction: XmlTree,
  response: QtiResponse,
  changes: string[],
): Read {
  const sets = findAll(interaction, (element) => element.name === "qti-simple-match-set").map(
    (set) =>
      findAll(set, (element) => element.name === "qti-simple-associable-choice").map((element) => ({
        id: element.attributes.identifier ?? "",
        text: qtiText(element, "pair").text,
      })),
  );
  const [lefts = [], rights = []] = sets;
  const pairs = fullCreditKeys(response).map((value) => value.split(/\s+/));
  const pairsOf = (id: string, side: 0 | 1) => pairs.filter((pair) => pair[side] === id);
  for (const [side, list] of [
    [0, lefts],
    [1, rights],
  ] as const) {
    for (const option of list) {
      const count = pairsOf(option.id, side).length;
      if (count > 1)
        return {
          dropped: `“${option.text}” belongs to ${count} pairs; in quizdeck each side has one partner`,
        };
      if (count === 0)
        changes.push(
          `the extra ${side === 0 ? "left" : "right"} side “${option.text}” (a distractor) was not kept`,
        );
    }
  }
  const matched = lefts.flatMap((left) => {
    const right = rights.find((option) => option.id === pairsOf(left.id, 0)[0]?.[1]);
    return right === undefined ? [] : [{ left: left.text, right: right.text }];
  });
  return { draft: { ...base, type: "matching", pairs: matched }, changes };
}

/**
 * Text entries and inline choices in a text: a cloze. Each blank accepts the full-credit
 * answers of its response (a text entry) or its right option (an inline choice, whose
 * other options are lost, said). A first paragraph without a blank is the prompt.
 */
function readCloze(body: XmlTree, responses: Map<string, QtiResponse>): Read {
  const accept: string[][] = [];
  const changes: string[] = [];
  const text = qtiText(body, "question text", (element) => {
    if (!INLINE.has(element.name)) return undefined;
    const blank = accept.length + 1;
    const response = responses.get(element.attributes["response-identifier"] ?? "");
    const keys = response === undefined ? [] : fullCreditKeys(response);
    if (element.name === "qti-text-entry-interaction") {
      accept.push(keys);
      if (response?.mapping.some((entry) => entry.value > 0 && !keys.includes(entry.key))) {
        changes.push(`blank ${blank}: partial-credit answers not kept`);
      }
      if (response?.mapping.some((entry) => entry.caseSensitive)) {
        changes.push(`blank ${blank}: case-sensitive checking not kept (quizdeck ignores case)`);
      }
    } else {
      const options = findAll(element, (option) => option.name === "qti-inline-choice");
      const right = options.filter((option) => keys.includes(option.attributes.identifier ?? ""));
      const others = options
        .filter((option) => !right.includes(option))
        .map((option) => `“${textOf(option).trim()}”`);
      accept.push(right.map((option) => textOf(option).trim()));
      if (others.length > 0) {
        changes.push(
          `blank ${blank}: the inline choice's other options (${others.join(", ")}) were not kept: quizdeck asks for the answer to be typed`,
        );
      }
    }
    return `{{${blank}}}`;
  });
  const empty = accept.findIndex((answers) => answers.length === 0);
  if (empty !== -1) return { dropped: `blank ${empty + 1} has no correct answer` };
  changes.push(...text.changes);
  const [first = "", ...rest] = text.text.split(/\n{2,}/);
  if (rest.length > 0 && !first.includes("{{")) {
    return {
      draft: { type: "cloze", prompt: first, explanation: "", text: rest.join("\n\n"), accept },
      changes,
    };
  }
  return {
    draft: { type: "cloze", prompt: FILL_IN_INSTRUCTION, explanation: "", text: text.text, accept },
    changes: [...changes, INSTRUCTION_ADDED],
  };
}

/**
 * The explanation: quizdeck's own EXPLANATION modal feedback, else the first modal
 * feedback (said: it is now shown after any answer); other feedback is said and lost.
 */
function readModalFeedback(item: XmlTree): { text: string; changes: string[] } {
  const all = elements(item).filter((element) => element.name === "qti-modal-feedback");
  const chosen = all.find((element) => element.attributes.identifier === "EXPLANATION") ?? all[0];
  if (chosen === undefined) return { text: "", changes: [] };
  const content = findFirst(chosen, "qti-content-body") ?? chosen;
  const text = qtiText(content, "feedback");
  const changes = [...text.changes];
  if (chosen.attributes.identifier !== "EXPLANATION") {
    changes.push(
      `the feedback “${chosen.attributes.identifier ?? ""}” is used as the explanation, shown after any answer`,
    );
  }
  for (const other of all.filter((element) => element !== chosen)) {
    const otherText = qtiText(findFirst(other, "qti-content-body") ?? other, "feedback").text;
    changes.push(
      `the feedback “${other.attributes.identifier ?? ""}” was not kept: “${otherText}”`,
    );
  }
  return { text: text.text, changes };
}

/** quizdeck's evidence rubric block, read and taken out of the body. */
function stripEvidence(body: XmlTree | undefined): {
  tree: XmlTree | undefined;
  evidence: Evidence[];
} {
  if (body === undefined) return { tree: undefined, evidence: [] };
  const evidence: Evidence[] = [];
  const isEvidence = (node: XmlTree | string) =>
    typeof node !== "string" &&
    node.name === "qti-rubric-block" &&
    node.attributes.use === EVIDENCE_RUBRIC_USE;
  for (const rubric of findAll(body, isEvidence)) {
    for (const quote of findAll(rubric, (element) => element.name === "blockquote")) {
      evidence.push({
        paragraphId: (quote.attributes.cite ?? "").replace(/^#/, ""),
        quote: textOf(quote).trim(),
      });
    }
  }
  const without = (node: XmlTree): XmlTree => ({
    ...node,
    children: node.children
      .filter((child) => !isEvidence(child))
      .map((child) => (typeof child === "string" ? child : without(child))),
  });
  return { tree: without(body), evidence };
}
