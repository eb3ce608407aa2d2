const SAFE_SCHEME = /^(?:https?:\/\/|mailto:)/i;

/** An http(s) or mailto address in its canonical form (quotes and spaces escaped), or null for anything else. */
export function safeHref(value: string | null): string | null {
  const trimmed = value?.trim();
  if (!trimmed || !SAFE_SCHEME.test(trimmed)) return null;
  try {
    return new URL(trimmed).href;
  } catch {
    return null;
  }
}
