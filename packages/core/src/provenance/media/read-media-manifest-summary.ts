import { CBORBox, SuperBox } from '@trustnxt/c2pa-ts/jumbf';
import { ManifestStore, ValidationResult, type Manifest } from '@trustnxt/c2pa-ts/manifest';
import { sniffMediaType } from '../../runtime/sniff-media-type.js';
import { openMediaAsset } from './open-media-asset.js';
import { omitUndefined } from '../../runtime/omit-undefined.js';

/** One action of the active manifest, as a "Content Credentials" panel lists it. */
export interface MediaManifestAction {
  /** C2PA action, e.g. `c2pa.created`. */
  readonly action: string;
  /** IPTC digital source type URI, e.g. trainedAlgorithmicMedia. */
  readonly digitalSourceType?: string;
  /** The software (for generated media: the model) that acted, e.g. `openai/gpt-image-1`. */
  readonly softwareAgent?: string;
  /** The software agent's version, e.g. a pinned model version. */
  readonly softwareAgentVersion?: string;
  /** ISO 8601 time of the action, when recorded. */
  readonly when?: string;
}

/** A C2PA validation status the file failed, with the C2PA code (e.g. `assertion.dataHash.mismatch`). */
export interface MediaManifestFailure {
  readonly code: string;
  readonly url?: string;
  readonly explanation?: string;
}

/** What a host shows for a file's Content Credentials. */
export interface MediaManifestSummary {
  /** The active manifest, or undefined when the embedded store cannot be parsed at all. */
  readonly activeManifest?: {
    readonly label: string;
    readonly claimGenerator: string;
    readonly title?: string;
    readonly actions: readonly MediaManifestAction[];
    /** Subject and issuer of the signing certificate. */
    readonly signedBy?: { readonly subject: string; readonly issuer: string };
  };
  readonly validation: {
    /** True when no C2PA failure status was found: file and manifest are unchanged since signing. */
    readonly intact: boolean;
    readonly failures: readonly MediaManifestFailure[];
    /**
     * Always `not-checked`: c2pa-ts does not evaluate trust lists, so "intact" says nothing about who signed. Trust
     * needs a certificate from a CA on the C2PA trust list, checked by a validator that has the list.
     */
    readonly signerTrust: 'not-checked';
  };
}

/**
 * Reads and validates the C2PA manifest embedded in a PNG, JPEG, MP3 or WAV file (the media type is sniffed when not
 * given). Undefined when the file has no manifest. Never throws on a damaged manifest: damage is reported as failures.
 */
export async function readMediaManifestSummary(bytes: Uint8Array, mediaType = sniffMediaType(bytes)): Promise<MediaManifestSummary | undefined> {
  const asset = openMediaAsset(bytes, mediaType);
  const jumbf = asset.getManifestJUMBF();
  if (jumbf === undefined) return undefined;
  let store: ManifestStore | undefined;
  let result: ValidationResult;
  try {
    store = ManifestStore.read(SuperBox.fromBuffer(jumbf as Uint8Array<ArrayBuffer>));
    result = await store.validate(asset);
  } catch (error) {
    // A store too damaged to parse is still a validation outcome, not an exception for the host.
    result = ValidationResult.fromError(error instanceof Error ? error : new Error(String(error)));
  }
  const failures = result.statusEntries
    .filter((entry) => entry.success === false || (entry.success === undefined && !result.isValid))
    .map(({ code, url, explanation }) => ({ code, ...omitUndefined({ url, explanation }) }));
  const manifest = store?.getActiveManifest();
  return {
    ...(manifest === undefined ? {} : { activeManifest: summarise(manifest) }),
    validation: { intact: result.isValid && failures.length === 0, failures, signerTrust: 'not-checked' },
  };
}

function summarise(manifest: Manifest): NonNullable<MediaManifestSummary['activeManifest']> {
  const certificate = manifest.signature?.signatureData.certificate;
  const actions = (manifest.assertions?.getActionAssertions() ?? []).flatMap((assertion) => {
    // c2pa-ts drops `when` when it reads actions; take it from the CBOR it parsed.
    const content = assertion.sourceBox?.contentBoxes[0];
    const raw = content instanceof CBORBox ? (content.content as { actions?: { when?: unknown }[] }).actions : undefined;
    return assertion.actions.map((action, index): MediaManifestAction => {
      const when = raw?.[index]?.when;
      return {
        action: action.action,
        ...omitUndefined({ digitalSourceType: action.digitalSourceType }),
        ...(action.softwareAgent === undefined ? {} : { softwareAgent: action.softwareAgent.name }),
        ...(action.softwareAgent?.version === undefined ? {} : { softwareAgentVersion: action.softwareAgent.version }),
        ...(typeof when === 'string' ? { when } : {}),
      };
    });
  });
  const claim = manifest.claim;
  return {
    label: manifest.label ?? '',
    claimGenerator: [claim?.claimGeneratorName, claim?.claimGeneratorVersion].filter(Boolean).join('/'),
    ...(claim?.title === undefined ? {} : { title: claim.title }),
    actions,
    ...(certificate === undefined ? {} : { signedBy: { subject: certificate.subject, issuer: certificate.issuer } }),
  };
}
