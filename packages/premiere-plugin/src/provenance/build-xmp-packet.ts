import { escapeXml } from './escape-xml.js';

/** IPTC's digital source type for media a model generated from training data. */
export const trainedAlgorithmicMedia = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';

/** What an imported file's XMP says about where it came from. */
export interface XmpProvenance {
  /** The model, e.g. `openai/gpt-4o-mini-tts`, recorded as IPTC's AI System Used. */
  readonly model: string;
  /** The model version, when the provider pins one. */
  readonly modelVersion?: string;
  /** What it was made from, e.g. `captions of interview.mov (de)` (dc:source). */
  readonly source: string;
  /** A one-line description shown in Premiere's metadata panel. */
  readonly description?: string;
  /** Creation time, ISO 8601. */
  readonly createdAt: string;
  /** The provenance ledger entry, so the file can be traced to its record. */
  readonly provenanceId?: string;
  /** IPTC digital source type URI; generated media by default. */
  readonly digitalSourceType?: string;
}

/**
 * An XMP packet marking a file as AI-generated: IPTC DigitalSourceType, AISystemUsed (IPTC 2025.1), dc:source,
 * xmp:CreatorTool = Reelkit, and the ledger entry id. Every value is XML-escaped.
 */
export function buildXmpPacket(provenance: XmpProvenance): string {
  const element = (name: string, value: string | undefined): string[] => (value === undefined ? [] : [`   <${name}>${escapeXml(value)}</${name}>`]);
  const description =
    provenance.description === undefined
      ? []
      : [`   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(provenance.description)}</rdf:li></rdf:Alt></dc:description>`];
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"',
    '    xmlns:reelkit="https://reelkit.dev/ns/xmp/1.0/">',
    ...element('Iptc4xmpExt:DigitalSourceType', provenance.digitalSourceType ?? trainedAlgorithmicMedia),
    ...element('Iptc4xmpExt:AISystemUsed', provenance.model),
    ...element('Iptc4xmpExt:AISystemVersionUsed', provenance.modelVersion),
    ...element('xmp:CreatorTool', 'Reelkit'),
    ...element('xmp:CreateDate', provenance.createdAt),
    ...element('dc:source', provenance.source),
    ...description,
    ...element('reelkit:provenanceId', provenance.provenanceId),
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
