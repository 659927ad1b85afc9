/**
 * How long a sign-in lasts. A session ends after `idleTimeoutSeconds` without
 * a request (each request at least `refreshAfterSeconds` after the last
 * extension pushes the end out again, so the real idle limit is between the
 * two), and in any case `absoluteTimeoutSeconds` after signing in, however
 * active. A session ended on the server may still be honoured for up to
 * `cookieCacheSeconds` by the signed cookie that saves a query per request.
 */
export const SESSION_POLICY = {
  idleTimeoutSeconds: 3 * 24 * 60 * 60,
  refreshAfterSeconds: 60 * 60,
  absoluteTimeoutSeconds: 14 * 24 * 60 * 60,
  cookieCacheSeconds: 60,
} as const;

/** Whether a session started at `createdAt` has outlived the absolute limit. */
export function isPastAbsoluteTimeout(createdAt: Date, now: Date = new Date()): boolean {
  return now.getTime() - createdAt.getTime() >= SESSION_POLICY.absoluteTimeoutSeconds * 1000;
}
