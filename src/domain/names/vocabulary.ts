// Words that start with a capital in race copy but never belong to a person's name.

/** Function words and sentence openers; a capitalised run is cut at these. */
export const notNameWords = new Set(
  `a an and as at but by for from he her his if in it its of on or she so that the their then there these they this those to
  we when where while with i my our you your here however later early eventually finally just even meanwhile among before after
  unfortunately fortunately returning also still only now once unhappy coverage click read sign full original article photo
  courtesy qualifying qualification race races practice session round series news team results result pole grid class
  overall lap laps record none no one two three four five six seven eight nine ten first second third fourth fifth sixth
  seventh eighth ninth tenth monday tuesday wednesday thursday friday saturday sunday thurs fri sat sun mon tue wed
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept
  oct nov dec broadcast schedule canadians edited will be what we're i'm it's backup car
  met bij voor achter ook maar daarna toen achteraf dus mit nach auch aber hinter vor beim hinter dann con tras detrás
  también pero luego avec après derrière devant mais puis aussi dopo dietro davanti anche ma poi com após atrás
  também mas depois primo secondo terzo quinto sesto primero tercero cuarto sexto premier deuxième troisième
  quatrième cinquième erster zweiter dritter vierter eerste tweede derde vierde vijfde primeiro terceiro`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that make a run a team, venue, event or series rather than a person. */
export const organisationWords = new Set(
  `racing motorsport motorsports autosport autosports team competition competizione raceway speedway international circuit
  group engineering sports sportscar challenge cup series championship endurance network automotive school news motor
  motoring destination tv association club academy works factory lineup action one michelin pilot weathertech imsa wec
  rolex roar grand prix park ring`
    .split(/\s+/)
    .filter(Boolean),
);

/** Car makes and models; a run that holds one names a car or team, not a driver. */
export const carWords = new Set(
  `porsche bmw cadillac lexus ferrari lamborghini huracan aston martin mclaren artura mercedes mercedes-amg acura mazda
  corvette chevrolet ford mustang dallara oreca ligier duqueine honda civic audi hyundai elantra toyota nissan alpine
  peugeot glickenhaus vanwall bentley maserati lotus ginetta type-r mx-5 elantras`
    .split(/\s+/)
    .filter(Boolean),
);

/** Makes of two words, one of which is also a surname ("Aston Martin", not Maxime Martin). */
export const twoWordMakes = new Set(['aston martin', 'alfa romeo']);

/** Lower-case particles allowed inside a person's name ("Rory van der Steur"). */
export const nameParticles = new Set(['van', 'von', 'der', 'den', 'de', 'di', 'da', 'du', 'le', 'la', 'dos', 'del', 'ter']);

/** Words that close a racing team's name, after its founder's surname ("Wayne Taylor Racing", "Bryan Herta Autosport"). */
export const teamNameEndWords = new Set(['racing', 'motorsport', 'motorsports', 'autosport', 'autosports', 'competition', 'competizione', 'engineering']);

/** Words that close an organisation's name, so a run is split after them ("... Speedway Jesse Lazare"). */
export const organisationEndWords = new Set([...teamNameEndWords, 'raceway', 'speedway', 'circuit', 'group', 'sports', 'team']);
