import { expect, it } from "vitest";
import { InvalidInputError } from "../src/errors.ts";
import { LIMITS } from "../src/fields/limits.ts";
import { listLibraryItems, readImportFile } from "../src/server-only/library/index.ts";
import { setTimeZone } from "../src/server-only/user/set-time-zone.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { createTestUser } from "./support/factories.ts";

const base64 = (text: string) => Buffer.from(text).toString("base64");

describeEachBackend("hostile files and values at the library and memory use cases", ({ db }) => {
  it("a Moodle XML file with an external entity is refused as the file's problem, not thrown as a fault", async () => {
    const teacher = await createTestUser(db, "teacher");
    const xxe = `<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><name><text>Leak</text></name>
<questiontext format="html"><text>&leak;</text></questiontext>
<answer fraction="100"><text>true</text></answer></question></quiz>`;
    const read = readImportFile(db, {
      teacherId: teacher.id,
      fileName: "leak.xml",
      format: "moodle-xml",
      content: base64(xxe),
    });
    await expect(read).rejects.toBeInstanceOf(InvalidInputError);
    await expect(read).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringMatching(/external entit/i)] },
    });
  });

  it("a small file of more one-line items than an import takes is refused before anything is kept", async () => {
    const teacher = await createTestUser(db, "teacher");
    const cards = Array.from({ length: LIMITS.importItemsMax + 1 }, (_, n) => `t${n}\td${n}`);
    const read = readImportFile(db, {
      teacherId: teacher.id,
      fileName: "deck.txt",
      format: "quizlet",
      content: base64(cards.join("\n")),
    });
    await expect(read).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringMatching(/at most 1000 at a time/)] },
    });
    expect(await listLibraryItems(db, { teacherId: teacher.id })).toEqual([]);
  });

  it("a time zone reported in another spelling is kept under its canonical name", async () => {
    const student = await createTestUser(db, "student");
    expect(await setTimeZone(db, { userId: student.id, timeZone: "eUrOpE/bErLiN" })).toEqual({
      timeZone: "Europe/Berlin",
    });
  });
});
