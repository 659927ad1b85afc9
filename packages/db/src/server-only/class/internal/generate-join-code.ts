import { randomInt } from "node:crypto";
import { LIMITS } from "../../../fields/limits.ts";

// No 0/O, 1/I/L: a code read aloud in class or copied from a board stays unambiguous.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < LIMITS.joinCodeLength; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
