import type { InviteStatus, TeacherSignupPolicy } from "@quizdeck/db/user";
import { ActionButton } from "@/components/forms/action-button";
import { revokeTeacherInviteAction } from "@/lib/actions/invite-actions";
import { formatDateTime } from "@/lib/format";
import { CreateInviteForm } from "./create-invite-form";

interface Invite {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  usedByEmail: string | null;
  revokedAt: Date | null;
  status: InviteStatus;
}

function statusText(invite: Invite, timeZone: string): string {
  switch (invite.status) {
    case "open":
      return `unused, works until ${formatDateTime(invite.expiresAt, timeZone)}`;
    case "used":
      return `used by ${invite.usedByEmail ?? "someone"} on ${formatDateTime(invite.usedAt ?? invite.createdAt, timeZone)}`;
    case "expired":
      return "expired unused";
    case "withdrawn":
      return "withdrawn";
  }
}

/** /teach's section on bringing in other teachers, as the site's teacher sign-up policy allows. */
export function TeacherInvites({
  policy,
  invites,
  timeZone,
}: {
  policy: TeacherSignupPolicy;
  invites: Invite[];
  timeZone: string;
}) {
  return (
    <section aria-labelledby="invites-heading" className="stack">
      <h2 id="invites-heading">Colleagues</h2>
      {policy === "open" ? (
        <p>Anyone can sign up as a teacher on this site: send colleagues the sign-up page.</p>
      ) : policy === "closed" ? (
        <p>
          Teacher sign-up is closed on this site: the administrator adds teachers from the server
          with <code>npm run admin:create</code>.
        </p>
      ) : (
        <>
          <p>
            Teachers join this site by invitation. Each link lets one person sign up as a teacher.
          </p>
          <CreateInviteForm />
          {invites.length > 0 ? (
            <ul>
              {invites.map((invite) => (
                <li key={invite.id}>
                  Made {formatDateTime(invite.createdAt, timeZone)}: {statusText(invite, timeZone)}
                  {invite.status === "open" ? (
                    <>
                      {" "}
                      <ActionButton
                        action={revokeTeacherInviteAction}
                        fields={{ inviteId: invite.id }}
                        label="Withdraw"
                        accessibleLabel={`Withdraw the link made ${formatDateTime(invite.createdAt, timeZone)}`}
                        className="secondary"
                        inline
                      />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
