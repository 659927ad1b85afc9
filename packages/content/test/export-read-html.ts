/**
 * Test-side decoding of the HTML the exporters write: <br> back to newlines, and
 * the entities back to characters. Written independently of src/export/html-text.ts
 * so a round trip checks the exporter rather than itself.
 */
export function htmlToPlainText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/g, "\n"));
}

/** The decoded text of each <p>...</p> paragraph of an HTML fragment. */
export function htmlParagraphs(html: string): string[] {
  const paragraphs = [...html.matchAll(/<p>(.*?)<\/p>/gs)].map((match) => match[1] ?? "");
  if (paragraphs.join("").length === 0 || html.replace(/<p>.*?<\/p>/gs, "") !== "") {
    throw new Error(`not a sequence of <p> paragraphs: ${html}`);
  }
  return paragraphs.map(htmlToPlainText);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    return named[name] ?? entity;
  });
}
