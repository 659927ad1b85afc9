import styles from "./article.module.css";
import { type DeepLinkTarget, paragraphNumber } from "./deep-link";
import { FocusTarget } from "./focus-target";

/** What a "see in the source" link opened: the paragraph, and whether its quote is marked. */
export function DeepLinkNotice({ target }: { target: DeepLinkTarget | null }) {
  if (!target) return null;
  return (
    <p className={`notice ${styles.deepLinkNote}`}>
      {target.mark ? "The quoted passage is highlighted in " : "Showing "}
      <a href={`#${target.paragraphId}`}>paragraph {paragraphNumber(target.paragraphId)}</a>.
    </p>
  );
}

/** Moves focus to the linked paragraph, again whenever the link names another passage. */
export function DeepLinkFocus({ target }: { target: DeepLinkTarget | null }) {
  if (!target) return null;
  return (
    <FocusTarget
      key={`${target.paragraphId}:${target.mark?.start ?? ""}`}
      targetId={target.paragraphId}
    />
  );
}
