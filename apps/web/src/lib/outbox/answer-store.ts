import type { DeviceStorage } from "./device-storage";

/** One quiz answer waiting to reach the server. */
export interface PendingAnswer {
  questionId: string;
  /** Made once per answer and reused on every retry of it. */
  clientId: string;
  /** Grows each time this question's answer changes, so the newest one wins on the server. */
  revision: number;
  response: unknown;
  timeSpentMs: number;
  /** Epoch ms when it was queued. */
  queuedAt: number;
}

/**
 * The device copy of one attempt's waiting answers, in the format the quiz
 * player has always written (so answers left by an older page are still
 * sent): one localStorage entry per attempt, `quizdeck:answers:<attemptId>` →
 * `{ version: 1, pending: PendingAnswer[], revisions: { [questionId]: number } }`.
 * One entry, so another tab of the same attempt sees the same list.
 */
interface StoredAnswers {
  version: 1;
  pending: PendingAnswer[];
  /** The highest revision used per question, so a new answer always supersedes. */
  revisions: Record<string, number>;
}

export function answerStorageKey(attemptId: string): string {
  return `quizdeck:answers:${attemptId}`;
}

export function answerStore(storage: DeviceStorage | null, attemptId: string) {
  const key = answerStorageKey(attemptId);
  /** What was last read or written: the copy when the device cannot be read. */
  let mirror = empty();
  let refused = false;

  /** The device's copy; null when it cannot be read (then the mirror stands). */
  const read = (): StoredAnswers | null => {
    if (!storage) return cloneStored(mirror);
    try {
      const raw = storage.getItem(key);
      if (!raw) return empty();
      const parsed = parseStored(raw);
      if (parsed) mirror = cloneStored(parsed);
      return parsed;
    } catch {
      return null;
    }
  };

  const write = (change: (stored: StoredAnswers) => void) => {
    const stored = read() ?? cloneStored(mirror);
    change(stored);
    mirror = cloneStored(stored);
    if (!storage) return;
    try {
      if (stored.pending.length === 0 && Object.keys(stored.revisions).length === 0) {
        storage.removeItem(key);
      } else {
        storage.setItem(key, JSON.stringify(stored));
      }
    } catch {
      // Full or switched off: the outbox goes on in memory, and the page says so.
      refused = true;
    }
  };

  return {
    get durable(): boolean {
      return storage !== null && !refused;
    },

    load: (): PendingAnswer[] | null => read()?.pending.map((answer) => ({ ...answer })) ?? null,

    put(answer: PendingAnswer): void {
      write((stored) => {
        const index = stored.pending.findIndex((item) => item.clientId === answer.clientId);
        if (index === -1) stored.pending.push(answer);
        else stored.pending[index] = answer;
      });
    },

    remove(clientId: string): void {
      write((stored) => {
        stored.pending = stored.pending.filter((item) => item.clientId !== clientId);
      });
    },

    clear(): void {
      mirror = empty();
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to clean up then.
      }
    },

    /** The next revision for an answer to `questionId`, above every one used so far. */
    nextRevision(questionId: string): number {
      let revision = 0;
      write((stored) => {
        revision = (stored.revisions[questionId] ?? 0) + 1;
        stored.revisions[questionId] = revision;
      });
      return revision;
    },

    /** The server's revisions of saved answers, so new ones are numbered above them. */
    noteRevisions(revisions: Record<string, number>): void {
      write((stored) => {
        for (const [questionId, revision] of Object.entries(revisions)) {
          stored.revisions[questionId] = Math.max(stored.revisions[questionId] ?? 0, revision);
        }
      });
    },
  };
}

function empty(): StoredAnswers {
  return { version: 1, pending: [], revisions: {} };
}

/** A deep copy (everything in it came from JSON or goes to JSON). */
function cloneStored(stored: StoredAnswers): StoredAnswers {
  return JSON.parse(JSON.stringify(stored)) as StoredAnswers;
}

function parseStored(raw: string): StoredAnswers | null {
  try {
    const value = JSON.parse(raw) as Partial<StoredAnswers> | null;
    if (value?.version !== 1 || !Array.isArray(value.pending)) return null;
    const pending = value.pending.filter(
      (item): item is PendingAnswer =>
        typeof item === "object" &&
        item !== null &&
        typeof item.questionId === "string" &&
        typeof item.clientId === "string" &&
        typeof item.revision === "number" &&
        typeof item.timeSpentMs === "number",
    );
    const revisions: Record<string, number> = {};
    for (const [questionId, revision] of Object.entries(value.revisions ?? {})) {
      if (typeof revision === "number") revisions[questionId] = revision;
    }
    return { version: 1, pending, revisions };
  } catch {
    return null;
  }
}
