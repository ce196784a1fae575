import { describe, expect, it } from 'vitest';
import { checkWellFormed } from './__fixtures__/check-well-formed.js';
import { buildXmpPacket } from './build-xmp-packet.js';
import { escapeXml } from './escape-xml.js';

describe('buildXmpPacket', () => {
  it('marks the file as trained algorithmic media made by a named model with Reelkit', () => {
    const xmp = buildXmpPacket({ model: 'openai/gpt-4o-mini-tts', source: 'captions of interview.mov (de)', createdAt: '2026-11-25T01:00:00Z', provenanceId: 'e-42' });
    expect(xmp.split('\n').slice(8)).toEqual([
      '   <Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</Iptc4xmpExt:DigitalSourceType>',
      '   <Iptc4xmpExt:AISystemUsed>openai/gpt-4o-mini-tts</Iptc4xmpExt:AISystemUsed>',
      '   <xmp:CreatorTool>Reelkit</xmp:CreatorTool>',
      '   <xmp:CreateDate>2026-11-25T01:00:00Z</xmp:CreateDate>',
      '   <dc:source>captions of interview.mov (de)</dc:source>',
      '   <reelkit:provenanceId>e-42</reelkit:provenanceId>',
      '  </rdf:Description>',
      ' </rdf:RDF>',
      '</x:xmpmeta>',
      '<?xpacket end="w"?>',
    ]);
    expect(checkWellFormed(xmp)).toEqual([]);
  });

  it('escapes markup in user text and stays well formed', () => {
    const xmp = buildXmpPacket({
      model: 'local/<llama>',
      modelVersion: '3 & "4"',
      source: 'INT. BAR </dc:source><evil/> & co',
      description: 'A "quiet" <b>scene</b>\u0000',
      createdAt: '2026-11-25T01:00:00Z',
    });
    expect(checkWellFormed(xmp)).toEqual([]);
    expect(xmp).toContain('<dc:source>INT. BAR &lt;/dc:source&gt;&lt;evil/&gt; &amp; co</dc:source>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">A &quot;quiet&quot; &lt;b&gt;scene&lt;/b&gt;</rdf:li>');
    expect(xmp).toContain('<Iptc4xmpExt:AISystemVersionUsed>3 &amp; &quot;4&quot;</Iptc4xmpExt:AISystemVersionUsed>');
  });

  it('the checker catches what escaping prevents', () => {
    expect(checkWellFormed('<a>1 < 2 & 3</b>')).toEqual(['stray < at 5', 'bare & at 9', '</b> closes <a>']);
    expect(escapeXml('\u0001ok\uFFFE')).toBe('ok');
  });
});
