import { isRecord } from './is-record.js';

/** Answers one batch line's body as the live endpoint would: a status and the JSON body. */
export type BatchLineRunner = (body: unknown) => { readonly status: number; readonly body: unknown };

/** Uploaded files and OpenAI batches the fake server knows; each poll advances a batch one step. */
export interface BatchStore {
  upload(filename: string, purpose: string, text: string): Record<string, unknown>;
  content(fileId: string): string | undefined;
  /** Creates a batch, or returns an error message when its input file is unknown. */
  create(body: Record<string, unknown>): Record<string, unknown> | string;
  poll(id: string): Record<string, unknown> | undefined;
  cancel(id: string): Record<string, unknown> | undefined;
  clear(): void;
}

interface StoredBatch {
  json: Record<string, unknown>;
  readonly lines: readonly Record<string, unknown>[];
  polls: number;
}

/** Creates a batch store; a batch completes after `pollsToFinish` polls, running each line through `runLine`. */
export function createBatchStore(pollsToFinish: number, now: () => number, runLine: BatchLineRunner): BatchStore {
  const files = new Map<string, { json: Record<string, unknown>; text: string }>();
  const batches = new Map<string, StoredBatch>();
  let counter = 0;
  const seconds = (): number => Math.floor(now() / 1000);
  const addFile = (filename: string, purpose: string, text: string): Record<string, unknown> => {
    counter += 1;
    const json = { id: `file-fake-${counter}`, object: 'file', bytes: Buffer.byteLength(text), created_at: seconds(), filename, purpose, status: 'processed' };
    files.set(json.id, { json, text });
    return json;
  };

  const complete = (batch: StoredBatch): void => {
    const outputs: string[] = [];
    const errors: string[] = [];
    batch.lines.forEach((line, index) => {
      const answer = runLine(line['body']);
      const entry = { id: `batch_req_${index + 1}`, custom_id: line['custom_id'], response: { status_code: answer.status, request_id: `req_batch_${index + 1}`, body: answer.body }, error: null };
      (answer.status < 400 ? outputs : errors).push(JSON.stringify(entry));
    });
    const output = outputs.length > 0 ? addFile('batch_output.jsonl', 'batch_output', `${outputs.join('\n')}\n`) : undefined;
    const error = errors.length > 0 ? addFile('batch_errors.jsonl', 'batch_output', `${errors.join('\n')}\n`) : undefined;
    batch.json = {
      ...batch.json,
      status: 'completed',
      output_file_id: output?.['id'] ?? null,
      error_file_id: error?.['id'] ?? null,
      finalizing_at: seconds(),
      completed_at: seconds(),
      request_counts: { total: batch.lines.length, completed: outputs.length, failed: errors.length },
    };
  };

  return {
    upload: addFile,
    content: (fileId) => files.get(fileId)?.text,
    create(body) {
      const input = files.get(String(body['input_file_id']));
      if (input === undefined) return `No such file: ${String(body['input_file_id'])}`;
      const lines = input.text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown).filter(isRecord);
      counter += 1;
      const json = {
        id: `batch_fake_${counter}`,
        object: 'batch',
        endpoint: body['endpoint'],
        errors: null,
        input_file_id: body['input_file_id'],
        completion_window: body['completion_window'],
        status: 'validating',
        output_file_id: null,
        error_file_id: null,
        created_at: seconds(),
        expires_at: seconds() + 86_400,
        request_counts: { total: lines.length, completed: 0, failed: 0 },
        metadata: body['metadata'] ?? null,
      };
      batches.set(json.id, { json, lines, polls: 0 });
      return json;
    },
    poll(id) {
      const batch = batches.get(id);
      if (batch === undefined) return undefined;
      const status = batch.json['status'];
      if (status === 'validating' || status === 'in_progress') {
        batch.polls += 1;
        if (batch.polls >= pollsToFinish) complete(batch);
        else batch.json = { ...batch.json, status: 'in_progress', in_progress_at: seconds() };
      }
      return batch.json;
    },
    cancel(id) {
      const batch = batches.get(id);
      if (batch === undefined) return undefined;
      if (batch.json['status'] !== 'completed') batch.json = { ...batch.json, status: 'cancelled', cancelling_at: seconds(), cancelled_at: seconds() };
      return batch.json;
    },
    clear() {
      files.clear();
      batches.clear();
      counter = 0;
    },
  };
}
