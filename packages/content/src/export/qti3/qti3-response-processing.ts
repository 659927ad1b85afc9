/**
 * Response processing written out in full (not a template reference), so the item
 * can also set FEEDBACK to show the explanation after any answer.
 */

/** SCORE is 1 when the response equals the correct response, else 0. */
export function matchCorrectScore(responseId: string): string[] {
  return [
    "<qti-response-condition>",
    "  <qti-response-if>",
    "    <qti-match>",
    `      <qti-variable identifier="${responseId}"/>`,
    `      <qti-correct identifier="${responseId}"/>`,
    "    </qti-match>",
    '    <qti-set-outcome-value identifier="SCORE">',
    '      <qti-base-value base-type="float">1</qti-base-value>',
    "    </qti-set-outcome-value>",
    "  </qti-response-if>",
    "  <qti-response-else>",
    '    <qti-set-outcome-value identifier="SCORE">',
    '      <qti-base-value base-type="float">0</qti-base-value>',
    "    </qti-set-outcome-value>",
    "  </qti-response-else>",
    "</qti-response-condition>",
  ];
}

/** SCORE is the sum of the responses' mapped values. */
export function mappedScore(responseIds: readonly string[]): string[] {
  const maps = responseIds.map((id) => `<qti-map-response identifier="${id}"/>`);
  return [
    '<qti-set-outcome-value identifier="SCORE">',
    ...(maps.length === 1
      ? maps.map((line) => `  ${line}`)
      : ["  <qti-sum>", ...maps.map((line) => `    ${line}`), "  </qti-sum>"]),
    "</qti-set-outcome-value>",
  ];
}

/** Shows the explanation (the modal feedback EXPLANATION) whatever the answer. */
export function showExplanation(): string[] {
  return [
    '<qti-set-outcome-value identifier="FEEDBACK">',
    '  <qti-base-value base-type="identifier">EXPLANATION</qti-base-value>',
    "</qti-set-outcome-value>",
  ];
}
