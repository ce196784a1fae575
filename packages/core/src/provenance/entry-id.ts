// Crockford base32, as ULID uses: sortable as text, no I/L/O/U to misread.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Makes ledger entry ids. */
export type EntryIdGenerator = () => string;

/**
 * ULID-shaped ids (10 characters of milliseconds, 16 of randomness) from the injected clock and random source.
 * Within one millisecond (or when the clock runs behind `after`, the last id already in the ledger) the random part
 * counts up instead, so ids always sort in ledger order and a reopened ledger never repeats one.
 */
export function createEntryIdGenerator(now: () => number, random: () => number, after?: string): EntryIdGenerator {
  let lastTime = -1;
  let lastRandom: number[] = [];
  if (after !== undefined && /^[0-9A-HJKMNP-TV-Z]{26}$/.test(after)) {
    lastTime = decode(after.slice(0, 10)).reduce((time, digit) => time * 32 + digit, 0);
    lastRandom = decode(after.slice(10));
  }
  return () => {
    const time = Math.max(now(), lastTime);
    if (time === lastTime) lastRandom = increment(lastRandom);
    else lastRandom = Array.from({ length: 16 }, () => Math.floor(random() * 32) % 32);
    lastTime = time;
    return encodeTime(time) + lastRandom.map((digit) => alphabet.charAt(digit)).join('');
  };
}

function decode(text: string): number[] {
  return Array.from(text, (char) => alphabet.indexOf(char));
}

function encodeTime(time: number): string {
  let rest = Math.floor(time);
  let text = '';
  for (let index = 0; index < 10; index += 1) {
    text = alphabet.charAt(rest % 32) + text;
    rest = Math.floor(rest / 32);
  }
  return text;
}

function increment(digits: readonly number[]): number[] {
  const next = [...digits];
  for (let index = next.length - 1; index >= 0; index -= 1) {
    const digit = (next[index] ?? 0) + 1;
    next[index] = digit % 32;
    if (digit < 32) break;
  }
  return next;
}
