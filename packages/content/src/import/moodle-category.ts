/**
 * A Moodle question category path as a label: without the "$course$/"-style context
 * and the "top/" root Moodle puts first ("$course$/top/Astronomy/Planets" -> "Astronomy/Planets").
 */
export function moodleCategoryLabel(path: string): string | undefined {
  const label = path
    .trim()
    .replace(/^\$[a-z0-9]+\$\//i, "")
    .replace(/^top(\/|$)/, "")
    .trim();
  return label === "" ? undefined : label;
}
