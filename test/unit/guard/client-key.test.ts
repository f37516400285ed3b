import { addressBlock, clientKey } from '../../../src/guard/client-key';

describe('clientKey', () => {
  it('keys a token holder by the token, wherever they connect from', () => {
    expect(clientKey({ token: 'alice', address: '10.0.0.1' })).toBe('token:alice');
    expect(clientKey({ token: 'alice', address: '10.0.0.2' })).toBe('token:alice');
  });

  it('keys everyone else by address, IPv4-mapped addresses unwrapped', () => {
    expect(clientKey({ token: null, address: '10.0.0.1' })).toBe('address:10.0.0.1');
    expect(clientKey({ token: null, address: '::ffff:10.0.0.1' })).toBe('address:10.0.0.1');
  });

  it('keys an IPv6 client by its /64, however it is written', () => {
    const block = '2001:db8:0:1::/64';
    expect(addressBlock('2001:db8:0:1::5')).toBe(block);
    expect(addressBlock('2001:0db8:0000:0001:ffff:1:2:3')).toBe(block);
    expect(addressBlock('2001:DB8:0:1:abcd::1')).toBe(block);
    expect(addressBlock('2001:db8:0:2::5')).not.toBe(block);
    expect(addressBlock('::1')).toBe('0:0:0:0::/64');
  });
});
