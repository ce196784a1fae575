// Entry of the separate signing bundle (dist/signing.js): the C2PA library and the install's identity handling,
// loaded by the panel on its first signature rather than with the panel.
export { loadMediaSigner } from './features/load-media-signer.js';
