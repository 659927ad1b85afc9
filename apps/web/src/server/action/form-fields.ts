/** A form's fields as an object: one string per field, an array for a field sent more than once. */
export type FormFields = Record<string, string | string[]>;

/** Reads a submitted form, leaving out React's own `$ACTION_…` fields and files. */
export function formFields(formData: FormData): FormFields {
  const fields: FormFields = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$") || typeof value !== "string") continue;
    const earlier = fields[key];
    fields[key] = earlier === undefined ? value : [earlier, value].flat();
  }
  return fields;
}

/** What the form shows again after a refusal: what was typed, never a password. */
export function keptValues(fields: FormFields): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([key, value]) => typeof value === "string" && !/password/i.test(key))
      .map(([key, value]) => [key, value as string]),
  );
}
