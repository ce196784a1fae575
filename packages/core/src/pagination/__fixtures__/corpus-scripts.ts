/** The corpus scripts the pages are checked on, in `../shared/corpus`: US features, CRLF line ends, Japanese, Chinese, Cyrillic. */
export const paginatedCorpusScripts: readonly string[] = [
  'full-scripts/Big-Fish.fountain',
  'full-scripts/Brick-and-Steel.fountain',
  'full-scripts/Brick-and-Steel.crlf.fountain',
  'full-scripts/The-Last-Birthday-Card.fountain',
  'afterwriting-i18n/jp.fountain',
  'afterwriting-i18n/sc.fountain',
  'afterwriting-i18n/cyrillic.fountain',
];
