import { decodeGlobalId, globalId, ID_PARTS, NODE_TYPES } from '../../../src/ids/global-id';

describe('global ids', () => {
  it('are base64url of [type, ...parts], the format clients already hold', () => {
    const id = globalId('Claim', { key: 'c1-pred' });
    expect(id).toBe(Buffer.from('["Claim","c1-pred"]', 'utf8').toString('base64url'));
    expect(globalId('Mention', { turnId: 'e#t007', entityId: 'anthropic', start: 12 })).toBe(
      Buffer.from('["Mention","e#t007","anthropic","12"]', 'utf8').toString('base64url'),
    );
  });

  it('read back as the type and its parts by name', () => {
    expect(decodeGlobalId(globalId('Discrepancy', { episodeId: 'ep', key: 'd3' }))).toEqual({
      type: 'Discrepancy',
      episodeId: 'ep',
      key: 'd3',
    });
    const relation = globalId('ClaimRelation', {
      fromId: 'a',
      relation: 'SUPPORTS',
      direction: 'OUTGOING',
      otherId: 'b',
    });
    expect(decodeGlobalId(relation)).toEqual({
      type: 'ClaimRelation',
      fromId: 'a',
      relation: 'SUPPORTS',
      direction: 'OUTGOING',
      otherId: 'b',
    });
  });

  it('round-trips every type', () => {
    for (const type of NODE_TYPES) {
      const parts = Object.fromEntries(ID_PARTS[type].map((name, i) => [name, `${name}-${i}`]));
      const decoded = decodeGlobalId(globalId(type, parts as never));
      expect(decoded).toEqual({ ...parts, type });
    }
  });

  it.each([
    ['a readable key', 'sholto-douglas'],
    ['not base64url', 'a b'],
    ['an unknown type', Buffer.from('["Planet","x"]').toString('base64url')],
    ['too few parts', Buffer.from('["Discrepancy","ep"]').toString('base64url')],
    ['too many parts', Buffer.from('["Claim","a","b"]').toString('base64url')],
    ['a part that is not a string', Buffer.from('["Claim",1]').toString('base64url')],
    ['no parts', Buffer.from('["Claim"]').toString('base64url')],
  ])('are not %s', (_what, id) => {
    expect(decodeGlobalId(id)).toBeNull();
  });
});
