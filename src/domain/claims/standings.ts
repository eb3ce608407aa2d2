// A place in the championship, not in a session's order: "second in the drivers' standings", "runner-up in the
// championship", "from first in class in points to fourth", "third in line". The timing holds sessions only.
// "extended his second place advantage in the drivers championship": so is a lead or margin the place holds there.
const AFTER =
  /^[\s-]*(?:(?:finish|spot|place|position)\s+)?(?:(?:advantage|lead|cushion|margin)\s+)?(?:in\s+class\s+)?(?:in|of)\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,2}(?:standings|championship|points|title|series|line|queue|pecking order)(?![\p{L}])/iu;
const BEFORE = /(?<![\p{L}])(?:in|of)\s+(?:the\s+)?(?:[\p{L}'’]+\s+)?(?:standings|championship|points)\s+(?:to|from)\s+$/iu;

// "11th in the all-time pole winners’ list", "fourth spot in the all-time standings": a place among careers.
const ALL_TIME = /^[^.,;:!?]{0,30}?(?<![\p{L}])all[- ]time(?![\p{L}])/iu;

// "a jump from ninth to sixth in the constructors’ standings": the place left is in the standings too.
const TO_PLACE = /^\s+to\s+(?:the\s+)?[\p{L}\d]+(?=\s)/iu;

// "Ricciardo is in third with 98 points", "Ferrari in third at 106 points", "segundo con 120 puntos", "Raikkonen up to
// third from ninth with 17 points": a place told with a points tally is a place in the standings.
const WITH_POINTS = /^[\s-]*(?:place\s+|position\s+)?,?\s*(?:from\s+[\p{L}\d]+\s+)?(?:with|on|at|con|com|avec|mit|met)\s+(?:just\s+|only\s+)?\d{1,4}\s+(?:points|pts|puntos|pontos|points|punti|punkte?n?|punten)(?![\p{L}])/iu;

// "The No. 10 Acura is in third place, 29 points behind the leaders": a place told with its gap in points.
const POINTS_GAP = /^[\s-]*(?:place|position|spot)?\s*,?\s*(?:just\s+|only\s+)?\d{1,4}\s+(?:points?|pts)\s+(?:behind|ahead|clear|adrift|off|back|down|from)(?![\p{L}])/iu;

/** Whether the words after a place (`after`), or before it, make it a place in the standings. */
export function isStandingsPlace(after: string, before = ''): boolean {
  const movedTo = TO_PLACE.exec(after);
  return AFTER.test(after) || BEFORE.test(before) || ALL_TIME.test(after) || WITH_POINTS.test(after) || POINTS_GAP.test(after) || (movedTo !== null && AFTER.test(after.slice(movedTo[0].length)));
}
