// The media tasks on the example screenplay: a storyboard for one scene (shot list, visible suggestions where a
// person is under-described, then C2PA-signed frames when an image model is configured), a music cue plan (rendered
// on Replicate when a token is set), and a trailer plan ranked for a viewer profile with embeddings.
// Run: npm run example -- examples/tasks/media.ts [output folder]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCast } from '@reelkit/core/representation';
import { createInstallSigningIdentity, createMediaSigner } from '@reelkit/core/provenance/media';
import { createRuntime } from '@reelkit/core/runtime';
import { parseFountain } from '@reelkit/core/screenplay';
import { createGuard } from '@reelkit/core/guard';
import { highlightSegmentsFromScreenplay, planHighlights } from '@reelkit/core/tasks/highlights';
import { collectMusicCue, planMusicCue, submitMusicCue } from '@reelkit/core/tasks/music';
import { peopleFromCast, planStoryboard, renderStoryboard } from '@reelkit/core/tasks/storyboard';
import { configuredModels, exitWithError } from './configured-provider.js';

async function main(): Promise<void> {
  const models = configuredModels();
  if (models === undefined) process.exit(2);
  const outDir = process.argv[2] ?? 'reelkit-media-example';
  const runtime = createRuntime();
  // Every generated file is signed (C2PA where the format allows) and recorded through the guard: one path.
  const signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
  const guard = createGuard({ runtime, signer });
  const text = guard.text(models.text);
  const script = await readFile(new URL('../screenplays/low-tide-at-kestrel-point.fountain', import.meta.url), 'utf8');
  const screenplay = parseFountain(script);
  const scene = screenplay.scenes[0];
  if (scene === undefined) throw new Error('The example screenplay has no scene.');
  console.log(`Media tasks against ${models.description}, on "${scene.heading}".`);

  const plan = await planStoryboard({ model: text, scene: { screenplay, scene }, cast: peopleFromCast(readCast(screenplay)), style: 'pencil storyboard sketch' });
  console.log(`\n== Storyboard: ${plan.shots.length} shots ($${plan.cost.usd.toFixed(4)})`);
  for (const shot of plan.shots) {
    console.log(`  ${shot.number}. ${shot.size}, ${shot.angle}, ${shot.movement}: ${shot.action}`);
    for (const finding of shot.findings) console.log(`     suggestion: ${finding.message}`);
  }
  if (models.image) {
    const frames = await renderStoryboard({ model: guard.image(models.image), shots: plan.shots });
    await mkdir(outDir, { recursive: true });
    for (const frame of frames.frames) {
      const file = join(outDir, `shot-${frame.number}.${frame.image.mediaType === 'image/jpeg' ? 'jpg' : 'png'}`);
      await writeFile(file, frame.image.bytes);
      console.log(`  wrote ${file}${frame.signed ? ' (with Content Credentials)' : ''}`);
    }
  }

  const cue = await planMusicCue({ model: text, scene: { screenplay, scene } });
  console.log(`\n== Music cue: ${cue.mood}, ${cue.tempoBpm} bpm, ${cue.instrumentation}; ${cue.durationSeconds} s (${cue.durationSource})`);
  if (models.replicate) {
    const music = models.replicate.music();
    const handle = await submitMusicCue(music, cue);
    console.log(`  submitted ${handle.id}; waiting (the JSON handle survives a restart: ${JSON.stringify(handle)})`);
    const finished = await collectMusicCue({ model: guard.music(music), handle });
    await mkdir(outDir, { recursive: true });
    const extension = { 'audio/mpeg': 'mp3', 'audio/wav': 'wav' }[finished.audio.mediaType] ?? 'bin';
    const file = join(outDir, `cue.${extension}`);
    await writeFile(file, finished.audio.bytes);
    console.log(`  wrote ${file}${finished.signed ? ' (with Content Credentials)' : ''} ($${finished.cost.usd.toFixed(4)})`);
  } else console.log('  set REPLICATE_API_TOKEN to render it.');

  if (models.embedding) {
    const highlights = await planHighlights({
      model: guard.embedding(models.embedding),
      profile: 'Viewers who love quiet family dramas about the sea, and hate melodrama',
      segments: highlightSegmentsFromScreenplay(screenplay),
      targetDurationSeconds: 90,
    });
    console.log(`\n== Trailer plan: ${highlights.items.length} moments, ${highlights.totalSeconds.toFixed(0)} s`);
    for (const item of highlights.items) console.log(`  ${item.planStart.toFixed(0)}–${item.planEnd.toFixed(0)} s  ${item.label} (${item.relevance.toFixed(2)})`);
  }
}

await main().catch(exitWithError);
