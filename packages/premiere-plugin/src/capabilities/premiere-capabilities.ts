/** What the panel does that depends on the calls Premiere's version has. */
export type CapabilityId = 'build-sequences' | 'place-audio' | 'range-export' | 'import-xml';

/** One row of the table: since which version the calls exist, and what they are. */
interface CapabilityRow {
  readonly id: CapabilityId;
  readonly since: readonly [number, number];
  readonly calls: string;
  /** What the panel does instead where the calls are missing. */
  readonly otherwise: string;
}

// From Adobe's UXP changelog for Premiere: 25.6 is the first release with UXP plugins (importFiles, EncoderManager,
// SequenceEditor); 26.3 added ClipProjectItem.createSubClipAction and the tracks' createSetNameAction.
const table: readonly CapabilityRow[] = [
  { id: 'build-sequences', since: [26, 3], calls: 'ClipProjectItem.createSubClipAction', otherwise: 'the sequence is written as FCP 7 XML and imported' },
  { id: 'place-audio', since: [26, 3], calls: 'AudioTrack.createSetNameAction', otherwise: 'the audio goes into its bin for you to place' },
  { id: 'range-export', since: [25, 6], calls: 'EncoderManager.exportSequence', otherwise: 'the whole clip is sent' },
  { id: 'import-xml', since: [25, 6], calls: 'Project.importFiles', otherwise: 'the XML is left in the work folder for File → Import' },
];

/** Whether the running Premiere has a capability, and, when it has not, why and what happens instead. */
export interface Capability {
  readonly available: boolean;
  /** Empty when available; else e.g. "Premiere 26.2 lacks ClipProjectItem.createSubClipAction (26.3+): the sequence is written as FCP 7 XML and imported." */
  readonly reason: string;
}

/** The capabilities of a Premiere version. */
export type PremiereCapabilities = { readonly version?: string } & Readonly<Record<CapabilityId, Capability>>;

/** `26.3.0` → [26, 3]; undefined for anything else. */
function majorMinor(version: string | undefined): [number, number] | undefined {
  const match = /^(\d+)\.(\d+)/.exec(version?.trim() ?? '');
  return match === null ? undefined : [Number(match[1]), Number(match[2])];
}

/**
 * What a Premiere version can do, by the version it reports: each capability is available from the release whose
 * API has its calls. An unknown version gets only what every supported release (25.6+) has, and says so.
 */
export function premiereCapabilities(version: string | undefined): PremiereCapabilities {
  const running = majorMinor(version);
  const entries = table.map((row): [CapabilityId, Capability] => {
    const [major, minor] = row.since;
    const since = `${major}.${minor}`;
    const available = running === undefined ? since === '25.6' : running[0] > major || (running[0] === major && running[1] >= minor);
    const who = running === undefined ? 'Premiere did not report its version, so it may lack' : `Premiere ${running.join('.')} lacks`;
    return [row.id, { available, reason: available ? '' : `${who} ${row.calls} (${since}+): ${row.otherwise}.` }];
  });
  return { ...(version === undefined ? {} : { version }), ...(Object.fromEntries(entries) as Record<CapabilityId, Capability>) };
}
