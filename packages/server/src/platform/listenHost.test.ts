import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { listenHost } from './server.js';

describe('listen address', () => {
  const config = (env: Record<string, string>) =>
    loadConfig({ SESSION_SECRET: 'x'.repeat(40), DATA_DIR: '/tmp', ...env });

  it('everywhere by default, this computer only while demo accounts with published passwords exist', () => {
    expect(listenHost(config({}), [])).toBe('0.0.0.0');
    expect(listenHost(config({}), ['admin', 'city'])).toBe('127.0.0.1');
    expect(listenHost(config({ HOST: '' }), ['admin'])).toBe('127.0.0.1');
  });

  it('HOST, when set, wins', () => {
    expect(listenHost(config({ HOST: '0.0.0.0' }), ['admin'])).toBe('0.0.0.0');
    expect(listenHost(config({ HOST: '10.0.0.5' }), [])).toBe('10.0.0.5');
  });
});
