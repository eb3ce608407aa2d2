// Words around a figure that say what it is, in any language: what makes a number a duration, a distance or a
// lap time. The gap words of each language are in `languages/`.

/** Words after a seconds figure that make it a penalty or a duration, not a lap time or gap. */
export const notTimingAfter =
  /^\s*(?:penalty|penalties|stop|stop-and-go|stop-go|hold|left|remaining|to go(?!\s+(?:top|fastest|quickest|faster|quicker|clear|ahead|first|second|third|P\d|into|up|to the top)(?![\p{L}\d]))|of racing|do final|del final|dal termine|dalla fine|avant la fin|de la fin|vor (?:dem )?(?:Schluss|Ende)|voor het einde|strafe|zeitstrafe|straf|tijdstraf|de penalización|di penalità|de pénalité|de penalidade|pit ?stop|boxenstopp|stint)(?![\p{L}])/iu;

/** Words after a decimal that give it a unit other than seconds ("1.5 million", "2.4 km", "4.5 litre", "12,5 Punkte"). */
export const notSecondsAfter =
  /^\s*-?\s*(?:%|percent|per cent|prozent|procent|por ciento|per cento|pour cent|por cento|million|billion|millionen|millones|milioni|millions|milhões|points?|pts|punkte?|punten|puntos|punti|pontos|laps?|runden?|ronden?|vueltas?|giri|tours?|voltas?|km|kilomet|miles?|meilen|metres?|meters?|metros?|metri|mètres?|m\b|kg|kilos?|litres?|liters?|l\b|°|degrees|grad|graden|grados|gradi|degrés|graus|kw|hp|bhp|ps\b|pk\b|cv\b|bar|psi|rpm|x\b)/iu;

/** Words before a whole number of seconds that make it a lap time ("the only lap completed in under 130 seconds"). */
export const lapContextBefore = /\b(?:lap|laps|lapped|lapping|time|clocked|record|pole|best|fastest|completed|qualif\w*)\b[^.!?\n]*$/i;
