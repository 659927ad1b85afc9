// The public surface of the user domain: its use cases, their option and result types, its policy.
export * from "./check-teacher-invite.ts";
export * from "./create-admin.ts";
export * from "./create-teacher-invite.ts";
export * from "./decide-sign-up-role.ts";
export * from "./end-session.ts";
export * from "./has-any-account.ts";
export type { InviteStatus } from "./internal/invite-status.ts";
export * from "./list-demo-accounts.ts";
export * from "./list-teacher-invites.ts";
export * from "./password-hashing.ts";
export * from "./revoke-teacher-invite.ts";
export * from "./set-time-zone.ts";
export * from "./user-policy.ts";
