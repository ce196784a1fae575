import type { PdfWorker } from '../create-worker-pdf-exporter.js';
import type { PdfMessagePort, PdfWorkerReply, PdfWorkerRequest } from '../pdf-worker-protocol.js';

type MessageListener = (event: MessageEvent<unknown>) => void;
type ErrorListener = (event: ErrorEvent) => void;

/**
 * A worker whose other side (`scope`, its global scope) runs in this thread: messages are structured-cloned (the
 * worker's buffers transferred) and delivered on a later task, as between threads; once terminated, nothing is.
 */
export class LoopbackWorker implements PdfWorker {
  terminated = false;
  /** What the extension posted, in order. */
  readonly requests: PdfWorkerRequest[] = [];
  /** What the worker posted, in order. */
  readonly replies: PdfWorkerReply[] = [];
  readonly scope: PdfMessagePort;
  private readonly inWorker: MessageListener[] = [];
  private readonly inExtension: MessageListener[] = [];
  private readonly errorListeners: ErrorListener[] = [];

  constructor() {
    this.scope = {
      postMessage: (message, transfer = []) => {
        if (this.terminated) return;
        this.replies.push(message as PdfWorkerReply);
        this.deliver(this.inExtension, structuredClone(message, { transfer }));
      },
      addEventListener: (_type, listener) => this.inWorker.push(listener),
    };
  }

  postMessage(message: PdfWorkerRequest | PdfWorkerReply): void {
    if (this.terminated) return;
    this.requests.push(message as PdfWorkerRequest);
    this.deliver(this.inWorker, structuredClone(message));
  }

  addEventListener(type: 'message' | 'error', listener: MessageListener | ErrorListener): void {
    if (type === 'message') this.inExtension.push(listener as MessageListener);
    else this.errorListeners.push(listener as ErrorListener);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** What a worker whose script failed to load reports. */
  failToLoad(message: string): void {
    const event = Object.assign(new Event('error'), { message }) as ErrorEvent;
    for (const listener of this.errorListeners) listener(event);
  }

  private deliver(listeners: readonly MessageListener[], data: unknown): void {
    setTimeout(() => {
      if (this.terminated) return;
      for (const listener of listeners) listener(new MessageEvent('message', { data }));
    }, 0);
  }
}
