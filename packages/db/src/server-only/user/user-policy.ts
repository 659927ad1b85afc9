/**
 * Who may become a teacher, and the invite links that let them
 * (QUIZDECK_TEACHER_SIGNUP):
 * - "open": anyone may sign up as a teacher (the embedded demo's default);
 * - "invite": only with an invite link from a teacher or the administrator;
 * - "closed": no teacher sign-ups; teachers come from `npm run admin:create`.
 * In "open" and "invite" the first account on an empty instance becomes its
 * administrator, a teacher.
 */
export const TEACHER_SIGNUP_POLICIES = ["open", "invite", "closed"] as const;
export type TeacherSignupPolicy = (typeof TEACHER_SIGNUP_POLICIES)[number];

export const INVITE_POLICY = {
  /** An unused link stops working after this long. */
  lifetimeDays: 7,
  /** Unused, unexpired links one teacher may hold at once. */
  maxOpenPerTeacher: 20,
  /** How many of a teacher's links their list shows, newest first. */
  listed: 50,
} as const;
