/**
 * The link of the section a path is in: the longest href that is the path or
 * a parent of it, so /teach/export is "Export", not "Classes" (/teach) too.
 */
export function currentLink(hrefs: readonly string[], pathname: string): string | null {
  let best: string | null = null;
  for (const href of hrefs) {
    const inside = pathname === href || pathname.startsWith(`${href}/`);
    if (inside && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
