import { isProse, normaliseSpace, wordCount } from './block-shape';
import { isByline } from './byline-and-date';
import { eachBlock, type FurnitureRule } from './furniture-rule';

const KNOWN_SITES = /^(?:motorsport(?:\.com)?|autosport|racer|the race|speedcafe|sportscar365|daily ?sportscar|frontstretch|racecanada(?:\.ca)?|imsa(?:\.com)?|crash\.net|planetf1|the checkered flag|motorsportweek)$/i;
const SITE_ENDING = /(?:news|\.com|\.ca|\.net|\.org|\.co\.uk|magazine|daily|weekly|today|times|insider|digest|wire)$/i;

/** The site's masthead copied above the headline: "Motorsport News", "Sportscar365". */
export const findSiteName: FurnitureRule = (blocks) =>
  eachBlock(blocks, 'site-name', (text, index) => {
    const name = normaliseSpace(text);
    if (index > 1 || name.length > 40 || wordCount(name) > 4 || isProse(name) || isByline(name) || /^[•·▸►]/.test(name)) return false;
    return KNOWN_SITES.test(name) || SITE_ENDING.test(name);
  });
