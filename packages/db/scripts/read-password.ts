import { createInterface } from "node:readline";
import { Writable } from "node:stream";

/**
 * A password from standard input: piped (`printf '%s' "$PW" | npm run …`),
 * or typed at a prompt that does not echo it.
 */
export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, "");
  }
  process.stdout.write(prompt);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const input = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await new Promise<string>((resolve) => input.question("", resolve));
  } finally {
    input.close();
    process.stdout.write("\n");
  }
}
