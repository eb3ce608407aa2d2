import type { NameMention } from '../names';
import type { Figure } from './types';

// "BMW M Team WRT secured second place with their Hybrid V8 #20 driven by Rast", "Acura takes second consecutive
// pole with No. 93", "finishing runner-up at Le Mans with the No. 6 car": a team's place taken with one car it
// names is that car's.
const WITH_CAR = /^[^.;:!?]{0,40}?(?<![\p{L}])(?:with|mit|con|avec|com|met)\s+(?:(?:the|its|their|his|her|seinem|ihrem|su|sus|la|le|il|sua|o|a|de|het)\s+)?(?:[\p{L}\d.-]+\s+){0,3}?(?:#|No\.?\s*|number\s+|Nr\.?\s*|n[.º°]\s*)?$/iu;

/** The one car named with "with" after a team's place, in the figure's sentence. */
export function carNamedWith(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  const cars = inSentence.filter((mention) => mention.kind === 'car' && mention.start >= figure.end);
  if (cars.length === 0) return undefined;
  const between = text.slice(figure.end, cars[0].start);
  // "with the #20 and #15": two cars share it, no one car's.
  if (cars[1] && /^\s*(?:and|&|und|y|e|et|en)\s+(?:the\s+)?(?:#|No\.?\s*)?$/i.test(text.slice(cars[0].end, cars[1].start))) return undefined;
  return WITH_CAR.test(between) ? cars[0] : undefined;
}
