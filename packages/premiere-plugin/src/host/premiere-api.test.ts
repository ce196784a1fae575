// Type-level checks, enforced by `npm run typecheck` (tsconfig.tests.json): the real declarations satisfy the
// PremiereApi slice, and objects that drift from it — as a fake would — do not compile.
import type { premierepro } from '@adobe/premierepro';
import { describe, expect, it } from 'vitest';
import type { MarkersApi, PremiereApi, ProjectApi } from './premiere-api.js';
import type { SequenceEditorApi, TrackApi } from './premiere-api.js';

describe('PremiereApi', () => {
  it('is satisfied by the real premierepro module type', () => {
    const real = { name: 'premierepro' } as unknown as premierepro;
    const slice: PremiereApi = real;
    expect(slice).toBe(real);
  });

  it('rejects a fake whose method names or signatures drift', () => {
    const drifted = {
      getMarkers: () => [],
      createRemoveMarkerAction: () => ({}),
      createAddMarker: () => ({}),
    };
    // @ts-expect-error createAddMarker is not the real createAddMarkerAction
    const markers: MarkersApi = drifted;
    const project: Pick<ProjectApi, 'executeTransaction'> = {
      // @ts-expect-error the real callback receives a CompoundAction, not a list of actions
      executeTransaction: (callback: (actions: object[]) => void) => (callback([]), true),
    };
    expect([typeof markers, typeof project.executeTransaction]).toEqual(['object', 'function']);
  });

  it('rejects a timeline fake that drifts from SequenceEditor and the tracks', () => {
    const editor: Pick<SequenceEditorApi, 'createInsertProjectItemAction'> = {
      // @ts-expect-error track indexes are numbers in the real createInsertProjectItemAction
      createInsertProjectItemAction: (_item: object, _time: object, _video: string, _audio: string) => ({}),
    };
    const track: Pick<TrackApi, 'getTrackItems'> = {
      // @ts-expect-error the real getTrackItems returns track items synchronously, not a promise
      getTrackItems: async () => [],
    };
    expect([typeof editor.createInsertProjectItemAction, typeof track.getTrackItems]).toEqual(['function', 'function']);
  });
});
