import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { article, bodyParagraphs, findParagraph } from "../src/article/article.ts";
import { ARTICLE_SOURCE_TEXT } from "../src/article/article-source-text.ts";
import { parseArticle } from "../src/article/parse-article.ts";

const SHARED_SOURCE = fileURLToPath(
  new URL("../../../../shared/source/article.txt", import.meta.url),
);

describe("the article", () => {
  it("carries its metadata", () => {
    expect(article.title).toBe("Central Asia: Russia Grapples With Security Dilemma");
    expect(article.author).toBe("Joshua Kucera");
    expect(article.publisher).toBe("Eurasianet");
    expect(article.attribution).toMatch(/^Originally published at Eurasianet\./);
  });

  it("splits into 17 body paragraphs and the author note, with stable ids", () => {
    expect(bodyParagraphs).toHaveLength(17);
    expect(bodyParagraphs[0]?.text).toMatch(/^When it comes to dealing/);
    expect(bodyParagraphs.at(-1)?.text).toMatch(/^In the end, Moscow may settle/);
    expect(article.paragraphs.map((p) => p.id)).toEqual(
      Array.from({ length: 18 }, (_, i) => `p${String(i + 1).padStart(2, "0")}`),
    );
    expect(findParagraph("p18")).toMatchObject({ kind: "author-note" });
  });

  it("leaves out the web page's comment form", () => {
    const all = article.paragraphs.map((p) => p.text).join("\n");
    expect(all).not.toMatch(/Leave a Reply|Required fields/);
    expect(article.attribution).not.toMatch(/Leave a Reply/);
  });

  it("keeps every paragraph verbatim from the source text", () => {
    for (const paragraph of article.paragraphs)
      expect(ARTICLE_SOURCE_TEXT).toContain(paragraph.text);
  });

  it("is the shared source file byte for byte, where that file is present", () => {
    if (!existsSync(SHARED_SOURCE)) {
      console.warn(
        `!!! ${SHARED_SOURCE} not found: the package copy of the article is not compared with it.`,
      );
      return;
    }
    expect(ARTICLE_SOURCE_TEXT).toBe(readFileSync(SHARED_SOURCE, "utf8"));
  });

  it("refuses a source without a byline or attribution", () => {
    expect(() => parseArticle("Title\n\nNo byline here")).toThrow(/byline/);
    expect(() => parseArticle("Title\n\nBy Someone\n\nText only.")).toThrow(/attribution/);
  });
});
