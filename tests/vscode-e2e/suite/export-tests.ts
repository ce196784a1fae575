import * as vscode from 'vscode';
import { paginateScreenplay } from '@reelkit/core/pagination';
import { parseFountain } from '@reelkit/core/screenplay';
import { base64, brickAndSteel, cancelProgress, open, openUntitled, pdfMarker, type PdfExportOutcome } from './e2e-support.js';
import { expectEqual } from './expect-equal.js';
import { MemoryFileSystem } from './memory-file-system.js';
import type { EndToEndTest } from './run-tests.js';

/** The deliverables: Final Draft export and import, the breakdown, Export PDF and its cancel. */
export const exportTests: readonly EndToEndTest[] = [
  {
    name: 'Export Final Draft file, Import Final Draft file and Export breakdown write and read real files (Brick & Steel)',
    async run() {
      const files = new MemoryFileSystem();
      const registration = vscode.workspace.registerFileSystemProvider('reelkit-export', files, { isCaseSensitive: true });
      try {
        const editor = await open(brickAndSteel);
        const fdx = vscode.Uri.parse('reelkit-export:/brick-and-steel.fdx');
        expectEqual((await vscode.commands.executeCommand<vscode.Uri>('reelkit.exportFinalDraft', fdx))?.toString(), fdx.toString(), 'exported to the target');
        const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(fdx));
        expectEqual(written.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="no" ?>\n<FinalDraft DocumentType="Script"'), true, 'an FDX document');
        const headings = (written.match(/<Paragraph [^>]*Type="Scene Heading"/gu) ?? []).length;
        // Six INT./EXT. headings and two forced ones (.SNIPER SCOPE POV, .OPENING TITLES).
        expectEqual(headings, 8, 'one Scene Heading paragraph per scene');
        // Imported back: a new Fountain document with the same scene headings, nothing overwritten.
        const imported = await vscode.commands.executeCommand<vscode.TextDocument>('reelkit.importFinalDraft', fdx);
        expectEqual([imported?.languageId, imported?.isUntitled], ['fountain', true], 'a new unsaved Fountain script');
        const headingsOf = (text: string): string[] => text.split(/\r?\n/u).filter((line) => /^(?:INT|EXT)[. ]|^\.[A-Z]/u.test(line));
        expectEqual(headingsOf(imported?.getText() ?? ''), headingsOf(editor.document.getText()), 'the same scene headings');
        await vscode.window.showTextDocument(editor.document);
        const csv = vscode.Uri.parse('reelkit-export:/brick-and-steel.locations.csv');
        await vscode.commands.executeCommand('reelkit.exportBreakdown', csv, 'locations');
        const rows = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)).split('\r\n');
        expectEqual(rows[0], 'Location,Scenes,Eighths,Pages,INT/EXT,Times', 'the locations table');
        expectEqual(rows.filter((row) => row !== '').length > 2, true, 'a row per location');
      } finally {
        registration.dispose();
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    },
  },
  {
    name: 'Export PDF writes Brick & Steel as a PDF with the pagination\'s pages, from its worker',
    async run() {
      const files = new MemoryFileSystem();
      const registration = vscode.workspace.registerFileSystemProvider('reelkit-pdf', files, { isCaseSensitive: true });
      try {
        const editor = await open(brickAndSteel);
        const target = vscode.Uri.parse('reelkit-pdf:/brick-and-steel.pdf');
        const outcome = await vscode.commands.executeCommand<PdfExportOutcome>('reelkit.exportPdf', target);
        const { pages, titlePages } = paginateScreenplay(parseFountain(editor.document.getText()), { paper: 'letter' });
        if (outcome.outcome !== 'exported') throw new Error(`the export ended ${outcome.outcome}`);
        expectEqual([outcome.uri.toString(), outcome.pageCount, outcome.titlePageCount, outcome.findings], [target.toString(), pages.length, titlePages.length, []], 'the outcome');
        const bytes = await vscode.workspace.fs.readFile(target);
        const text = new TextDecoder('latin1').decode(bytes);
        expectEqual(text.slice(0, 5), '%PDF-', 'the file starts as a PDF');
        expectEqual((text.match(/\/Type \/Page\b/gu) ?? []).length, titlePages.length + pages.length, 'page objects in the file');
        // run.mjs reads it back with poppler (pdfinfo, pdftotext) when that is installed.
        const contains = ['BRICK & STEEL', "EXT. BRICK'S PATIO - DAY", "Beer's ready!"];
        console.log(`${pdfMarker} ${JSON.stringify({ name: 'brick-and-steel.pdf', pages: titlePages.length + pages.length, contains, base64: base64(bytes) })}`);
      } finally {
        registration.dispose();
        await vscode.commands.executeCommand('notifications.clearAll');
      }
    },
  },
  {
    name: 'cancelling Export PDF mid-way (the progress notification\'s Cancel) writes nothing; without the stalled font it writes the file and names the missing characters',
    async run() {
      const files = new MemoryFileSystem();
      const registration = vscode.workspace.registerFileSystemProvider('reelkit-pdf-cancel', files, { isCaseSensitive: true });
      const settings = vscode.workspace.getConfiguration('reelkit');
      try {
        // Japanese needs the fallback font, whose read never finishes: the export is under way when Cancel is pressed.
        const font = vscode.Uri.parse('reelkit-pdf-cancel:/slow-drive-font.ttf');
        await vscode.workspace.fs.writeFile(font, new Uint8Array([0, 1, 0, 0]));
        const fontRead = files.stallReadsOf(font);
        await settings.update('pdf.fallbackFont', font.toString(), vscode.ConfigurationTarget.Global);
        const editor = await openUntitled('INT. TOKYO STATION - NIGHT\n\nA sign: 東京駅.\n\nKENJI\nLate again.\n');
        const target = vscode.Uri.parse('reelkit-pdf-cancel:/tokyo.pdf');
        await vscode.commands.executeCommand('notifications.clearAll');
        const running = vscode.commands.executeCommand<PdfExportOutcome>('reelkit.exportPdf', target);
        await fontRead;
        expectEqual(await cancelProgress(running, 0), { outcome: 'cancelled' }, 'the outcome of the cancelled export');
        expectEqual(files.has(target), false, 'a PDF after cancelling');
        // The same export without that font finishes, so the check above can fail, and says what no font had.
        await settings.update('pdf.fallbackFont', undefined, vscode.ConfigurationTarget.Global);
        await vscode.window.showTextDocument(editor.document);
        const finished = await vscode.commands.executeCommand<PdfExportOutcome>('reelkit.exportPdf', target);
        expectEqual(finished.outcome === 'exported' ? [finished.pageCount, finished.findings] : finished, [1, ['pdf.missing-glyph']], 'the export let finish');
        expectEqual(files.has(target), true, 'a PDF after the export let finish');
      } finally {
        await settings.update('pdf.fallbackFont', undefined, vscode.ConfigurationTarget.Global);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.commands.executeCommand('notifications.clearAll');
        registration.dispose();
      }
    },
  },
];
