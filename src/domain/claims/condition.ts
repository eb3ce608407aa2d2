// A place set as a condition, not taken: "needing to finish eighth", "would need to be fifth", "only had to finish
// sixth to take the title", "if he finishes third", "as long as she ends up in the top"; what the title or the
// points required, which no session's order can bear out or refute.
const NEEDED =
  /\b(?:need(?:s|ed|ing)?|required|requiring|must|has to|have to|having to|only had to)\s+(?:only\s+|just\s+|merely\s+|simply\s+)?(?:to\s+)?(?:finish|be|end(?: up)?|take|claim|come home|cross the line|be classified)\s+(?:in\s+|at\s+)?(?:the\s+|a\s+)?(?:\p{L}+\s+)?$/iu;
const IF_CLAUSE =
  /\b(?:if|unless|provided(?: that)?|as long as|so long as)\s+(?:(?:he|she|they|it|the\s+\S+|\p{Lu}\p{L}+)\s+)(?:can\s+|could\s+|were to\s+|was to\s+)?(?:finish(?:es|ed)?|end(?:s|ed)? up|(?:is|was|were)|take(?:s)?|took|come(?:s)? home|came home|cross(?:es|ed)? the line)\s+(?:in\s+|at\s+)?(?:the\s+|a\s+)?$/iu;

/** Whether the words just before a place make it a condition ("needing to finish eighth"), not a result. */
export function isConditionPlace(before: string): boolean {
  return NEEDED.test(before) || IF_CLAUSE.test(before);
}
