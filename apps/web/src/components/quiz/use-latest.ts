import { useRef } from "react";

/** A ref that always holds this render's value: for listeners registered once. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
