// A feature-length script made up for chart tests: hundreds of scenes of uneven length and a long tail of speakers,
// some with very long names. Built by arithmetic only (no randomness), so every run sees the same script.

// Long names sit at indices that land in the top 20 and in the tail, so both the charts and the folded rows meet them.
const longNames: ReadonlyMap<number, string> = new Map([
  [1, 'DETECTIVE SERGEANT ALEXANDRA MONTGOMERY-WHITFIELD'],
  [4, 'HIS EXCELLENCY THE AMBASSADOR OF SAN MARINO'],
  [9, 'DR. SØREN KIERKEGAARD-ØSTERGAARD'],
  [13, 'WOMAN IN THE WIDE-BRIMMED WOOL HAT'],
  [40, 'THE WILLOWMERE WOMEN’S MEMORIAL WALKING SOCIETY'],
  [79, 'MADAME WILHELMINA MAXWELL-WORTHINGTON III'],
]);
const firstNames = ['ADA', 'BRUNO', 'CLEO', 'DMITRI', 'EVIE', 'FARID', 'GRETA', 'HUGO', 'ILSE', 'JONAH', 'KAI', 'LENA', 'MILO', 'NADIA', 'OSKAR', 'PRIYA', 'QUINN', 'ROSA', 'SILAS', 'TESSA', 'UMA', 'VIKTOR', 'WREN', 'XAVI'];
const surnames = ['ABBOTT', 'BELL', 'CRUZ', 'DUNN', 'ELLIS', 'FINCH', 'GRAY', 'HALE', 'IRWIN', 'JUNG', 'KERR', 'LOWE', 'MOSS', 'NOLAN', 'ORTIZ', 'PAGE', 'QUAY', 'REID', 'STONE', 'TATE', 'UPTON', 'VANCE', 'WEST', 'YORK'];
const places = ['HARBOUR OFFICE', 'LIGHTHOUSE', 'RAILWAY BRIDGE', 'COUNCIL CHAMBER', 'ALLEY BEHIND THE CINEMA', 'FERRY DECK', 'POLICE STATION', 'MARKET'];
const words = ['the', 'tide', 'turns', 'before', 'we', 'can', 'leave', 'so', 'listen', 'to', 'me', 'now', 'and', 'keep', 'the', 'lamp', 'lit'];
const genders = ['female', 'male', 'female', 'male', 'non-binary'];

/** The cue name of speaker `index`: a long name where the list has one, else a unique first name and surname. */
export function syntheticSpeakerName(index: number): string {
  // Stepping the surname by 5 (coprime to 24) per round of first names keeps every pair unique for 576 speakers.
  return longNames.get(index) ?? `${firstNames[index % 24] ?? ''} ${surnames[(index + 5 * Math.floor(index / 24)) % 24] ?? ''}`;
}

/**
 * A Fountain script of `sceneCount` scenes and `speakerCount` speakers with a cast block. Speaker k speaks in about
 * one scene in k + 2, so a few lead and most say little, as in a real feature; every speaker speaks at least once.
 */
export function syntheticFeatureScript(sceneCount = 300, speakerCount = 80): string {
  const names = Array.from({ length: speakerCount }, (_, index) => syntheticSpeakerName(index));
  const cast = names.map((name, index) => (index % 7 === 6 ? '' : `${name}: gender ${genders[index % genders.length] ?? 'female'}\n`)).join('');
  const scenes = Array.from({ length: sceneCount }, (_, scene) => {
    const speakers = names.map((_, index) => index).filter((index) => (scene + 3 * index) % (index + 2) === 0);
    // A guest per scene walks through the cast, so the tail speaks too and every scene has a conversation.
    for (const guest of [scene % speakerCount, (scene * 7 + 1) % speakerCount]) if (!speakers.includes(guest)) speakers.push(guest);
    const heading = `${scene % 3 === 0 ? 'EXT.' : 'INT.'} ${places[scene % places.length] ?? ''} - ${scene % 2 === 0 ? 'DAY' : 'NIGHT'}`;
    // Scenes run from a line of action to a page of it, so scene starts are unevenly spaced along the axis.
    const action = Array.from({ length: 1 + ((scene * scene) % 9) }, (_, line) => `Rain on the glass. A door bangs somewhere below, ${line + 1} times.`).join('\n\n');
    const rounds = 1 + (scene % 3);
    const dialogue: string[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const speaker of speakers) {
        const length = 2 + ((scene * 5 + speaker * 3 + round) % 11);
        const line = Array.from({ length }, (_, word) => words[(scene + speaker + word) % words.length] ?? 'now').join(' ');
        dialogue.push(`${names[speaker] ?? ''}\n${line.charAt(0).toUpperCase()}${line.slice(1)}.`);
      }
    }
    return `${heading}\n\n${action}\n\n${dialogue.join('\n\n')}\n`;
  });
  return `Title: Three Hundred Scenes\nAuthor: Reelkit tests\n\n/* Cast\n${cast}*/\n\n${scenes.join('\n')}`;
}
