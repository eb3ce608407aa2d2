/** Text made literal inside a RegExp source ("1:32.656" matches itself, not "1x32y656"). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
