import { describe, expect, it } from 'vitest';
import { parseFountain } from '../screenplay/parse-fountain.js';
import { findConversations } from './find-conversations.js';

describe('findConversations', () => {
  it('counts a turn each time the speaker changes within a scene, and a line spoken together as its speakers', () => {
    const script = [
      'INT. KITCHEN - NIGHT', '', 'ANN', 'Where is it?', '', 'CAL', 'Under the sink.', '', 'Ann looks.', '', 'ANN', 'No.', '',
      'ANN AND BOB', 'Told you!', '', 'CAL', 'Fine.', '',
      'EXT. YARD - DAY', '', 'CAL', 'Ready?', '', 'ALL', 'Go!', '', 'DEE', 'Wait.', '', 'BOB', 'Me too.',
    ].join('\n');
    const pairs = findConversations(parseFountain(script)).map((conversation) => [conversation.between.join(' & '), conversation.turns, conversation.scenes.join(' ')]);
    expect(pairs).toEqual([
      // ANN→CAL, CAL→ANN (action between lines does not end it), then CAL answering ANN AND BOB.
      ['ANN & CAL', 3, 'int-kitchen-night'],
      // BOB speaks alone in the yard, so ANN AND BOB is both of them. ALL in the yard is CAL, DEE and BOB: CAL's line
      // answered by all is a turn with DEE and with BOB; DEE then speaking again after a line she shared is not a new turn.
      ['BOB & CAL', 2, 'int-kitchen-night ext-yard-day'],
      ['ANN & BOB', 1, 'int-kitchen-night'],
      ['BOB & DEE', 1, 'ext-yard-day'],
      ['CAL & DEE', 1, 'ext-yard-day'],
    ]);
  });
});
