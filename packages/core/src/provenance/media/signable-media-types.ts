// Which media types take an embedded manifest: a plain table, so code that only asks never loads the C2PA library.
/** Media types that get an embedded C2PA manifest. */
export const signableMediaTypes = ['image/png', 'image/jpeg', 'audio/mpeg', 'audio/wav'] as const;

/** One of {@link signableMediaTypes}. */
export type SignableMediaType = (typeof signableMediaTypes)[number];

/** Other names providers and hosts use for the same formats. */
const aliases: Readonly<Record<string, SignableMediaType>> = {
  'image/jpg': 'image/jpeg',
  'audio/mp3': 'audio/mpeg',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
};

/** The canonical signable media type for a name, or undefined when Reelkit cannot embed a manifest in it. */
export function toSignableMediaType(mediaType: string): SignableMediaType | undefined {
  const name = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (signableMediaTypes as readonly string[]).includes(name) ? (name as SignableMediaType) : aliases[name];
}
