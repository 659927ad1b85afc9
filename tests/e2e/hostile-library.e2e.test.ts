import { describe, expect, it } from "vitest";
import { readActionReply } from "./support/action-reply.ts";
import { FORM_DATA, HttpClient } from "./support/http-client.ts";
import { serverActionIds } from "./support/server-actions.ts";

/**
 * A hostile read of the teacher's library import, black-box over HTTP: files
 * written to hurt the importer, and a teacher reading file after file. Each
 * test fails while its hole is open.
 */

const PASSWORD = "Hostile-Library-Pass-2026";
let people = 0;

function action(name: string): string {
  const id = serverActionIds().get(name);
  if (!id) throw new Error(`The build has no server action ${name}`);
  return id;
}

async function teacher(): Promise<HttpClient> {
  people += 1;
  const client = new HttpClient();
  await client.signUp(
    `Hostile teacher ${people}`,
    `hostile-library-teacher-${Date.now()}-${people}@example.test`,
    PASSWORD,
    "teacher",
  );
  return client;
}

async function readFile(client: HttpClient, fileName: string, format: string, text: string) {
  const response = await client.callAction(action("readImportFileAction"), [{}, FORM_DATA], {
    fileName,
    format,
    content: Buffer.from(text).toString("base64"),
  });
  const whole = await response.clone().text();
  return { ...(await readActionReply(response)), text: whole };
}

const GIFT = "::Capital:: Is Paris the capital of France? {T}\n";

describe("the library's import, attacked", () => {
  it("a Moodle XML file declaring an external entity gets the file's problem in the form, not a server error", async () => {
    const client = await teacher();
    const xxe = `<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><name><text>Leak</text></name>
<questiontext format="html"><text>&leak;</text></questiontext>
<answer fraction="100"><text>true</text></answer></question></quiz>`;
    const reply = await readFile(client, "leak.xml", "moodle-xml", xxe);
    expect(reply.status).toBe(200);
    expect(reply.redirectTo).toBeNull();
    // The refusal is the file field's message.
    expect(reply.text).toMatch(/"file":\[[^\]]*external entit/i);
  });

  it("a teacher reading file after file is stopped by the import's rate limit", async () => {
    const client = await teacher();
    const replies = [];
    for (let read = 0; read < 21; read += 1) {
      replies.push(await readFile(client, `quiz-${read}.gift`, "gift", GIFT));
    }
    expect(replies.slice(0, 20).every((reply) => reply.redirectTo !== null)).toBe(true);
    const last = replies[20];
    expect(last?.redirectTo).toBeNull();
    expect(last?.message ?? "").toMatch(/too many/i);
  });
});

describe("the library's sources, attacked", () => {
  async function createSource(client: HttpClient, format: string, text: string) {
    const response = await client.callAction(action("createSourceAction"), [{}, FORM_DATA], {
      title: `Hostile source ${Date.now()}`,
      format,
      text,
    });
    const whole = await response.clone().text();
    return { ...(await readActionReply(response)), text: whole };
  }

  it("Markdown quotes nested a hundred thousand deep get the text field's message, not a server error", async () => {
    const client = await teacher();
    const reply = await createSource(client, "markdown", `${">".repeat(150_000)} text`);
    expect(reply.status).toBe(200);
    expect(reply.redirectTo).toBeNull();
    expect(reply.text).toMatch(/"text":\[[^\]]*nests quotes/);
  });

  it("a teacher storing source after source is stopped by the sources' rate limit", async () => {
    const client = await teacher();
    const replies = [];
    for (let made = 0; made < 21; made += 1) {
      replies.push(await createSource(client, "text", `Paragraph ${made} of a short source.`));
    }
    expect(replies.slice(0, 20).every((reply) => reply.redirectTo !== null)).toBe(true);
    expect(replies[20]?.redirectTo).toBeNull();
    expect(replies[20]?.message ?? "").toMatch(/too many/i);
  });
});
