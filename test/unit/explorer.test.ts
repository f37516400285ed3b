import { neutraliseCss } from '../../scripts/build/explorer';
import { wantsExplorer } from '../../src/http/explorer';

const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('explorer', () => {
  it('decides which requests are for the explorer', () => {
    expect(wantsExplorer('GET', HTML_ACCEPT, '')).toBe(true);
    expect(wantsExplorer('get', 'text/html', '?tab=1')).toBe(true);
    expect(wantsExplorer('GET', HTML_ACCEPT, '?query=%7B__typename%7D')).toBe(false);
    expect(wantsExplorer('GET', 'application/json', '')).toBe(false);
    expect(wantsExplorer('GET', undefined, '')).toBe(false);
    expect(wantsExplorer('POST', HTML_ACCEPT, '')).toBe(false);
  });

  it('drops stylesheet references to other hosts and keeps local ones', () => {
    const css = [
      "@import url('https://fonts.googleapis.com/css?family=Roboto');",
      '@import "//cdn.example.org/x.css";',
      '.a{background:url(https://cdn.example.org/a.png)}',
      '.b{background:url("data:image/png;base64,AAAA")}',
      '.c{background:url(/graphql/local.png)}',
    ].join('\n');
    const out = neutraliseCss(css);
    expect(out).not.toMatch(/googleapis|example\.org|@import/);
    expect(out).toContain('url("data:,")');
    expect(out).toContain('data:image/png;base64,AAAA');
    expect(out).toContain('url(/graphql/local.png)');
  });
});
