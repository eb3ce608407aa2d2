import { seedText } from './seeds';

/** The sentence of a seed report that contains `fragment`, exactly as the report has it. */
export function seedSentence(fileName: string, fragment: string): string {
  const sentences = seedText(fileName).split(/\n|(?<=[.!?])\s+(?=[A-Z“"])/);
  const found = sentences.find((sentence) => sentence.includes(fragment));
  if (!found) throw new Error(`${fileName} has no sentence with ${fragment}`);
  return found.trim();
}
