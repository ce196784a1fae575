// model.overhead.*: what our call path (policy, idle-watched fetch, error mapping, metadata) adds over the raw
// openai SDK, both against the same loopback server in the same run, calls interleaved so drift hits both alike.
import OpenAI from 'openai';
import { createOpenAI } from '../packages/core/src/index.js';
import { createFakeProviderServer } from '../packages/core/src/testing/index.js';
import { createBenchResult, median, percentile, type BenchResult } from './bench-result.js';

const warmup = 200;
const samples = 2000;
const streamSamples = 400;

export default async function modelOverhead(): Promise<BenchResult[]> {
  const server = await createFakeProviderServer();
  try {
    const apiKey = 'sk-bench-0000000000';
    const raw = new OpenAI({ apiKey, baseURL: server.openaiBaseURL, maxRetries: 0 });
    const ours = createOpenAI({ apiKey, baseURL: server.openaiBaseURL }).text('gpt-4o-mini');
    const messages = [{ role: 'user' as const, content: 'INT. LIGHTHOUSE - NIGHT. Continue the scene.' }];

    const time = async (call: () => Promise<unknown>): Promise<number> => {
      const started = performance.now();
      await call();
      return performance.now() - started;
    };
    const rawCall = () => raw.chat.completions.create({ model: 'gpt-4o-mini', messages });
    const ourCall = () => ours.generate({ messages });

    const rawTimes: number[] = [];
    const ourTimes: number[] = [];
    for (let index = 0; index < warmup + samples; index += 1) {
      // Alternate which goes first so neither always gets the warmer socket.
      const pair = index % 2 === 0 ? [await time(rawCall), await time(ourCall)] : [await time(ourCall), await time(rawCall)].reverse();
      if (index >= warmup) {
        rawTimes.push(pair[0] as number);
        ourTimes.push(pair[1] as number);
      }
      server.reset();
    }

    const firstToken = async (open: () => Promise<AsyncIterable<unknown>>, isText: (part: unknown) => boolean): Promise<number> => {
      const started = performance.now();
      let elapsed = Number.NaN;
      for await (const part of await open()) {
        if (Number.isNaN(elapsed) && isText(part)) elapsed = performance.now() - started;
      }
      return elapsed;
    };
    const rawFirst: number[] = [];
    const ourFirst: number[] = [];
    for (let index = 0; index < warmup / 4 + streamSamples; index += 1) {
      const rawValue = await firstToken(
        () => raw.chat.completions.create({ model: 'gpt-4o-mini', messages, stream: true, stream_options: { include_usage: true } }),
        (chunk) => Boolean((chunk as OpenAI.Chat.ChatCompletionChunk).choices[0]?.delta.content),
      );
      const ourValue = await firstToken(async () => ours.stream({ messages }), (part) => (part as { type: string }).type === 'text-delta');
      if (index >= warmup / 4) {
        rawFirst.push(rawValue);
        ourFirst.push(ourValue);
      }
      server.reset();
    }

    const rawMedian = median(rawTimes);
    const rawP95 = percentile(rawTimes, 0.95);
    return [
      createBenchResult({
        id: 'model.overhead.median',
        value: median(ourTimes) - rawMedian,
        unit: 'ms',
        anchor: 'raw openai SDK call (median ms), same server',
        anchorValue: rawMedian,
        better: 'lower',
        target: '<= 0.3 ms added',
      }),
      createBenchResult({
        id: 'model.overhead.p95',
        value: percentile(ourTimes, 0.95) - rawP95,
        unit: 'ms',
        anchor: 'raw openai SDK call (p95 ms), same server',
        anchorValue: rawP95,
        better: 'lower',
      }),
      createBenchResult({
        id: 'model.stream.first-token',
        value: median(ourFirst),
        unit: 'ms',
        anchor: 'raw openai SDK stream, first content chunk',
        anchorValue: median(rawFirst),
        better: 'lower',
      }),
    ];
  } finally {
    await server.close();
  }
}
