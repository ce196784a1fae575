/** Marker kinds the plugin reads and writes (Premiere's `Comment` and `Chapter` types). */
export type MarkerKind = 'comment' | 'chapter';

/** A marker to add. */
export interface NewMarker {
  readonly name: string;
  readonly kind: MarkerKind;
  readonly startTicks: bigint;
  readonly durationTicks: bigint;
  readonly comments?: string;
}
