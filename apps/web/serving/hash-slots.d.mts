export function hashingSlots(cores: number): number;

export const HASH_SLOT_MESSAGE: string;

export interface HashSlotPool<W> {
  request(worker: W, id: string): void;
  release(worker: W): void;
  forget(worker: W): void;
  readonly free: number;
}

export function hashSlotPool<W>(
  total: number,
  grant: (worker: W, id: string) => void,
): HashSlotPool<W>;
