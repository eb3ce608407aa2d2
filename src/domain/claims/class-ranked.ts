// "The DPi cars are the fastest of the three classes", "the LMP3 class, are second-fastest", "the GTD sedans/coupes
// are third-fastest": the classes of a race ranked by speed against each other, no car's place in a session.
const CLASS_NAME = String.raw`(?:GTP|GTD(?:[- ](?:PRO|Pro))?|GTLM|GTE(?:[- ](?:Pro|PRO|Am|AM))?|DPi|LMP\s?[1-3]|LMGT3|LMH|LMDh|Hypercar|TCR|GTS|GT[34])`;
const CLASS_AS_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}\d])${CLASS_NAME}\s+(?:class|category|cars|machines|machinery|prototypes|sedans|coupes|entries|field)(?:\/\p{L}+)?,?\s+(?:are|is|were|was)\s+(?:the\s+)?$`,
  'u',
);
const OF_THE_CLASSES = /^\s+of\s+the\s+(?:\p{L}+\s+)?(?:classes|categories)(?![\p{L}])/iu;

/** Whether a place is a class's among the classes: its clause's subject a class, or "… of the three classes" after it. */
export function ranksClasses(before: string, after: string): boolean {
  return CLASS_AS_SUBJECT.test(before) || OF_THE_CLASSES.test(after);
}
