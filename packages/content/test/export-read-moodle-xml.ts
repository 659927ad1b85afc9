import { XMLParser, XMLValidator } from "fast-xml-parser";
import { decodeEntities, htmlParagraphs, htmlToPlainText } from "./export-read-html.ts";

/**
 * Reads Moodle XML back the way Moodle's importer does (qformat_xml), into plain
 * records a test can compare with the bank: HTML texts decoded, Cloze questions'
 * embedded {1:SHORTANSWER:...} parsed by Moodle's own rules. Throws on XML that is
 * not well-formed.
 */
export interface ReadMoodleCategory {
  path: string;
  info: string;
}

export interface ReadMoodleQuestion {
  type: string;
  name: string;
  idNumber: string;
  tags: string[];
  /** The question text's paragraphs, decoded (for cloze, blanks read back as {{n}}). */
  paragraphs: string[];
  generalFeedback: string;
  formats: string[];
  single: boolean | undefined;
  answers: { text: string; fraction: number; format: string | undefined }[];
  pairs: { left: string; right: string }[];
  /** Cloze: the accepted answers of each blank, in order. */
  accept: string[][];
  options: Record<string, string>;
}

export interface ReadMoodleXml {
  categories: ReadMoodleCategory[];
  questions: ReadMoodleQuestion[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ["question", "answer", "subquestion", "tag"].includes(name),
});

export function readMoodleXml(xml: string): ReadMoodleXml {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`invalid XML: ${JSON.stringify(valid.err)}`);
  const quiz = (parser.parse(xml) as { quiz: { question?: Node[] } }).quiz;
  const categories: ReadMoodleCategory[] = [];
  const questions: ReadMoodleQuestion[] = [];
  for (const question of quiz.question ?? []) {
    if (question["@type"] === "category") {
      categories.push({
        path: text(question.category),
        info: htmlParagraphs(text(question.info)).join("\n\n"),
      });
    } else {
      questions.push(readQuestion(question));
    }
  }
  return { categories, questions };
}

function readQuestion(question: Node): ReadMoodleQuestion {
  const type = String(question["@type"]);
  const questionText = text(question.questiontext);
  const cloze = type === "cloze" ? readCloze(questionText) : undefined;
  const answers = ((question.answer as Node[] | undefined) ?? []).map((answer) => ({
    text: type === "truefalse" ? text(answer) : htmlToPlainText(text(answer)),
    fraction: Number(answer["@fraction"]),
    format: answer["@format"] as string | undefined,
  }));
  const pairs = ((question.subquestion as Node[] | undefined) ?? []).map((subquestion) => ({
    left: htmlToPlainText(text(subquestion)),
    // The right side is plain text in Moodle: no HTML decoding.
    right: text(subquestion.answer),
  }));
  const options: Record<string, string> = {};
  for (const [key, value] of Object.entries(question)) {
    if (typeof value === "string") options[key] = value;
  }
  return {
    type,
    name: text(question.name),
    idNumber: String(question.idnumber ?? ""),
    tags: (((question.tags as Node | undefined)?.tag as Node[] | undefined) ?? []).map(text),
    paragraphs: cloze?.paragraphs ?? htmlParagraphs(questionText),
    generalFeedback: htmlParagraphs(text(question.generalfeedback)).join("\n\n"),
    formats: collectFormats(question),
    single: question.single === undefined ? undefined : question.single === "true",
    answers,
    pairs,
    accept: cloze?.accept ?? [],
    options,
  };
}

function text(node: unknown): string {
  const value = (node as Node | Node[] | undefined) ?? {};
  const element = Array.isArray(value) ? value[0] : value;
  const inner = (element as Node | undefined)?.text;
  return inner === undefined ? "" : String(inner);
}

function collectFormats(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(collectFormats);
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "@format" ? [String(value)] : collectFormats(value),
  );
}

/**
 * Moodle's qtype_multianswer_extract_question, for SHORTANSWER only: an answer runs to
 * the first "~", "#" or "}" not preceded by "\"; it is then HTML-decoded and "\}",
 * "\#" become "}", "#". The stored short answer's "\*" is a literal "*".
 */
function readCloze(html: string): { paragraphs: string[]; accept: string[][] } {
  const accept: string[][] = [];
  const withSlots = html.replace(/\{1:SHORTANSWER:(.*?)(?<!\\)\}/gs, (_, alternatives: string) => {
    accept.push(readAlternatives(alternatives));
    return `[[blank ${accept.length}]]`;
  });
  const paragraphs = htmlParagraphs(withSlots).map((paragraph) =>
    paragraph.replace(/\[\[blank (\d+)\]\]/g, "{{$1}}"),
  );
  return { paragraphs, accept };
}

function readAlternatives(alternatives: string): string[] {
  const answers: string[] = [];
  const pattern = /~?(=|%-?[0-9]+(?:[.,][0-9]*)?%)?(.+?)(?<!\\)(?=[~#]|$)(#.*?(?<!\\)(?=~|$))?/gs;
  for (const match of alternatives.matchAll(pattern)) {
    if (match[1] !== "=") throw new Error(`cloze answer without full credit: ${match[0]}`);
    const decoded = decodeEntities(match[2] ?? "")
      .replaceAll("\\}", "}")
      .replaceAll("\\#", "#");
    answers.push(decoded.replace(/\\\*/g, "*"));
  }
  return answers;
}
