/**
 * What the mastery figures mean, in words: shown wherever mastery is, so the
 * number is never read as "answered right just now".
 */
export function MasteryExplanation({
  horizonDays,
  learner = "you",
}: {
  horizonDays: number;
  /** "you" on the student's own page; the student's name on a teacher's. */
  learner?: string;
}) {
  const you = learner === "you";
  const horizon = horizonDays === 7 ? "a week" : `${horizonDays} days`;
  return (
    <p>
      <strong>Mastery</strong> is the chance that {learner} would still remember an item {horizon}{" "}
      from now without reviewing it before then, as the memory model predicts from{" "}
      {you ? "your" : "their"} answers and card ratings so far, averaged over the topic's items{" "}
      {learner} {you ? "have" : "has"} met. An item {learner} {you ? "have" : "has"} never got right
      counts as 0 until {you ? "you do" : "they do"}. Items not met yet are counted separately
      (“new”).
    </p>
  );
}
