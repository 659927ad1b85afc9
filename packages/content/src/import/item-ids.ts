const ID_BODY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 48;

/**
 * Hands out quizdeck ids for imported items, unique within one import: the source's
 * own id when it already is a quizdeck id ("q-..." / "c-..."), else a slug of the
 * source id or title ("q-planet-count"), else "<prefix>-imported-<position>"; a
 * clash gets "-2", "-3", ...
 */
export class ItemIds {
  private readonly used = new Set<string>();
  /** The next suffix to try per base: a file of many equal titles must not try them all again for each. */
  private readonly nextSuffix = new Map<string, number>();

  next(prefix: "q" | "c", candidates: readonly (string | undefined)[], position: number): string {
    const base =
      candidates.map((candidate) => idFrom(prefix, candidate)).find((id) => id !== undefined) ??
      `${prefix}-imported-${position}`;
    let id = base;
    let suffix = this.nextSuffix.get(base) ?? 2;
    while (this.used.has(id)) {
      id = `${base}-${suffix}`;
      suffix += 1;
    }
    if (id !== base) this.nextSuffix.set(base, suffix);
    this.used.add(id);
    return id;
  }
}

function idFrom(prefix: string, candidate: string | undefined): string | undefined {
  if (candidate === undefined) return undefined;
  if (candidate.startsWith(`${prefix}-`) && ID_BODY.test(candidate.slice(prefix.length + 1))) {
    return candidate;
  }
  const slug = slugify(candidate);
  return slug === "" ? undefined : `${prefix}-${slug}`;
}

/** Lower-case ASCII words joined by "-", accents dropped, cut at a word boundary. */
export function slugify(text: string): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug === "" ? (words[0]?.slice(0, MAX_SLUG_LENGTH) ?? "") : slug;
}
