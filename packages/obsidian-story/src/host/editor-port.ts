import type { Editor } from 'obsidian';

/** The editor calls the plugin makes, picked from Obsidian's `Editor` so a fake that drifts fails to compile. */
export type EditorPort = Pick<Editor, 'getValue' | 'getCursor' | 'getSelection' | 'posToOffset' | 'offsetToPos' | 'replaceRange' | 'getLine'>;
