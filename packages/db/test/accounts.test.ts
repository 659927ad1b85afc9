import { expect, it } from "vitest";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../src/errors.ts";
import { seedDemoData } from "../src/seed/seed-demo-data.ts";
import { checkTeacherInvite } from "../src/server-only/user/check-teacher-invite.ts";
import { createAdmin } from "../src/server-only/user/create-admin.ts";
import { createTeacherInvite } from "../src/server-only/user/create-teacher-invite.ts";
import { decideSignUpRole } from "../src/server-only/user/decide-sign-up-role.ts";
import { listDemoAccounts } from "../src/server-only/user/list-demo-accounts.ts";
import { listTeacherInvites } from "../src/server-only/user/list-teacher-invites.ts";
import { verifyPassword } from "../src/server-only/user/password-hashing.ts";
import { revokeTeacherInvite } from "../src/server-only/user/revoke-teacher-invite.ts";
import { INVITE_POLICY } from "../src/server-only/user/user-policy.ts";
import { describeEachBackend } from "./support/describe-each-backend.ts";
import { createTestUser } from "./support/factories.ts";

const NOW = new Date("2026-10-01T09:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describeEachBackend("accounts: roles, invites and the administrator", ({ db }) => {
  it("makes the first account on an empty instance its administrator, except when sign-up is closed", async () => {
    expect(await db.user.count()).toBe(0);
    for (const policy of ["open", "invite"] as const) {
      expect(
        await decideSignUpRole(db, {
          policy,
          requestedRole: "student",
          email: "first@example.test",
        }),
      ).toEqual({ role: "teacher", admin: true });
    }
    await expect(
      decideSignUpRole(db, {
        policy: "closed",
        requestedRole: "teacher",
        email: "first@example.test",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(
      await decideSignUpRole(db, {
        policy: "closed",
        requestedRole: "student",
        email: "first@example.test",
      }),
    ).toEqual({ role: "student", admin: false });
  });

  it("grants a teacher only by the policy: open yes, closed never, invite only with a live link", async () => {
    const teacher = await createTestUser(db, "teacher");
    const ask = (policy: "open" | "invite" | "closed", inviteToken?: string) =>
      decideSignUpRole(db, {
        policy,
        requestedRole: "teacher",
        email: "new-teacher@example.test",
        ...(inviteToken ? { inviteToken } : {}),
        now: NOW,
      });
    expect(await ask("open")).toEqual({ role: "teacher", admin: false });
    await expect(ask("closed")).rejects.toThrow(/made by its administrator/);
    await expect(ask("invite")).rejects.toThrow(/need an invite link/);
    await expect(ask("invite", "x".repeat(43))).rejects.toThrow(/not valid/);
    await expect(ask("invite", "not a token")).rejects.toThrow(/not valid/);

    const { token } = await createTeacherInvite(db, { teacherId: teacher.id, now: NOW });
    expect(await checkTeacherInvite(db, { token, now: NOW })).toBe("open");
    // A student sign-up with a link leaves it for its teacher.
    expect(
      await decideSignUpRole(db, {
        policy: "invite",
        requestedRole: "student",
        email: "pupil@example.test",
        inviteToken: token,
        now: NOW,
      }),
    ).toEqual({ role: "student", admin: false });
    // Under "closed" a link is worth nothing.
    await expect(ask("closed", token)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await ask("invite", token)).toEqual({ role: "teacher", admin: false });
    await expect(ask("invite", token)).rejects.toThrow(/already been used/);
    expect(await checkTeacherInvite(db, { token, now: NOW })).toBe("used");
    const [listed] = await listTeacherInvites(db, { teacherId: teacher.id, now: NOW });
    expect(listed).toMatchObject({
      status: "used",
      usedByEmail: "new-teacher@example.test",
      usedAt: NOW,
    });
  });

  it("lets exactly one of two simultaneous sign-ups claim a link", async () => {
    const teacher = await createTestUser(db, "teacher");
    const { token } = await createTeacherInvite(db, { teacherId: teacher.id, now: NOW });
    const outcomes = await Promise.allSettled(
      ["a", "b", "c"].map((name) =>
        decideSignUpRole(db, {
          policy: "invite",
          requestedRole: "teacher",
          email: `${name}@example.test`,
          inviteToken: token,
          now: NOW,
        }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses expired and withdrawn links, and withdraws only the teacher's own unused ones", async () => {
    const teacher = await createTestUser(db, "teacher");
    const other = await createTestUser(db, "teacher");
    const student = await createTestUser(db, "student");
    await expect(createTeacherInvite(db, { teacherId: student.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const expiring = await createTeacherInvite(db, { teacherId: teacher.id, now: NOW });
    const later = days(INVITE_POLICY.lifetimeDays);
    expect(await checkTeacherInvite(db, { token: expiring.token, now: later })).toBe("expired");
    await expect(
      decideSignUpRole(db, {
        policy: "invite",
        requestedRole: "teacher",
        email: "late@example.test",
        inviteToken: expiring.token,
        now: later,
      }),
    ).rejects.toThrow(/expired/);

    const withdrawn = await createTeacherInvite(db, { teacherId: teacher.id, now: NOW });
    await expect(
      revokeTeacherInvite(db, { teacherId: other.id, inviteId: withdrawn.invite.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await revokeTeacherInvite(db, {
      teacherId: teacher.id,
      inviteId: withdrawn.invite.id,
      now: NOW,
    });
    await revokeTeacherInvite(db, { teacherId: teacher.id, inviteId: withdrawn.invite.id });
    await expect(
      decideSignUpRole(db, {
        policy: "invite",
        requestedRole: "teacher",
        email: "too-late@example.test",
        inviteToken: withdrawn.token,
        now: NOW,
      }),
    ).rejects.toThrow(/withdrawn/);

    const used = await createTeacherInvite(db, { teacherId: teacher.id, now: NOW });
    await decideSignUpRole(db, {
      policy: "invite",
      requestedRole: "teacher",
      email: "claimed@example.test",
      inviteToken: used.token,
      now: NOW,
    });
    await expect(
      revokeTeacherInvite(db, { teacherId: teacher.id, inviteId: used.invite.id }),
    ).rejects.toBeInstanceOf(ConflictError);
    const statuses = (await listTeacherInvites(db, { teacherId: teacher.id, now: NOW })).map(
      (invite) => invite.status,
    );
    expect(statuses.sort()).toEqual(["open", "used", "withdrawn"]);
    expect(await listTeacherInvites(db, { teacherId: other.id, now: NOW })).toEqual([]);
  });

  it("stores only a hash of the link, and caps a teacher's unused links", async () => {
    const teacher = await createTestUser(db, "teacher");
    const { token, invite } = await createTeacherInvite(db, { teacherId: teacher.id, now: NOW });
    const stored = await db.teacherInvite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (let i = 1; i < INVITE_POLICY.maxOpenPerTeacher; i++) {
      await createTeacherInvite(db, { teacherId: teacher.id, now: NOW });
    }
    await expect(
      createTeacherInvite(db, { teacherId: teacher.id, now: NOW }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("makes an administrator from the command line, or promotes an existing account", async () => {
    const made = await createAdmin(db, {
      email: " Head@School.example ",
      name: "Head Teacher",
      password: "Staffroom-Key-2026",
    });
    expect(made).toMatchObject({
      created: true,
      user: { email: "head@school.example", role: "teacher", admin: true },
    });
    const account = await db.account.findFirstOrThrow({ where: { userId: made.user.id } });
    expect(account.providerId).toBe("credential");
    expect(
      await verifyPassword({ hash: account.password ?? "", password: "Staffroom-Key-2026" }),
    ).toBe(true);

    const student = await createTestUser(db, "student");
    const promoted = await createAdmin(db, { email: student.email });
    expect(promoted).toMatchObject({
      created: false,
      user: { id: student.id, role: "teacher", admin: true },
    });

    await expect(createAdmin(db, { email: "nobody-yet@example.test" })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(
      createAdmin(db, { email: "weak@example.test", name: "Weak", password: "password123" }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });
});

describeEachBackend("demo accounts", ({ db }) => {
  it("lists none before the seed and the seeded ones after it", async () => {
    expect(await listDemoAccounts(db)).toMatchObject({ teachers: [], students: [] });
    await seedDemoData(db, NOW);
    const demo = await listDemoAccounts(db);
    expect(demo.teachers).toEqual(["teacher@quizdeck.test"]);
    expect(demo.students).toContain("student@quizdeck.test");
    const teacher = await db.user.findUniqueOrThrow({ where: { email: "teacher@quizdeck.test" } });
    // A published password never comes with administrator rights.
    expect(teacher.admin).toBe(false);
  }, 180_000);
});
