import { HttpClient } from "./http-client.ts";

let signedUp = 0;

/**
 * A new account of the given role, signed up and signed in over HTTP, as a black-box
 * test's actor. `label` keeps names and emails of one test file apart from another's.
 */
export async function signUpPerson(
  role: "student" | "teacher",
  label: string,
  password: string,
): Promise<HttpClient> {
  signedUp += 1;
  const client = new HttpClient();
  await client.signUp(
    `${label} ${role} ${signedUp}`,
    `${label.toLowerCase().replace(/\W+/g, "-")}-${role}-${Date.now()}-${signedUp}@example.test`,
    password,
    role,
  );
  return client;
}
