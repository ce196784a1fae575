import type { DeliveredFile, Guard } from '@reelkit/core/guard';
import { composedFileMetadata } from './composed-file-metadata.js';

/** A text file the panel writes from generations: captions from a transcript, a translation, audio descriptions. */
export interface Sidecar {
  readonly text: string;
  /** E.g. `application/x-subrip`. */
  readonly mediaType: string;
  /** The model whose generations it holds. */
  readonly model: { readonly provider: string; readonly modelId: string };
  /** The task that made it, e.g. `captions`; recorded as the AI actor. */
  readonly task: string;
  /** Its file name. */
  readonly title: string;
  /** The ledger entries of the generations it was written from; the first is linked as its source. */
  readonly generations: readonly string[];
}

/**
 * Delivers a sidecar through the guard before it is written and imported: its own ledger entry (`c2pa.converted`,
 * linked to the generations) with the digest of exactly the bytes the editor gets, which the file's XMP then names.
 */
export function deliverSidecar(guard: Pick<Guard, 'deliver'>, sidecar: Sidecar): Promise<DeliveredFile> {
  const [first] = sidecar.generations;
  return guard.deliver({ bytes: new TextEncoder().encode(sidecar.text), mediaType: sidecar.mediaType }, composedFileMetadata(sidecar.model), {
    task: sidecar.task,
    title: sidecar.title,
    action: 'c2pa.converted',
    parameters: { generations: [...sidecar.generations] },
    ...(first === undefined ? {} : { source: { entryId: first } }),
  });
}
