/**
 * A file name for an exported article: its headline in lower case, accents dropped, words joined by `-`,
 * at most 80 characters, e.g. `jeansonne-claims-mazda-mx-5-cup-pole-in-backup-car.docx`.
 */
export function exportFileName(headline: string | null, extension: string): string {
  const slug = (headline ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'article'}.${extension}`;
}
