import { cuss } from 'cuss';
import type { LanguageRule } from './language-rule.js';

// The slurs come from `cuss` (wooorm, MIT), the word list behind retext-profanities: English words rated 0 (maybe
// not profane) to 2 (likely profane). Only the 2s are read, and of those only words that insult a group of people.

/** Swearing and sexual slang: a register a writer chooses for a scene, not a word about a group of people. */
const swearing = /fuck|fuk|fuc|phuk|phuq|shit|cunt|cunn|kunt|cock|dick|puss|pusy|pu55|bitch|biatch|byatch|whore|slut|porn|sex|wank|jism|jiz|cum|kum|spunk|sperm|peni|tit|boob|brea|butt|ass|arse|piss|pi55|crap|krap|damn|dammit|damit|hell|blow|suck|lick|fist|finger|felch|feltch|muff|poon|orga|masturb|mastabat|masterbat|mastrabat|bone|hard|horn|hump|lube|rimjob|rimming|skank|twat|quim|queef|dong|schlong|weenie|weewee|willie|pud|choad|chode|virgin|upskirt|strip|threeway|sixtynin|gangbang|screw|nook|hooter|bazong|bazoom|booty|boody|poop|doodoo|fart|bollo|bollick|bugger|mofo|jackoff|jerkoff|beatoff|dildo|vibr|crotch|pimp|hooker|love|meat|pric|shag|job|^eat|pee|spooge|smut|quickie|milf|moneyshot|tunnel|skinflute|wetspot|hottotrot|dogg|spread|pocketpool|cammeltoe|analannie|beatyour|tongue|fuu|shhit|^uck$|^hoe?s?$/;

/** Rated 2 by the data, but not a word about a group of people, so never a slur in narration. */
const notAboutAGroup = new Set([
  // Ordinary words the data rates for a rare slang sense: "a chink of light", "a niggling doubt", "he spits", "the
  // grips and riggers", "a welfare cheque", "she yanks the door", "a jigger of rum", "raccoons (coons) in the trash".
  'beanbag', 'beanbags', 'bong', 'boonie', 'boonies', 'bung', 'bunga', 'bungas', 'bunghole', 'chink', 'chinks', 'chug', 'chugs',
  'chunky', 'chunkies', 'chunkys', 'chonky', 'chonkies', 'chonkys', 'clamdigger', 'clamdiver', 'coon', 'coons', 'coondog', 'cooly',
  'cornhole', 'diddle', 'dink', 'dinks', 'dipstick', 'dix', 'faeces', 'flange', 'gables', 'greaser', 'greasers', 'hobo', 'honkers',
  'jig', 'jigs', 'jigg', 'jiggs', 'jigger', 'jiggers', 'jiggy', 'limy', 'niggard', 'niggarded', 'niggarding', 'niggardliness',
  'niggardlinesss', 'niggards', 'niggle', 'niggled', 'niggles', 'niggling', 'nigglings', 'nip', 'pansy', 'pansies', 'piker', 'pom',
  'poms', 'rearend', 'reefer', 'rigger', 'round eyes', 'scallywag', 'shat', 'slave', 'slavedriver', 'sloper', 'slopers', 'slopey',
  'slopeys', 'slopy', 'slopies', 'sodomise', 'sodomize', 'sodomy', 'sooty', 'sooties', 'spick', 'spit', 'spitter', 'squinty',
  'stringer', 'tang', 'thirdeye', 'tinker', 'tinkers', 'triplex', 'twinkie', 'welcher', 'welfare', 'whacker', 'whiz', 'whop', 'yank',
  'yanks', 'clansman', 'clansmen', 'clanswoman', 'clanswomen', 'eight ball', 'eight balls', 'fu', 'poo', 'muncher', 'teste',
  'tuckahoe', 'redleg', 'redlegs', 'ero', 'fatah',
  // Names a character, a painter or a killer may have: "POLLOCK studies the canvas".
  'carruth', 'noonan', 'dahmer', 'pollock', 'pollocks', 'usama', 'shylock', 'shylocks', 'taff', 'jacktheripper', 'hitlerism',
  'hitlerist',
  // Ordinary words in another language, or what a community calls itself: "the Hajji returns from Mecca".
  'bule', 'bules', 'gora', 'goras', 'haole', 'haoles', 'hapa', 'mzungu', 'mzungus', 'gyopo', 'gyopos', 'kyopo', 'kyopos', 'hadji',
  'hadjis', 'haji', 'hajis', 'hajji', 'hajjis', 'kuffar', 'kafir', 'payo', 'twink', 'dragqueen', 'dragqween', 'juggalo', 'mau mau',
  'mau maus', 'maumau', 'maumaus', 'kkk', 'klansman', 'klansmen', 'klanswoman', 'klanswomen',
  // Insults aimed at one person, not a group (and the ableist ones are judged in disability-rules.ts).
  'lowlife', 'tosser', 'hoser', 'perv', 'pedo', 'fubar', 'fugly', 'wtf', 'commie', 'loser', 'looser', 'dope', 'dumb', 'stupid',
  'idiot', 'moron', 'barf', 'puke', 'vomit', 'biteme', 'cheesehead', 'cheeseheads', 'sixsixsix', 'jebus', 'geez', 'jeez',
  'fatso', 'wuss', 'manhater', 'gangsta', 'barface', 'barfface', 'bigbastard', 'cyberslimer', 'sleezebag', 'sleezeball', 'slimeball',
  'slimebucket', 'stuinties',
  // Age is judged in age-rules.ts, where "old geezer" is a finding and "geezer" alone, British for any man, is not.
  'geezer',
  // Sexual slang and misspellings the pattern above misses.
  'cameltoe', 'cherrypopper', 'deapthroat', 'deepthroat', 'barelylegal', 'backdoorman', 'holestuffer', 'glazeddonut', 'magicwand',
  'manpaste', 'masterblaster', 'mattressprincess', 'smackthemonkey', 'spankthemonkey', 'snatchpatch', 'slideitin', 'splittail',
  'swallower', 'swalow', 'thirdleg', 'tongethruster', 'kondum', 'insest', 'inthebuff', 'givehead', 'goldenshower', 'gonorrehea',
  'pubiclice', 'puntang', 'ontherag', 'turnon', 'mickeyfinn', 'sadis', 'sadom', 'sandm', 'tortur', 'raper', 'rearentry', 'panti',
  'evl', 'floo', 'fok', 'forni', 'geni', 'gummer', 'honger', 'hork', 'kwa', 'mams', 'rere', 'shav', 'sqeh', 'wab', 'waysted', 'whash',
  'wn', 'wuzzie', 'footstar', 'dyefly', 'flydie', 'flydye', 'cacker', 'exkwew', 'ra8s', 'phungky', 'nudger', 'lezbefriends',
  'butchbabes', 'buffies', 'dingleberry', 'fellatio', 'samckdaddy', 'crotchrot', 'crotchjockey', 'crotchmonkey', 'homobangers',
  'hore', 'kunilingus', 'kunnilingus', 'loadedgun', 'nastyho',
]);

/** Phrases our matcher can read: lower-case words of letters and digits, one space apart. */
const readable = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * The `lang.slur` rule: the group slurs of `cuss`, less the phrases `earlier` rules already judge (so a rule's own
 * exceptions — "gypsy moth" — are not undone here, and its better suggestion wins).
 */
export function createSlurRule(earlier: readonly LanguageRule[]): LanguageRule {
  const judged = new Set(earlier.flatMap((rule) => rule.phrases));
  const phrases = Object.keys(cuss).filter(
    (word) => cuss[word] === 2 && readable.test(word) && !swearing.test(word) && !notAboutAGroup.has(word) && !judged.has(word),
  );
  return {
    id: 'lang.slur',
    phrases,
    suggestion: 'cut the slur, or give it to the character who would say it, in dialogue',
    explanation: 'A slur in narration reads as the writer’s own voice, not a character’s.',
    // "Homo sapiens" in a museum caption is the species.
    unlessFollowedBy: ['sapiens', 'erectus', 'habilis', 'neanderthalensis'],
  };
}
