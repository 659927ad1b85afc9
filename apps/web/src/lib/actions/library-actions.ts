"use server";

import { IMPORT_FORMATS } from "@quizdeck/content/import";
import { getDb } from "@quizdeck/db";
import {
  idField,
  librarySetDescriptionField,
  librarySetStructureSchema,
  librarySetTitleField,
  sourceFormatField,
} from "@quizdeck/db/fields";
import {
  createLibrarySet,
  createSource,
  duplicateLibrarySet,
  readImportFile,
  saveLibraryImport,
  saveLibraryItem,
  updateLibrarySet,
} from "@quizdeck/db/library";
import { z } from "zod";
import { defineAction } from "@/server/action/define-action";
import { checkbox, optionalText } from "@/server/action/form-coercions";
import { jsonField } from "@/server/action/json-field";

const LIBRARY = "/teach/library";
const setPage = (setId: string) => `${LIBRARY}/sets/${setId}`;
const itemPage = (itemId: string) => `${LIBRARY}/items/${itemId}`;

export const createSourceAction = defineAction({
  access: "teacher",
  input: z.object({
    title: z.string().default(""),
    author: optionalText,
    format: sourceFormatField,
    text: z.string().default(""),
  }),
  returnTo: () => `${LIBRARY}/sources/new`,
  rateLimit: "library-source",
  async handle({ user, input }) {
    const source = await createSource(getDb(), { teacherId: user.id, ...input });
    return { revalidate: [LIBRARY], redirectTo: `/sources/${source.id}` };
  },
});

export const saveLibraryItemAction = defineAction({
  access: "teacher",
  input: z.object({
    itemId: optionalText.pipe(idField("That question").optional()),
    kind: z.enum(["question", "flashcard"]),
    sourceId: optionalText.pipe(idField("That source").optional()),
    item: jsonField("item"),
  }),
  returnTo: (fields) =>
    typeof fields.itemId === "string" && fields.itemId ? itemPage(fields.itemId) : LIBRARY,
  async handle({ user, input }) {
    const saved = await saveLibraryItem(getDb(), {
      teacherId: user.id,
      kind: input.kind,
      sourceId: input.sourceId ?? null,
      item: input.item,
      ...(input.itemId ? { itemId: input.itemId } : {}),
    });
    if (!input.itemId) {
      return { revalidate: [LIBRARY], redirectTo: `${itemPage(saved.itemId)}?saved=new` };
    }
    return {
      message: saved.newVersion
        ? `Saved as version ${saved.number}. Version ${saved.number - 1} stays as it was for the assignments that have it.`
        : `Saved (version ${saved.number}).`,
      revalidate: [LIBRARY, itemPage(saved.itemId)],
    };
  },
});

export const createLibrarySetAction = defineAction({
  access: "teacher",
  input: z.object({ title: z.string().default(""), description: z.string().default("") }),
  returnTo: () => LIBRARY,
  async handle({ user, input }) {
    const set = await createLibrarySet(getDb(), { teacherId: user.id, ...input });
    return { revalidate: [LIBRARY], redirectTo: setPage(set.id) };
  },
});

export const updateLibrarySetAction = defineAction({
  access: "teacher",
  input: z.object({
    setId: idField("That set"),
    title: librarySetTitleField,
    description: librarySetDescriptionField,
    structure: jsonField("structure").pipe(librarySetStructureSchema),
  }),
  returnTo: (fields) => setPage(String(fields.setId)),
  async handle({ user, input }) {
    await updateLibrarySet(getDb(), { teacherId: user.id, ...input });
    return { message: "Set saved.", revalidate: [LIBRARY, setPage(input.setId)] };
  },
});

export const duplicateLibrarySetAction = defineAction({
  access: "teacher",
  input: z.object({ setId: idField("That set") }),
  returnTo: (fields) => setPage(String(fields.setId)),
  async handle({ user, input }) {
    const copy = await duplicateLibrarySet(getDb(), { teacherId: user.id, setId: input.setId });
    return { revalidate: [LIBRARY], redirectTo: setPage(copy.id) };
  },
});

export const readImportFileAction = defineAction({
  access: "teacher",
  input: z.object({
    fileName: z.string().default(""),
    format: z.enum(IMPORT_FORMATS, { error: "Choose the file's format." }),
    content: z.string().default(""),
  }),
  returnTo: () => `${LIBRARY}/import`,
  rateLimit: "library-import",
  async handle({ user, input }) {
    const read = await readImportFile(getDb(), { teacherId: user.id, ...input });
    return { redirectTo: `${LIBRARY}/imports/${read.id}` };
  },
});

export const saveLibraryImportAction = defineAction({
  access: "teacher",
  input: z.object({ importId: idField("That import"), makeSet: checkbox }),
  returnTo: (fields) => `${LIBRARY}/imports/${String(fields.importId)}`,
  async handle({ user, input }) {
    const saved = await saveLibraryImport(getDb(), { teacherId: user.id, ...input });
    return {
      revalidate: [LIBRARY],
      // One set: open it; several (a large file) or none: the library lists them.
      redirectTo:
        saved.setIds.length === 1 && saved.setIds[0]
          ? `${setPage(saved.setIds[0])}?imported=1`
          : `${LIBRARY}?imported=1`,
    };
  },
});
