import type { ScreenplayStatistics } from '@reelkit/core/pagination';

/** Status bar text and tooltip for the runtime estimate. */
export interface RuntimeLabel {
  readonly text: string;
  readonly tooltip: string;
}

/** The figures the label shows: the script's length, and its speaking characters as the report counts them. */
export type RuntimeFigures = Pick<ScreenplayStatistics, 'pages' | 'runtimeMinutes'> & { readonly scenes: number; readonly speakingCharacters: number; readonly lengthMethod: string };

/** Formats the runtime estimate (one page per minute) for the status bar. */
export function formatRuntimeLabel(statistics: RuntimeFigures): RuntimeLabel {
  const minutes = statistics.runtimeMinutes;
  const duration = minutes >= 60 ? `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min` : `${minutes} min`;
  return {
    text: `$(clock) ~${duration}`,
    tooltip: `Estimated runtime ${duration} at one page a minute: ${statistics.lengthMethod}; ${count(statistics.scenes, 'scene')}, ${count(statistics.speakingCharacters, 'speaking character')}.`,
  };
}

function count(amount: number, noun: string): string {
  return `${amount} ${noun}${amount === 1 ? '' : 's'}`;
}
