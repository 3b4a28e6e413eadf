import { isPrivateAddress, targetProblem } from './public-target';

describe('public targets (webhooks, shop callbacks)', () => {
  it('knows private, loopback and link-local addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '100.64.1.1']) expect(isPrivateAddress(a)).toBe(true);
    for (const a of ['8.8.8.8', '203.0.113.9', '2001:db8::1']) expect(isPrivateAddress(a)).toBe(false);
  });

  it('refuses loopback and non-http URLs unless private targets are allowed', async () => {
    expect(await targetProblem('http://127.0.0.1:8080/hook', false)).toMatch(/private|loopback/);
    expect(await targetProblem('http://[::1]/hook', false)).toMatch(/private|loopback/);
    expect(await targetProblem('ftp://example.com/x', false)).toMatch(/http/);
    expect(await targetProblem('http://user:pw@8.8.8.8/x', false)).toMatch(/credentials/);
    expect(await targetProblem('http://127.0.0.1:8080/hook', true)).toBeNull();
    expect(await targetProblem('https://8.8.8.8/hook', false)).toBeNull();
  });
});
