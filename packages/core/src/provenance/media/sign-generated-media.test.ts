import {
  AuthorityKeyIdentifierExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReelkitError } from '../../errors/reelkit-error.js';
import { createRuntime } from '../../runtime/runtime.js';
import { sniffMediaType } from '../../runtime/sniff-media-type.js';
import { createTinyPng } from '../../testing/tiny-png.js';
import { createTinyWav } from '../../testing/tiny-wav.js';
import { createSilentMp3 } from './__fixtures__/silent-mp3.js';
import { createTinyJpeg } from './__fixtures__/tiny-jpeg.js';
import { createInstallSigningIdentity } from './create-install-signing-identity.js';
import { createMediaSigner, type MediaSigner } from './create-media-signer.js';
import { readMediaManifestSummary } from './read-media-manifest-summary.js';
import { signGeneratedMedia } from './sign-generated-media.js';

const runtime = createRuntime();
const createdAt = new Date('2026-11-25T01:00:00.000Z');
let signer: MediaSigner;

beforeAll(async () => {
  signer = await createMediaSigner({ runtime, identity: await createInstallSigningIdentity(runtime) });
});

const samples = [
  { mediaType: 'image/png', title: 'storyboard-01.png', bytes: new Uint8Array(createTinyPng()) },
  { mediaType: 'image/jpeg', title: 'background.jpg', bytes: createTinyJpeg() },
  { mediaType: 'audio/mpeg', title: 'music-cue.mp3', bytes: createSilentMp3() },
  { mediaType: 'audio/wav', title: 'dub-line.wav', bytes: new Uint8Array(createTinyWav()) },
];

describe('signGeneratedMedia', () => {
  it.each(samples)('embeds a valid $mediaType manifest: c2pa.created by the model, trainedAlgorithmicMedia', async ({ mediaType, title, bytes }) => {
    const signed = await signGeneratedMedia(bytes, mediaType, { signer, provider: 'openai', model: 'gpt-image-1', createdAt, title });
    expect(sniffMediaType(signed)).toBe(mediaType);
    expect(await readMediaManifestSummary(signed)).toEqual({
      activeManifest: {
        label: expect.stringMatching(/^urn:c2pa:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
        claimGenerator: 'Reelkit/0.1.0',
        title,
        actions: [
          {
            action: 'c2pa.created',
            digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
            softwareAgent: 'openai/gpt-image-1',
            when: '2026-11-25T01:00:00.000Z',
          },
        ],
        signedBy: { subject: signer.subject, issuer: signer.certificate.issuer },
      },
      validation: { intact: true, failures: [], signerTrust: 'not-checked' },
    });
  });

  it('leaves the caller’s bytes untouched', async () => {
    const png = new Uint8Array(createTinyPng());
    const before = png.slice();
    await signGeneratedMedia(png, 'image/png', { signer, provider: 'openai', model: 'gpt-image-1', createdAt });
    expect(png).toEqual(before);
  });

  it('keeps Content Credentials the provider already embedded instead of replacing them', async () => {
    const fromProvider = await signGeneratedMedia(createTinyJpeg(), 'image/jpeg', { signer, provider: 'openai', model: 'gpt-image-1', createdAt });
    const again = await signGeneratedMedia(fromProvider, 'image/jpeg', { signer, provider: 'replicate', model: 'black-forest-labs/flux-schnell', createdAt });
    expect(again).toEqual(fromProvider);
    expect((await readMediaManifestSummary(again))?.activeManifest?.actions[0]?.softwareAgent).toBe('openai/gpt-image-1');
  });

  it('records a pinned model version on the software agent', async () => {
    const signed = await signGeneratedMedia(createSilentMp3(), 'audio/mp3', {
      signer,
      provider: 'replicate',
      model: 'meta/musicgen',
      modelVersion: '671ac645',
      createdAt,
    });
    const summary = await readMediaManifestSummary(signed);
    expect(summary?.activeManifest?.actions[0]).toMatchObject({ softwareAgent: 'replicate/meta/musicgen', softwareAgentVersion: '671ac645' });
    expect(summary?.activeManifest?.title).toBeUndefined();
  });

  it('refuses formats it cannot embed in with UnsupportedCapabilityError', async () => {
    const gif = new TextEncoder().encode('GIF89a');
    const error = await signGeneratedMedia(gif, 'image/gif', { signer, provider: 'openai', model: 'gpt-image-1', createdAt }).catch((reason: unknown) => reason);
    expect(ReelkitError.hasCode(error, 'unsupported_capability')).toBe(true);
    expect((error as Error).message).toBe(
      'Reelkit C2PA signing does not support embedding a manifest in image/gif. Content Credentials are embedded in PNG, JPEG, MP3 and WAV; convert the file to one of them first.',
    );
  });

  it('refuses bytes that are not the declared format, so the manifest never names the wrong format', async () => {
    const error = await signGeneratedMedia(new Uint8Array(createTinyPng()), 'image/jpeg', { signer, provider: 'openai', model: 'gpt-image-1', createdAt }).catch(
      (reason: unknown) => reason,
    );
    expect(ReelkitError.hasCode(error, 'invalid_argument')).toBe(true);
    expect((error as Error).message).toMatch(/^The bytes are image\/png, not image\/jpeg\./);
  });

  it('refuses a self-signed signing certificate, which C2PA validators reject', async () => {
    const keys = await runtime.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const certificate = await X509CertificateGenerator.createSelfSigned({
      serialNumber: '01',
      name: 'CN=Self-signed',
      keys,
      extensions: [
        new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
        new ExtendedKeyUsageExtension([ExtendedKeyUsage.emailProtection]),
        await AuthorityKeyIdentifierExtension.create(keys.publicKey),
      ],
    });
    const selfSigned = await createMediaSigner({
      runtime,
      identity: { certificateChainPem: certificate.toString('pem'), privateKey: await runtime.subtle.exportKey('jwk', keys.privateKey) },
    });
    const error = await signGeneratedMedia(new Uint8Array(createTinyPng()), 'image/png', { signer: selfSigned, provider: 'openai', model: 'gpt-image-1', createdAt }).catch(
      (reason: unknown) => reason,
    );
    expect((error as Error).name).toBe('InvalidSigningIdentityError');
    expect((error as Error).message).toMatch(/^The signing certificate does not meet the C2PA certificate profile \(signingCredential\.invalid\)\./);
  });
});
