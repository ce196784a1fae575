import { parseSrt } from '@reelkit/core/captions';
import type { Finding } from '@reelkit/core/findings';
import type { Guard } from '@reelkit/core/guard';
import { type Cost, type TextModel } from '@reelkit/core/models';
import { addCost, noCost } from '@reelkit/core/models';
import { translateCaptions, type GlossaryTerm } from '@reelkit/core/tasks/translation';
import { sidecarPaths } from '../captions/sidecar-paths.js';
import type { FileStore } from '../ports/file-store.js';
import type { ImportedItem, PremiereHost } from '../ports/premiere-host.js';
import { PremiereHostError } from '../ports/premiere-host-error.js';
import { buildXmpPacket } from '../provenance/build-xmp-packet.js';
import { deliverSidecar } from '../provenance/deliver-sidecar.js';
import { captionsBinName } from './transcribe-media.js';
import { fileNameOf } from '../paths/file-name-of.js';
import { omitUndefined } from '@reelkit/core/runtime';

/** A clip's captions to translate. */
export interface TranslateClipCaptionsRequest {
  readonly host: PremiereHost;
  readonly files: FileStore;
  /** The panel session's guard: every translation is checked and recorded, and each SRT delivered, through it. */
  readonly guard: Guard;
  readonly model: TextModel;
  /** The clip whose SRT sidecar (from "Transcribe clip") is translated. */
  readonly mediaPath: string;
  /** Target languages as tags, e.g. `de`, `fr`; each becomes `<clip>.<tag>.srt` / `.vtt`. */
  readonly languages: readonly string[];
  readonly sourceLanguage?: string;
  readonly glossary?: readonly GlossaryTerm[];
  readonly now: () => Date;
  /** Called after each language, 0..1. */
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

/** What the translation wrote and imported, and what to review. */
export interface TranslatedClipCaptions {
  readonly paths: readonly { readonly language: string; readonly srt: string; readonly webVtt: string }[];
  /** The SRT sidecars, imported into `Reelkit Captions` with XMP in one undo step. */
  readonly imported: readonly ImportedItem[];
  readonly findings: readonly Finding[];
  readonly cost: Cost;
}

/**
 * Translates a clip's SRT sidecar into each language with the core's `translateCaptions` (same timing, glossary
 * checked), writes SRT and WebVTT per language, and imports the SRTs — each delivered through the guard, linked to
 * its translations — with XMP naming that entry: one undo step for all.
 */
export async function translateClipCaptions(request: TranslateClipCaptionsRequest): Promise<TranslatedClipCaptions> {
  const folder = await request.files.workFolder();
  const source = sidecarPaths(folder, request.mediaPath);
  const fileName = fileNameOf(request.mediaPath);
  const sourceText = await request.files.readBytes(source.srt).then(
    (bytes) => new TextDecoder().decode(bytes),
    () => undefined,
  );
  const cues = sourceText === undefined ? [] : parseSrt(sourceText).cues;
  if (cues.length === 0) throw new PremiereHostError(`No captions to translate for ${fileName}.`, 'Run "Transcribe clip" on it first.');
  const paths: { language: string; srt: string; webVtt: string }[] = [];
  const findings: Finding[] = [];
  const xmp: Record<string, string> = {};
  let cost = noCost;
  const model = request.guard.text(request.model);
  for (const [index, language] of request.languages.entries()) {
    const translated = await translateCaptions({
      model,
      cues,
      targetLanguage: language,
      ...omitUndefined({ sourceLanguage: request.sourceLanguage, glossary: request.glossary, signal: request.signal }),
    });
    const target = sidecarPaths(folder, request.mediaPath, language);
    const delivered = await deliverSidecar(request.guard, {
      text: translated.srt,
      mediaType: 'application/x-subrip',
      model: request.model,
      task: 'translation',
      title: fileNameOf(target.srt),
      generations: translated.provenanceIds,
    });
    await request.files.writeBytes(target.srt, delivered.file.bytes);
    await request.files.writeText(target.webVtt, translated.webVtt);
    paths.push({ language, srt: target.srt, webVtt: target.webVtt });
    findings.push(...translated.findings, ...delivered.findings);
    cost = addCost(cost, translated.cost);
    xmp[target.srt] = buildXmpPacket({
      model: `${request.model.provider}/${request.model.modelId}`,
      source: `captions of ${fileName}`,
      description: `${language} captions translated from ${fileName}`,
      createdAt: request.now().toISOString(),
      ...omitUndefined({ provenanceId: delivered.provenanceId }),
    });
    request.onProgress?.((index + 1) / request.languages.length);
  }
  const imported = await request.host.importIntoBin({ paths: paths.map((path) => path.srt), binName: captionsBinName, xmp, undoLabel: `Reelkit: translated captions of ${fileName}` });
  return { paths, imported, findings, cost };
}
