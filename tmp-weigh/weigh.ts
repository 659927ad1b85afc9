import { signedUpSession } from "../tests/e2e/support/api-session.ts";
import { startApp } from "../tests/e2e/support/app-server.ts";
import { launchChromium } from "../tests/e2e/support/chromium.ts";
import { weighFirstLoadJs } from "../tests/e2e/support/first-load-js.ts";
import { startPracticeAttempt } from "../tests/e2e/support/practice-attempt.ts";

const app = await startApp();
const browser = await launchChromium();
try {
  const session = await signedUpSession(browser, app.baseUrl, {
    name: "Wendy Weigh",
    email: `wendy-${Date.now()}@example.test`,
    password: "Termez-Reader-88",
    role: "student",
  });
  const attempt = await startPracticeAttempt(browser, session);
  for (const path of [attempt, "/flashcards"]) {
    const context = await browser.newContext(session);
    const page = await context.newPage();
    const load = await weighFirstLoadJs(page, path);
    console.log(`${path}: ${(load.gzipBytes / 1024).toFixed(2)} KiB`);
    for (const s of load.scripts) console.log(`  ${s.gzipBytes} ${s.bytes} ${s.path}`);
    await context.close();
  }
} finally {
  await browser.close();
  await app.stop();
}
