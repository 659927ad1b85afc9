import { bank as bundledBank } from "@quizdeck/content/bank";
import { renderExport, toQti3Package } from "@quizdeck/content/export";
import { importContent } from "@quizdeck/content/import";
import { expect, it } from "vitest";
import { ConflictError, InvalidInputError, NotFoundError } from "../src/errors.ts";
import { LIMITS } from "../src/fields/limits.ts";
import { createAssignment } from "../src/server-only/assignment/create-assignment.ts";
import { getAssignmentResults } from "../src/server-only/assignment/get-assignment-results.ts";
import { getAttempt } from "../src/server-only/attempt/get-attempt.ts";
import { recordResponse } from "../src/server-only/attempt/record-response.ts";
import { startAttempt } from "../src/server-only/attempt/start-attempt.ts";
import { submitAttempt } from "../src/server-only/attempt/submit-attempt.ts";
import { createClass } from "../src/server-only/class/create-class.ts";
import { joinClass } from "../src/server-only/class/join-class.ts";
import { setStudentRemoved } from "../src/server-only/class/set-student-removed.ts";
import {
  createLibrarySet,
  createSource,
  duplicateLibrarySet,
  exportLibrarySet,
  getLibraryImport,
  getLibraryItem,
  getLibrarySet,
  getSource,
  listLibraryItems,
  listLibrarySets,
  listSources,
  readImportFile,
  saveLibraryImport,
  saveLibraryItem,
  updateLibrarySet,
} from "../src/server-only/library/index.ts";
import { listAnswerHistory } from "../src/server-only/progress/list-answer-history.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { clientId, createTestUser } from "./support/factories.ts";

const T0 = new Date("2026-05-01T09:00:00Z");

const ARAL = `The Aral Sea was once the fourth-largest lake in the world.

Soviet irrigation projects diverted the Amu Darya and the Syr Darya to grow cotton.

Kazakhstan built the Kokaral dam in 2005, and the northern sea has been rising since.`;

/** A single-choice question quoting paragraph 3 of the Aral text. */
function damQuestion(key = "Kazakhstan", prompt = "Which country built the Kokaral dam?") {
  return {
    type: "single-choice",
    prompt,
    explanation: "The text says Kazakhstan built it.",
    evidence: [{ paragraphId: "p03", quote: "Kazakhstan built the Kokaral dam in 2005" }],
    tags: [],
    difficulty: 1,
    level: "recall",
    choices: [
      { id: "a", text: key, correct: true },
      { id: "b", text: "Uzbekistan", correct: false },
      { id: "c", text: "Turkmenistan", correct: false },
    ],
  };
}

const GIFT = `::Capital:: What is the capital of Kazakhstan? {=Astana ~Almaty ~Tashkent}

::Dam year:: The Kokaral dam was finished in 2005. {T}

::Essay:: Describe the Aral Sea. {}
`;

describeEachBackend("the teacher's library", ({ db }) => {
  async function teacherWithSource() {
    const teacher = await createTestUser(db, "teacher");
    const source = await createSource(db, {
      teacherId: teacher.id,
      title: "The Aral Sea",
      format: "text",
      text: ARAL,
    });
    return { teacher, source };
  }

  it("stores a source as paragraphs and refuses one with no text", async () => {
    const { teacher, source } = await teacherWithSource();
    const read = await getSource(db, { userId: teacher.id, sourceId: source.id });
    expect(read.article.paragraphs.map((paragraph) => paragraph.id)).toEqual(["p01", "p02", "p03"]);
    // The list tells how long each is, without its text (the editor asks for that alone).
    expect(await listSources(db, { teacherId: teacher.id })).toEqual([
      {
        id: source.id,
        title: "The Aral Sea",
        format: "text",
        createdAt: expect.any(Date),
        paragraphs: 3,
      },
    ]);
    await expect(
      createSource(db, { teacherId: teacher.id, title: "Blank", format: "html", text: "<p> </p>" }),
    ).rejects.toThrow(InvalidInputError);
  });

  it("checks a question with the shared schema and the verbatim rule, and returns the writing warnings", async () => {
    const { teacher, source } = await teacherWithSource();
    const saved = await saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: damQuestion("Tajikistan"),
    });
    expect(saved.number).toBe(1);
    expect(saved.versionId).toMatch(/^q-[0-9a-f-]{36}$/);
    expect(saved.warnings.join(" ")).toContain("“tajikistan”");

    const refused = saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: {
        ...damQuestion(),
        evidence: [{ paragraphId: "p03", quote: "Kazakhstan built the dam in 2005" }],
      },
    });
    await expect(refused).rejects.toMatchObject({
      fieldErrors: { "item.evidence": [expect.stringContaining("not verbatim")] },
    });
    const noKey = saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: {
        ...damQuestion(),
        choices: damQuestion().choices.map((c) => ({ ...c, correct: false })),
      },
    });
    await expect(noKey).rejects.toMatchObject({
      fieldErrors: { "item.choices": [expect.stringContaining("exactly one correct")] },
    });
    const ungroundedWithoutFlag = saveLibraryItem(db, {
      teacherId: teacher.id,
      item: { ...damQuestion(), evidence: [] },
    });
    await expect(ungroundedWithoutFlag).rejects.toMatchObject({
      fieldErrors: { "item.evidence": [expect.any(String)] },
    });
  });

  it("leaves a set's questions editable in place when its assignment is refused", async () => {
    const { teacher, source } = await teacherWithSource();
    const klass = await createClass(db, { teacherId: teacher.id, name: "Refused" });
    const first = await saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: damQuestion(),
    });
    const set = await createLibrarySet(db, {
      teacherId: teacher.id,
      title: "No cards",
      structure: {
        sections: [
          { title: "Mine", draw: null, questions: [{ kind: "library", id: first.itemId }] },
        ],
        flashcards: [],
      },
    });
    // A retention goal needs flashcards, and this set has none.
    await expect(
      createAssignment(db, {
        teacherId: teacher.id,
        classId: klass.id,
        title: "Refused",
        librarySetId: set.id,
        opensAt: T0,
        retentionTarget: 0.8,
        retentionUntil: new Date(T0.getTime() + 30 * 86_400_000),
      }),
    ).rejects.toThrow(/needs flashcards/);
    const edited = await saveLibraryItem(db, {
      teacherId: teacher.id,
      itemId: first.itemId,
      sourceId: source.id,
      item: damQuestion("Kazakhstan", "Which country finished the Kokaral dam?"),
    });
    expect(edited).toMatchObject({ versionId: first.versionId, number: 1, newVersion: false });
  });

  it("edits in place until assigned, then versions; attempts keep the version they took", async () => {
    const { teacher, source } = await teacherWithSource();
    const student = await createTestUser(db, "student");
    const klass = await createClass(db, { teacherId: teacher.id, name: "Geography" });
    await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });

    const first = await saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: damQuestion("Kazakstan"),
    });
    const fixed = await saveLibraryItem(db, {
      teacherId: teacher.id,
      itemId: first.itemId,
      sourceId: source.id,
      item: damQuestion(),
    });
    expect(fixed).toMatchObject({ versionId: first.versionId, number: 1, newVersion: false });

    const set = await createLibrarySet(db, {
      teacherId: teacher.id,
      title: "Aral check",
      structure: {
        sections: [
          { title: "Mine", draw: null, questions: [{ kind: "library", id: first.itemId }] },
          {
            title: "From the bank",
            draw: 1,
            questions: [
              { kind: "bank", id: "q-cable-year-and-source" },
              { kind: "bank", id: "q-russia-stance-in-opening" },
            ],
          },
        ],
        flashcards: [],
      },
    });
    const assignment = await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Aral check",
      librarySetId: set.id,
      opensAt: T0,
      answerRelease: "after_each_attempt",
    });
    expect(assignment.questionIds).toContain(first.versionId);
    expect(assignment.librarySetId).toBe(set.id);

    const { attempt } = await startAttempt(db, {
      kind: "assignment",
      userId: student.id,
      assignmentId: assignment.id,
      now: new Date(T0.getTime() + 1000),
    });
    expect(attempt.questionIds).toHaveLength(2);
    expect(attempt.questionIds).toContain(first.versionId);
    const saved = await recordResponse(db, {
      userId: student.id,
      attemptId: attempt.id,
      questionId: first.versionId,
      clientId: clientId(),
      response: { type: "single-choice", choiceId: "a" },
      now: new Date(T0.getTime() + 2000),
    });
    expect(saved.response.score).toBe(1);
    // The source opens to the student with the attempt's answers, not before.
    await expect(getSource(db, { userId: student.id, sourceId: source.id })).rejects.toThrow(
      NotFoundError,
    );
    await submitAttempt(db, {
      userId: student.id,
      attemptId: attempt.id,
      now: new Date(T0.getTime() + 3000),
    });

    const opened = await getSource(db, { userId: student.id, sourceId: source.id });
    expect(opened.title).toBe("The Aral Sea");

    const edited = await saveLibraryItem(db, {
      teacherId: teacher.id,
      itemId: first.itemId,
      sourceId: source.id,
      item: damQuestion("Kazakhstan", "Which country finished the Kokaral dam in 2005?"),
    });
    expect(edited).toMatchObject({ number: 2, newVersion: true });
    expect(edited.versionId).not.toBe(first.versionId);

    const review = await getAttempt(db, { userId: student.id, attemptId: attempt.id });
    const taken = review.questions.find((question) => question.id === first.versionId);
    expect(taken?.question.prompt).toBe("Which country built the Kokaral dam?");
    expect(taken?.version).toEqual({ itemId: first.itemId, number: 1 });
    expect(taken?.source).toEqual({ id: source.id, title: "The Aral Sea" });

    const results = await getAssignmentResults(db, {
      teacherId: teacher.id,
      assignmentId: assignment.id,
    });
    expect(results.versions.get(first.versionId)).toMatchObject({ number: 1, latestNumber: 2 });
    expect(results.attempts[0]?.responses.map((response) => response.questionId)).toContain(
      first.versionId,
    );
    const item = await getLibraryItem(db, { teacherId: teacher.id, itemId: first.itemId });
    expect(item.versions.map((version) => version.number)).toEqual([2, 1]);
    // The student's answer history names the question as taken, not as "gone from the bank".
    const history = await listAnswerHistory(db, { userId: student.id, limit: 10 });
    const answered = history.answers.find((answer) => answer.questionId === first.versionId);
    expect(answered?.prompt).toBe("Which country built the Kokaral dam?");

    // Removed from the class, the student no longer reads its teacher's source.
    await setStudentRemoved(db, {
      teacherId: teacher.id,
      classId: klass.id,
      studentId: student.id,
      removed: true,
    });
    await expect(getSource(db, { userId: student.id, sourceId: source.id })).rejects.toThrow(
      NotFoundError,
    );
  });

  it("draws each section's count per attempt from a teacher's set", async () => {
    const { teacher, source } = await teacherWithSource();
    const klass = await createClass(db, { teacherId: teacher.id, name: "Pools" });
    const itemIds: string[] = [];
    for (const prompt of ["Who built it?", "Which state built it?", "Who dammed the north?"]) {
      itemIds.push(
        (
          await saveLibraryItem(db, {
            teacherId: teacher.id,
            sourceId: source.id,
            item: damQuestion("Kazakhstan", prompt),
          })
        ).itemId,
      );
    }
    const set = await createLibrarySet(db, {
      teacherId: teacher.id,
      title: "Pool",
      structure: {
        sections: [
          {
            title: "Dam",
            draw: 2,
            questions: itemIds.map((id) => ({ kind: "library" as const, id })),
          },
        ],
        flashcards: [],
      },
    });
    const assignment = await createAssignment(db, {
      teacherId: teacher.id,
      classId: klass.id,
      title: "Pool",
      librarySetId: set.id,
      opensAt: T0,
    });
    expect(assignment.questionIds).toHaveLength(3);
    expect(assignment.draw).toMatchObject([{ title: "Dam", count: 2 }]);
    const draws = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const student = await createTestUser(db, "student");
      await joinClass(db, { studentId: student.id, joinCode: klass.joinCode });
      const { attempt } = await startAttempt(db, {
        kind: "assignment",
        userId: student.id,
        assignmentId: assignment.id,
        now: new Date(T0.getTime() + 1000),
      });
      expect(attempt.questionIds).toHaveLength(2);
      draws.add([...attempt.questionIds].sort().join());
    }
    expect(draws.size).toBeGreaterThan(1);
  });

  it("keeps sets and items private: another teacher and a student get not found", async () => {
    const { teacher, source } = await teacherWithSource();
    const other = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    const { itemId } = await saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: damQuestion(),
    });
    const set = await createLibrarySet(db, { teacherId: teacher.id, title: "Private" });
    const otherClass = await createClass(db, { teacherId: other.id, name: "Elsewhere" });
    const structure = {
      sections: [{ title: "Q", draw: null, questions: [{ kind: "library" as const, id: itemId }] }],
      flashcards: [],
    };
    for (const attempt of [
      () => getLibrarySet(db, { teacherId: other.id, setId: set.id }),
      () => updateLibrarySet(db, { teacherId: other.id, setId: set.id, title: "Mine", structure }),
      () => duplicateLibrarySet(db, { teacherId: other.id, setId: set.id }),
      () => exportLibrarySet(db, { teacherId: other.id, setId: set.id }),
      () => getLibraryItem(db, { teacherId: other.id, itemId }),
      () => saveLibraryItem(db, { teacherId: other.id, itemId, item: damQuestion() }),
      () => saveLibraryItem(db, { teacherId: other.id, sourceId: source.id, item: damQuestion() }),
      () => getSource(db, { userId: other.id, sourceId: source.id }),
      () => getSource(db, { userId: student.id, sourceId: source.id }),
      () =>
        createAssignment(db, {
          teacherId: other.id,
          classId: otherClass.id,
          title: "Taken",
          librarySetId: set.id,
          opensAt: T0,
        }),
    ]) {
      await expect(attempt()).rejects.toThrow(NotFoundError);
    }
    await expect(
      createLibrarySet(db, { teacherId: other.id, title: "Borrowed", structure }),
    ).rejects.toThrow(InvalidInputError);
    expect(await listLibraryItems(db, { teacherId: other.id })).toEqual([]);
    expect(await listLibrarySets(db, { teacherId: other.id })).toEqual([]);
    await expect(getLibrarySet(db, { teacherId: student.id, setId: set.id })).rejects.toThrow(
      NotFoundError,
    );
  });

  it("duplicates and reorders a set, and exports it to every format", async () => {
    const { teacher, source } = await teacherWithSource();
    const a = await saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: damQuestion("Kazakhstan", "First question?"),
    });
    const b = await saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: damQuestion("Kazakhstan", "Second question?"),
    });
    const card = await saveLibraryItem(db, {
      teacherId: teacher.id,
      kind: "flashcard",
      sourceId: source.id,
      item: {
        front: "Kokaral dam finished",
        back: "2005",
        evidence: [{ paragraphId: "p03", quote: "the Kokaral dam in 2005" }],
        tags: [],
      },
    });
    const set = await createLibrarySet(db, { teacherId: teacher.id, title: "Export me" });
    await updateLibrarySet(db, {
      teacherId: teacher.id,
      setId: set.id,
      title: "Export me",
      structure: {
        sections: [
          {
            title: "All",
            draw: null,
            questions: [
              { kind: "library", id: b.itemId },
              { kind: "library", id: a.itemId },
            ],
          },
        ],
        flashcards: [{ kind: "library", id: card.itemId }],
      },
    });
    const copy = await duplicateLibrarySet(db, { teacherId: teacher.id, setId: set.id });
    const read = await getLibrarySet(db, { teacherId: teacher.id, setId: copy.id });
    expect(read.title).toBe("Export me (copy)");
    expect(read.resolved.sections[0]?.questions.map((entry) => entry.content.prompt)).toEqual([
      "Second question?",
      "First question?",
    ]);
    const { bank } = await exportLibrarySet(db, { teacherId: teacher.id, setId: copy.id });
    expect(bank.source.title).toBe("The Aral Sea");
    expect(renderExport(bank, "gift")).toContain("Second question?");
    expect(renderExport(bank, "anki-tsv")).toContain("Kokaral dam finished");
    const reimported = importContent(toQti3Package(bank, {}), "qti");
    expect(reimported.questions.map((question) => question.prompt)).toEqual([
      "Second question?",
      "First question?",
    ]);
    // Losslessly: each question as the set holds it, its quotes of the teacher's source included.
    expect(reimported.questions).toEqual(bank.questions);
    expect(reimported.report.every((entry) => entry.outcome === "imported")).toBe(true);
  });

  it("previews exactly what saving keeps: quotes not in the bundled article are reported as not kept", async () => {
    const { teacher, source } = await teacherWithSource();
    const own = await saveLibraryItem(db, {
      teacherId: teacher.id,
      sourceId: source.id,
      item: damQuestion(),
    });
    const onArticle = bundledBank.questions[0];
    if (!onArticle) throw new Error("The bank has no questions");
    const set = await createLibrarySet(db, {
      teacherId: teacher.id,
      title: "Round trip",
      structure: {
        sections: [
          {
            title: "All",
            draw: null,
            questions: [
              { kind: "library", id: own.itemId },
              { kind: "bank", id: onArticle.id },
            ],
          },
        ],
        flashcards: [],
      },
    });
    const exported = await exportLibrarySet(db, { teacherId: teacher.id, setId: set.id });
    const read = await readImportFile(db, {
      teacherId: teacher.id,
      fileName: "round-trip.zip",
      format: "qti",
      content: Buffer.from(toQti3Package(exported.bank, {})).toString("base64"),
    });
    const preview = await getLibraryImport(db, { teacherId: teacher.id, importId: read.id });
    const [fromSource, fromArticle] = preview.questions;
    expect(fromSource).toMatchObject({ grounded: false, evidence: [] });
    expect(fromArticle).toMatchObject({ grounded: true, evidence: onArticle.evidence });
    const entryOf = (id: string | undefined) => preview.report.find((entry) => entry.itemId === id);
    expect(entryOf(fromSource?.id)).toMatchObject({
      outcome: "changed",
      changes: [expect.stringMatching(/quotes are not word for word in the bundled article/)],
    });
    expect(entryOf(fromArticle?.id)?.outcome).toBe("imported");

    await saveLibraryImport(db, { teacherId: teacher.id, importId: read.id, makeSet: false });
    const saved = await listLibraryItems(db, { teacherId: teacher.id });
    const withoutIds = (items: { id: string; prompt?: string }[]) =>
      items
        .map(({ id: _id, ...content }) => content)
        .sort((a, b) => String(a.prompt).localeCompare(String(b.prompt)));
    const kept = saved.filter((item) => item.origin === "qti").map((item) => item.content);
    expect(withoutIds(kept)).toEqual(withoutIds(preview.questions));
  });

  it("saves an import larger than one set may hold as numbered sets that hold every item", async () => {
    const teacher = await createTestUser(db, "teacher");
    const questionCount = LIMITS.assignmentQuestionsMax + 1;
    const gift = Array.from(
      { length: questionCount },
      (_, n) => `::Q${n}:: Was the lamp lit at dusk on day ${n}? {T}`,
    ).join("\n\n");
    const read = await readImportFile(db, {
      teacherId: teacher.id,
      fileName: "long.gift",
      format: "gift",
      content: Buffer.from(gift).toString("base64"),
    });
    const saved = await saveLibraryImport(db, { teacherId: teacher.id, importId: read.id });
    expect(saved.questionCount).toBe(questionCount);
    const sets = await Promise.all(
      saved.setIds.map((setId) => getLibrarySet(db, { teacherId: teacher.id, setId })),
    );
    expect(sets.map((set) => set.title)).toEqual([
      "Imported from long.gift (part 1 of 2)",
      "Imported from long.gift (part 2 of 2)",
    ]);
    const counts = sets.map((set) =>
      set.structure.sections.reduce((sum, section) => sum + section.questions.length, 0),
    );
    expect(counts).toEqual([LIMITS.assignmentQuestionsMax, 1]);
    // In the file's order: the first set starts with the file's first question, the last holds its last.
    const promptOf = async (itemId: string | undefined) =>
      JSON.stringify((await db.libraryItemVersion.findFirstOrThrow({ where: { itemId } })).content);
    expect(await promptOf(sets[0]?.structure.sections[0]?.questions[0]?.id)).toContain("day 0?");
    expect(await promptOf(sets[1]?.structure.sections[0]?.questions[0]?.id)).toContain(
      `day ${questionCount - 1}?`,
    );
  });

  it("reads an import for preview, saves it once as ungrounded items and a set", async () => {
    const teacher = await createTestUser(db, "teacher");
    const other = await createTestUser(db, "teacher");
    const read = await readImportFile(db, {
      teacherId: teacher.id,
      fileName: "aral.gift",
      format: "gift",
      content: Buffer.from(GIFT).toString("base64"),
    });
    const preview = await getLibraryImport(db, { teacherId: teacher.id, importId: read.id });
    expect(preview.questions).toHaveLength(2);
    expect(preview.report.map((entry) => entry.outcome)).toContain("dropped");
    expect(await listLibraryItems(db, { teacherId: teacher.id })).toEqual([]);
    await expect(getLibraryImport(db, { teacherId: other.id, importId: read.id })).rejects.toThrow(
      NotFoundError,
    );
    await expect(saveLibraryImport(db, { teacherId: other.id, importId: read.id })).rejects.toThrow(
      NotFoundError,
    );

    const saved = await saveLibraryImport(db, { teacherId: teacher.id, importId: read.id });
    expect(saved).toMatchObject({ questionCount: 2, flashcardCount: 0 });
    const items = await listLibraryItems(db, { teacherId: teacher.id });
    expect(items.map((item) => item.origin)).toEqual(["gift", "gift"]);
    expect(
      items.every((item) => "grounded" in item.content && item.content.grounded === false),
    ).toBe(true);
    expect(saved.setIds).toHaveLength(1);
    const set = await getLibrarySet(db, { teacherId: teacher.id, setId: saved.setIds[0] ?? "" });
    expect(set.title).toBe("Imported from aral.gift");
    await expect(
      saveLibraryImport(db, { teacherId: teacher.id, importId: read.id }),
    ).rejects.toThrow(ConflictError);

    await expect(
      readImportFile(db, {
        teacherId: teacher.id,
        fileName: "bad.xml",
        format: "moodle-xml",
        content: Buffer.from("<quiz><question").toString("base64"),
      }),
    ).rejects.toMatchObject({ fieldErrors: { file: [expect.any(String)] } });
  });
});
