import type { Page, PrintedPage } from '../pagination/printed-page.js';

/** One sheet of the PDF: a title page or a numbered page. */
export type Sheet = PrintedPage & Partial<Pick<Page, 'number' | 'label'>>;
