import { createServer } from 'node:http';
import { createOpenAICompatible } from '@reelkit/core/providers';
const mode = process.argv[2] ?? 'headers';
const server = createServer((_request, response) => {
  if (mode === 'body') { response.writeHead(200, { 'content-type': 'application/json' }); response.flushHeaders(); }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };
const model = createOpenAICompatible({ baseURL: `http://127.0.0.1:${port}/v1`, defaultModel: 'm' }).text();
const started = Date.now();
let requests = 0;
server.on('request', () => (requests += 1));
try { await model.generate({ messages: [{ role: 'user', content: 'hi' }] }); } catch (error) {
  console.log(JSON.stringify({ mode, seconds: (Date.now() - started) / 1000, requests, name: (error as Error).name, kind: (error as { kind?: string }).kind, message: (error as Error).message.slice(0, 160) }));
}
server.closeAllConnections(); server.close();
