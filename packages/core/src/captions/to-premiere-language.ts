import { premiereLanguageCodes, type PremiereLanguageCode } from './premiere-transcript.js';

// ISO 639 codes and the English names Whisper reports (`"language": "english"`), to Premiere's codes.
const byLanguage: Readonly<Record<string, PremiereLanguageCode>> = {
  en: 'en-us', english: 'en-us', zh: 'cmn-hans', cmn: 'cmn-hans', chinese: 'cmn-hans', mandarin: 'cmn-hans', yue: 'zh-hk',
  cantonese: 'zh-hk', es: 'es-es', spanish: 'es-es', de: 'de-de', german: 'de-de', fr: 'fr-fr', french: 'fr-fr', ja: 'ja-jp',
  japanese: 'ja-jp', pt: 'pt-pt', portuguese: 'pt-pt', ko: 'ko-kr', korean: 'ko-kr', it: 'it-it', italian: 'it-it',
  ru: 'ru-ru', russian: 'ru-ru', hi: 'hi-in', hindi: 'hi-in', nb: 'nb-no', no: 'nb-no', nn: 'nb-no', norwegian: 'nb-no',
  sv: 'sv-se', swedish: 'sv-se', nl: 'nl-nl', dutch: 'nl-nl', da: 'da-dk', danish: 'da-dk', id: 'id-id', indonesian: 'id-id',
  th: 'th-th', thai: 'th-th', vi: 'vi-vn', vietnamese: 'vi-vn', ms: 'ms-my', malay: 'ms-my', tr: 'tr-tr', turkish: 'tr-tr',
  pl: 'pl-pl', polish: 'pl-pl', fil: 'fil-ph', tl: 'fil-ph', tagalog: 'fil-ph', filipino: 'fil-ph', te: 'te-in',
  telugu: 'te-in', ml: 'ml-in', malayalam: 'ml-in', pa: 'pa-in', punjabi: 'pa-in',
};
// Region or script subtags that pick another of Premiere's variants.
const byTag: Readonly<Record<string, PremiereLanguageCode>> = {
  'en-gb': 'en-gb', 'en-uk': 'en-gb', 'pt-br': 'pt-br', 'zh-hk': 'zh-hk', 'zh-mo': 'zh-hk', 'zh-tw': 'cmn-hant',
  'zh-hant': 'cmn-hant', 'cmn-hant': 'cmn-hant', 'zh-hans': 'cmn-hans',
};

/**
 * Premiere's code for a language given as a BCP 47 tag (`en`, `en-GB`, `zh-Hant-TW`, `pt_BR`) or a Whisper language
 * name (`english`); `??-??` when Premiere does not support it or it is not given.
 */
export function toPremiereLanguage(language: string | undefined): PremiereLanguageCode {
  if (language === undefined) return '??-??';
  const tag = language.trim().toLowerCase().replace(/_/g, '-');
  const exact = premiereLanguageCodes.find((code) => code === tag);
  if (exact !== undefined) return exact;
  const parts = tag.split('-');
  for (let length = parts.length; length >= 2; length -= 1) {
    const variant = byTag[`${parts[0]}-${parts[length - 1]}`] ?? byTag[parts.slice(0, length).join('-')];
    if (variant !== undefined) return variant;
  }
  return byLanguage[parts[0] ?? ''] ?? '??-??';
}
