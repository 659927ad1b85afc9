/** A wrong command line: the message goes to stderr and the CLI exits with code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
