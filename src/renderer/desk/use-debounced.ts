import { useCallback, useEffect, useRef } from 'react';

/** A stable function that runs `action` with the latest arguments once calls stop for `delayMs`. */
export function useDebounced<Args extends unknown[]>(action: (...args: Args) => void, delayMs: number): (...args: Args) => void {
  const latest = useRef(action);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return useCallback(
    (...args: Args) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(...args), delayMs);
    },
    [delayMs],
  );
}
