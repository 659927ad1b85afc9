import { dictionary } from "@zxcvbn-ts/language-common";

/** The ~49,000 most common passwords (zxcvbn-ts's list), for refusing them as new passwords. */
const COMMON = new Set(dictionary["passwords-common"]);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
