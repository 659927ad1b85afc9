import { FORM_DATA, type HttpClient } from "./http-client.ts";
import { serverActionIds } from "./server-actions.ts";

/** A question of the fixture's library, quoting the fixture's source. */
export const MATRIX_QUESTION = {
  type: "true-false",
  prompt: "True or false: the matrix source says the door is locked.",
  explanation: "It says so.",
  evidence: [{ paragraphId: "p01", quote: "The door is locked at night." }],
  tags: [],
  difficulty: 1,
  level: "recall",
  answer: true,
};

export interface LibraryFixture {
  sourceId: string;
  libraryItemId: string;
  librarySetId: string;
  importId: string;
}

/**
 * One of each of a teacher's library objects (a source, a question quoting it,
 * a set, an import kept for preview), made through the app's own actions, for
 * the permission matrix and the page-weight bench.
 */
export async function createLibraryFixture(teacher: HttpClient): Promise<LibraryFixture> {
  const actions = serverActionIds();
  const call = async (name: string, fields: Record<string, string>, pattern: RegExp) => {
    const response = await teacher.callAction(actions.get(name) ?? "", [{}, FORM_DATA], fields);
    const location =
      response.headers.get("x-action-redirect") ?? response.headers.get("location") ?? "";
    const found = pattern.exec(location)?.[1];
    if (!found) throw new Error(`could not find where ${name} leads`);
    return found;
  };
  const sourceId = await call(
    "createSourceAction",
    {
      title: "Matrix source",
      format: "text",
      text: "The door is locked at night.\n\nIt opens at eight.",
    },
    /\/sources\/([^/?;]+)/,
  );
  const libraryItemId = await call(
    "saveLibraryItemAction",
    { kind: "question", sourceId, item: JSON.stringify(MATRIX_QUESTION) },
    /\/teach\/library\/items\/([^/?;]+)/,
  );
  const librarySetId = await call(
    "createLibrarySetAction",
    { title: "Matrix set" },
    /\/teach\/library\/sets\/([^/?;]+)/,
  );
  const importId = await call(
    "readImportFileAction",
    {
      fileName: "matrix.gift",
      format: "gift",
      content: Buffer.from("::M:: Two and two make four. {T}\n").toString("base64"),
    },
    /\/teach\/library\/imports\/([^/?;]+)/,
  );
  return { sourceId, libraryItemId, librarySetId, importId };
}
