/** What a server action answered, as its form would show it. */
export interface ActionReply {
  status: number;
  /** Where it sent the browser (a path, or a URL), or null. */
  redirectTo: string | null;
  /** The form's message, or null. */
  message: string | null;
  /** The action succeeded (its message is a confirmation). */
  ok: boolean;
  /** A value the action made for the person to keep (an invite link). */
  result: string | null;
}

function jsonStringAfter(text: string, key: string): string | null {
  const found = new RegExp(`"${key}":("(?:[^"\\\\]|\\\\.)*")`).exec(text)?.[1];
  return found ? (JSON.parse(found) as string) : null;
}

/** Reads a server action's reply (a redirect header, or the form state in React's stream). */
export async function readActionReply(response: Response): Promise<ActionReply> {
  const redirect = response.headers.get("x-action-redirect") ?? response.headers.get("location");
  const text = await response.text();
  return {
    status: response.status,
    redirectTo: redirect ? (redirect.split(";")[0] ?? null) : null,
    message: jsonStringAfter(text, "message"),
    ok: /"ok":true/.test(text),
    result: jsonStringAfter(text, "result"),
  };
}
