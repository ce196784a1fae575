/** A passage of a text: whole paragraphs, with offsets in the text (`end` exclusive). */
export interface TextChunk {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}
