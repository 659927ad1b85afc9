// The field rules shared by the forms and API bodies of the web app and the use cases here.
export * from "./account.ts";
export * from "./answer.ts";
export * from "./assignment.ts";
export * from "./class.ts";
export { isCommonPassword } from "./common-passwords.ts";
export * from "./ids.ts";
export * from "./library.ts";
export { LIMITS } from "./limits.ts";
