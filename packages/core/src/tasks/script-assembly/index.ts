// Script-driven editing: takes matched to the script's lines, a first assembly in script order, lines given to characters.
export { assignVoices, type CharacterVoice } from './assign-voices.js';
export { attributeSpokenLines, type AttributedLine } from './attribute-spoken-lines.js';
export { characterAt } from './character-at.js';
export { matchScriptLines, type MatchedScriptLine, type MatchOptions, type Take, type TakeSource } from './match-script-lines.js';
export { planScriptAssembly, type AssemblyClip, type AssemblyScene, type ScriptAssembly, type ScriptAssemblyRequest } from './plan-script-assembly.js';
export { scriptLines, type ScriptLine } from './script-line.js';
