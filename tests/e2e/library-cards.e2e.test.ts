import { expect, it } from "vitest";
import { describeInBrowser, expectNoSeriousAxeViolations, signIn } from "./support/browser-test.ts";
import {
  assignedLibraryCard,
  CARD,
  CARD_PASSWORD,
  callAction,
} from "./support/library-card-fixture.ts";

describeInBrowser("a teacher's flashcard in a student's reviews", (suite) => {
  it("is reviewed on /flashcards by keyboard at its latest version, its source one link away", async () => {
    // The teacher writes the card in a set and assigns the set to the student's class (by the app's actions).
    const { teacher, student, cardId, sourceId } = await assignedLibraryCard();
    // Then fixes the back: the assigned version stays as it was, the fix is the next one, and
    // the student reviews the latest.
    const fixedBack = `${CARD.back} until the thaw`;
    const fixed = await callAction(teacher.client, "saveLibraryItemAction", {
      itemId: cardId,
      kind: "flashcard",
      sourceId,
      item: JSON.stringify({ ...CARD, back: fixedBack }),
    });
    expect(fixed.status, fixed.message ?? "").toBeLessThan(400);
    const itemPage = await (await teacher.client.get(`/teach/library/items/${cardId}`)).text();
    expect(itemPage).toMatch(/Version (<!-- -->)?2/);

    const { page, context } = await suite.newPage();
    await signIn(page, student.email, CARD_PASSWORD);

    await page.goto("/flashcards");
    await page.getByRole("heading", { level: 1, name: "Flashcards" }).waitFor();
    // Assigned cards come first among the new ones.
    await page.getByRole("heading", { level: 3, name: CARD.front }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: "Show answer" }).waitFor();
    await page.keyboard.press("Space");
    const answer = page.getByRole("region", { name: "Answer" });
    await answer.waitFor();
    expect(await answer.getByText(fixedBack).count()).toBe(1);
    const sourceLink = answer.getByRole("link", { name: "See in the source" });
    const href = (await sourceLink.getAttribute("href")) ?? "";
    expect(href).toMatch(new RegExp(`^/sources/${sourceId}\\?p=p02&q=`));
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press("3");
    await page.getByText(/^Rated Good — next in /).waitFor();
    await page.getByRole("status").filter({ hasText: "All ratings saved" }).waitFor();

    // The reader of the teacher's source, the quoted passage highlighted.
    await page.goto(href);
    await page.getByRole("heading", { level: 1, name: /^Ferry notes/ }).waitFor();
    expect(
      await page
        .locator("mark")
        .filter({ hasText: CARD.evidence[0]?.quote ?? "" })
        .count(),
    ).toBe(1);
    await expectNoSeriousAxeViolations(page);

    // The review is in the student's history under the card's front.
    await page.goto("/progress");
    await page
      .getByRole("table", { name: /Your card reviews/ })
      .getByText(CARD.front)
      .waitFor();
    await context.close();
  }, 240_000);
});
