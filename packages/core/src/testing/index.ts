// Public surface of @reelkit/core/testing: a Node-only fake of the OpenAI and Replicate HTTP APIs.
export {
  createFakeProviderServer,
  type FakeProviderServer,
  type FakeProviderServerOptions,
} from './fake-provider-server.js';
export type {
  FakeBodyReply,
  FakeChatReply,
  FakeChatUsage,
  FakeEmbeddingsReply,
  FakeErrorStep,
  FakeFaultStep,
  FakeFinishReason,
  FakePredictionOutcome,
  FakePredictionReply,
  FakeReplies,
  FakeReplyStep,
  FakeRoute,
  FakeStep,
  FakeTranscriptionReply,
} from './fake-step.js';
export type { RecordedForm, RecordedFormFile, RecordedRequest } from './recorded-request.js';
