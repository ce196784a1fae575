// Transcription → captions with broadcast rules → SRT, WebVTT and Premiere transcript JSON.
// Run: npm run example -- examples/tasks/captions.ts <audio.wav|mp3>
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { segmentCaptions, toPremiereTranscript, writeSrt, writeWebVtt } from '@reelkit/core/captions';
import { createGuard } from '@reelkit/core/guard';
import { configuredModels, exitWithError } from './configured-provider.js';

async function main(): Promise<void> {
  const audioPath = process.argv[2];
  if (audioPath === undefined) {
    process.stderr.write('Usage: npm run example -- examples/tasks/captions.ts <audio file>\n');
    process.exit(2);
  }
  const models = configuredModels();
  if (models === undefined) process.exit(2);
  if (models.transcription === undefined) {
    process.stderr.write(`${models.description} offers no transcription model; configure OPENAI_API_KEY.\n`);
    process.exit(2);
  }

  const mediaTypes: Record<string, string> = { '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.m4a': 'audio/mp4', '.webm': 'audio/webm' };
  // Through the guard, like every generation (add a recorder to keep a ledger of the transcript).
  const transcript = await createGuard().transcription(models.transcription).transcribe({
    audio: new Uint8Array(await readFile(audioPath)),
    filename: basename(audioPath),
    mediaType: mediaTypes[extname(audioPath).toLowerCase()] ?? 'application/octet-stream',
    record: { task: 'captions', parameters: { filename: basename(audioPath) } },
  });
  const words = transcript.words.map((word) => ({ text: word.text, start: word.start, end: word.end }));
  const { cues, findings } = segmentCaptions(words);
  console.log(`${transcript.words.length} words → ${cues.length} cues (${transcript.durationSeconds ?? '?'} s, $${transcript.cost.usd.toFixed(4)})`);
  for (const finding of findings) console.log(`  cue ${finding.cueIndex + 1}: ${finding.rule} — ${finding.message}`);
  console.log('\n--- SRT ---\n' + writeSrt(cues));
  console.log('--- WebVTT ---\n' + writeWebVtt(cues));
  console.log('--- Premiere transcript JSON (first segment) ---');
  console.log(JSON.stringify(toPremiereTranscript(words).segments?.[0] ?? {}, null, 2));
}

await main().catch(exitWithError);
