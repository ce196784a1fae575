import { readFileSync } from 'node:fs';

/** A Fountain fixture of this folder, read as the host would hand it to a task. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}
