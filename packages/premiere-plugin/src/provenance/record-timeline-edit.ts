import type { Finding } from '@reelkit/core/findings';
import type { Guard } from '@reelkit/core/guard';
import { digitalSourceTypes, filterParameters } from '@reelkit/core/provenance';
import type { FileStore } from '../ports/file-store.js';
import { composedFileMetadata } from './composed-file-metadata.js';

/** An edit the panel made to the timeline, and who decided it. */
export interface TimelineEdit {
  /** The task, e.g. `rough-cut`; recorded as the actor's name. */
  readonly task: string;
  /** `tool` for a deterministic plan (silences, fillers, script order); the model for a ranked one (a trailer). */
  readonly decidedBy: { readonly provider: string; readonly modelId: string } | 'tool';
  /** The edit decision list file's name in the work folder, e.g. `interview.rough-cut.json`. */
  readonly fileName: string;
  /** The edit decision list: what was kept, cut or placed, and why. */
  readonly decisions: unknown;
  readonly parameters?: Readonly<Record<string, unknown>>;
  /** What was edited, e.g. the clip's file name. */
  readonly source: string;
}

/** Where the edit decision list went, its ledger entry, and anything its recording found. */
export interface RecordedEdit {
  readonly path: string;
  readonly provenanceId?: string;
  readonly findings: readonly Finding[];
}

/**
 * Records a timeline edit in the project ledger through the session guard: its edit decision list (JSON) is written
 * to the work folder and recorded as `c2pa.edited` with the digest of those bytes. A model's decision goes through
 * the guard's delivery path (an AI actor, trained algorithmic media); a deterministic plan is the guard recorder's
 * tool event (algorithmic media). A ledger that fails becomes a finding: the edit is made either way.
 */
export async function recordTimelineEdit(guard: Guard, files: FileStore, edit: TimelineEdit): Promise<RecordedEdit> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(edit.decisions, null, 2)}\n`);
  const path = `${(await files.workFolder()).replace(/[/\\]+$/, '')}/${edit.fileName}`;
  await files.writeBytes(path, bytes);
  if (edit.decidedBy !== 'tool') {
    const delivered = await guard.withSigner(undefined).deliver({ bytes, mediaType: 'application/json' }, composedFileMetadata(edit.decidedBy), {
      task: edit.task,
      title: edit.fileName,
      action: 'c2pa.edited',
      ...(edit.parameters === undefined ? {} : { parameters: edit.parameters }),
      source: { title: edit.source },
    });
    return { path, ...(delivered.provenanceId === undefined ? {} : { provenanceId: delivered.provenanceId }), findings: delivered.findings };
  }
  if (guard.recorder === undefined) return { path, findings: [] };
  try {
    const { entryId } = await guard.recorder.recordEvent({
      actor: { type: 'tool', name: edit.task },
      action: 'c2pa.edited',
      digitalSourceType: digitalSourceTypes.algorithmicMedia,
      ...(edit.parameters === undefined ? {} : { parameters: filterParameters(edit.parameters, (text) => text) }),
      outputDigest: `sha256:${await guard.runtime.hasher.sha256(bytes)}`,
      source: { title: edit.source },
    });
    return { path, provenanceId: entryId, findings: [] };
  } catch (error) {
    const message = `The ${edit.task} edit could not be recorded in the project ledger: ${error instanceof Error ? error.message : String(error)}`;
    return { path, findings: [{ ruleId: 'provenance.not-recorded', category: 'provenance', severity: 'error', message, suggestion: 'The edit is made; run "reelkit verify" on the ledger and fix it.' }] };
  }
}
