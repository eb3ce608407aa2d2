/** The words the save-loop child saves at `revision`, so the parent can tell a whole save from a torn one. */
export function textOfRevision(revision: number): string {
  return `Save number ${revision}: Derani held pole by 0.204s. `.repeat(1 + (revision % 40));
}
