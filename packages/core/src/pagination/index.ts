// Pagination engine: a parsed script laid out in pages as Final Draft sets them, for preview, statistics and PDF.
export { characterColumns, textColumns } from './character-columns.js';
export { pageGeometry, type FlowKind, type PageGeometry, type PaperName, type SpeechStyles } from './page-geometry.js';
export { paginateScreenplay, type PaginationOptions } from './paginate-screenplay.js';
export { computeStatistics, type SceneStatistics, type ScreenplayStatistics, type StatisticsOptions } from './screenplay-statistics.js';
export type { ParagraphStyle } from './paragraph-style.js';
export type { Page, PaginatedScreenplay, PrintedKind, PrintedLine, PrintedPage, PrintedRun } from './printed-page.js';
