/**
 * The export forms' "Format" radio group: one radio a format, the first
 * chosen. Shared by the bank's export page and a library set's page.
 */
export function FormatChoice({ formats }: { formats: readonly (readonly [string, string])[] }) {
  return (
    <fieldset className="field">
      <legend>
        <strong>Format</strong>
      </legend>
      {formats.map(([value, label], index) => (
        <label key={value} style={{ fontWeight: "normal", display: "block" }}>
          <input type="radio" name="format" value={value} defaultChecked={index === 0} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
