import { timecodeBase, type FrameRate } from './frame-rate.js';

/**
 * SMPTE timecode for a frame number: `HH:MM:SS:FF`, or `HH;MM;SS;FF` with drop frame, where frame numbers 0 and 1
 * (2 and 3 at 59.94 too) are skipped at the start of each minute except every tenth, so 29.97 DF reads true clock time.
 */
export function formatTimecode(frame: bigint, rate: FrameRate): string {
  const base = BigInt(timecodeBase(rate));
  const sign = frame < 0n ? '-' : '';
  let label = frame < 0n ? -frame : frame;
  if (rate.dropFrame) {
    const dropped = base / 15n; // 2 at 30, 4 at 60
    const perTenMinutes = base * 600n - dropped * 9n;
    const perMinute = base * 60n - dropped;
    const tens = label / perTenMinutes;
    const rest = label % perTenMinutes;
    label += dropped * 9n * tens + (rest > dropped ? dropped * ((rest - dropped) / perMinute) : 0n);
  }
  const frames = label % base;
  const totalSeconds = label / base;
  const parts = [totalSeconds / 3600n, (totalSeconds / 60n) % 60n, totalSeconds % 60n];
  const separator = rate.dropFrame ? ';' : ':';
  return `${sign}${parts.map((part) => part.toString().padStart(2, '0')).join(separator)}${separator}${frames.toString().padStart(2, '0')}`;
}
