import { pdfProducer } from './document-info.js';
import { pdfTextString } from './pdf-syntax.js';

const producerEntry = `/Producer ${pdfTextString(pdfProducer)}`;

/** True when the bytes are a PDF this export wrote (its Producer is Reelkit): a host may replace such a file unasked. */
export function isReelkitPdf(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  return text.startsWith('%PDF-') && text.includes(producerEntry);
}
