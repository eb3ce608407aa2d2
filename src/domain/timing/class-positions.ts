import type { Result } from './types';

/**
 * Numbers each result within its class, in the order of the classification (the file's order: two cars on
 * the same time to the thousandth keep the order the file gives them).
 */
export function withClassPositions<T extends Pick<Result, 'className' | 'classPosition'>>(results: T[]): T[] {
  const countByClass = new Map<string, number>();
  return results.map((result) => {
    const classPosition = (countByClass.get(result.className) ?? 0) + 1;
    countByClass.set(result.className, classPosition);
    return { ...result, classPosition };
  });
}
