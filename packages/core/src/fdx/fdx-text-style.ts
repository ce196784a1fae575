/** The emphasis Fountain can carry, as flags of one run of text. */
export interface TextFlags {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
}

/** A `Style` attribute read: Fountain's three emphases, and `AllCaps`, which Final Draft prints as capitals. */
export interface FdxTextStyle extends TextFlags {
  readonly allCaps: boolean;
}

/** Reads `Style="Bold+Underline+AllCaps"`; flags Fountain cannot show (`Strikeout`, `Shadow`, ...) are dropped. */
export function readFdxStyle(style: string): FdxTextStyle {
  const flags = new Set(style.split('+').map((flag) => flag.trim()));
  return { bold: flags.has('Bold'), italic: flags.has('Italic'), underline: flags.has('Underline'), allCaps: flags.has('AllCaps') };
}

/** The `Style` value for the flags, in the order Final Draft writes them (`Bold+Italic+Underline`); empty when plain. */
export function writeFdxStyle(flags: TextFlags): string {
  return [flags.bold ? 'Bold' : '', flags.italic ? 'Italic' : '', flags.underline ? 'Underline' : ''].filter((flag) => flag !== '').join('+');
}

/** Whether two runs look the same. */
export function sameFlags(left: TextFlags, right: TextFlags): boolean {
  return left.bold === right.bold && left.italic === right.italic && left.underline === right.underline;
}
