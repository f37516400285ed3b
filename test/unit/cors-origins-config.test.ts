import { ConfigError, loadConfig } from '../../src/config';

describe('CORS_ORIGINS', () => {
  it('defaults to no other origin', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });

  it('reads a comma-separated list of origins, or *', () => {
    expect(
      loadConfig({ CORS_ORIGINS: ' http://localhost:3000, https://dash.example.org:8443 ' })
        .corsOrigins,
    ).toEqual(['http://localhost:3000', 'https://dash.example.org:8443']);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  });

  it.each(['http://localhost:3000/', 'localhost:3000', 'https://a.example/path', 'not a url'])(
    'refuses %s, which a browser never sends as an origin',
    (value) => {
      expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(ConfigError);
    },
  );
});
