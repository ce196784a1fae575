// A deliberately small list of first names that are strongly gendered in their usual use; anything else stays
// unknown. A name is weak evidence (confidence 0.6): the writer's declaration always wins.

/** Common first names usually given to women. */
export const femaleFirstNames: ReadonlySet<string> = new Set(
  (
    'mary anna ann anne sarah emma olivia sophia isabella mia amelia charlotte emily grace lucy alice jane helen ' +
    'margaret elizabeth susan linda karen nancy lisa laura julia maria rosa carmen lucia sofia elena ana fatima aisha ' +
    'amina zainab priya ananya mei yuki sakura hana ji-woo jenny jessica jennifer rachel rebecca hannah leah ruth ' +
    'naomi esther sandra claire chloe zoe ella ava nora maya sandra ruby rose daisy lily violet june dolores sandra ' +
    'josephine jenny beth kate katie kathy wendy maggie molly'
  ).split(' '),
);

/** Common first names usually given to men. */
export const maleFirstNames: ReadonlySet<string> = new Set(
  (
    'john james robert michael william david richard joseph thomas charles daniel matthew anthony mark paul steven ' +
    'andrew kenneth george edward peter frank henry jack harry oliver noah liam ethan lucas carlos juan jose luis ' +
    'miguel pedro diego ahmed mohammed muhammad omar ali hassan raj arjun rahul wei hiroshi kenji min-jun ivan ' +
    'dmitri sergei tom tommy bob bill jim jimmy joe mike dave steve tony ben nick greg gary larry walter ' +
    'arthur albert harold ralph roy carl karl hans otto'
  ).split(' '),
);
