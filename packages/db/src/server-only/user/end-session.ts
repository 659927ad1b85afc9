import type { Db } from "../../client/create-prisma-client.ts";

/** Ends one session for good (past its absolute lifetime, say): its cookie no longer signs anyone in. */
export async function endSession(db: Db, options: { sessionId: string }): Promise<void> {
  await db.session.deleteMany({ where: { id: options.sessionId } });
}
