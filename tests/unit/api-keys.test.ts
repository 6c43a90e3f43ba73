import { describe, expect, it } from 'vitest';
import { ConfigError, keyFingerprint, parseApiKeys } from '../../src/config';
import { callerFor } from '../../src/server/http';

const keys = parseApiKeys('alice=editor-key-123:editor,analyst-key-456:analyst');
const code = (authorization: string) => {
  try {
    callerFor(keys, authorization);
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
  return 'accepted';
};

describe('callerFor (keys compared as SHA-256 digests with timingSafeEqual, every key every time)', () => {
  it('each key gets its own role and actor, also when it is not the first one configured', () => {
    expect(callerFor(keys, 'Bearer editor-key-123')).toEqual({ role: 'editor', actor: 'alice' });
    expect(callerFor(keys, 'bearer analyst-key-456')).toEqual({ role: 'analyst', actor: keyFingerprint('analyst-key-456') });
  });

  it('no header is anonymous', () => expect(callerFor(keys, undefined)).toBeNull());

  it('a prefix, an extension, another length or a near miss is refused', () => {
    for (const bad of [
      'Bearer editor-key-12',
      'Bearer editor-key-1234',
      'Bearer editor-key-124',
      'Bearer alice',
      'Bearer alice=editor-key-123',
      'Bearer x',
      'Basic editor-key-123',
      'editor-key-123',
    ]) {
      expect(code(bad), bad).toBe('UNAUTHENTICATED');
    }
  });
});

describe('parseApiKeys: [name=]key:role, comma separated', () => {
  it('a name is the actor; a key without one is logged by a short fingerprint of the key', () => {
    const parsed = parseApiKeys(' alice = k1:editor , k2:analyst,bob.smith@desk=k3:editor');
    expect([...parsed]).toEqual([
      ['k1', { role: 'editor', actor: 'alice' }],
      ['k2', { role: 'analyst', actor: keyFingerprint('k2') }],
      ['k3', { role: 'editor', actor: 'bob.smith@desk' }],
    ]);
    expect(keyFingerprint('k2')).toMatch(/^key:[0-9a-f]{8}$/);
    expect(keyFingerprint('k2')).not.toBe(keyFingerprint('k3'));
  });

  it('the first "=" ends the name: a key with base64 padding is given with a name', () => {
    expect([...parseApiKeys('ops=YWJjZA==:editor,carol=YWJj=:analyst')]).toEqual([
      ['YWJjZA==', { role: 'editor', actor: 'ops' }],
      ['YWJj=', { role: 'analyst', actor: 'carol' }],
    ]);
    expect(() => parseApiKeys('YWJjZA==:editor')).toThrow(/needs a name/);
  });

  it('bad forms stop the service at start, and the message does not show the key', () => {
    for (const [text, problem] of [
      ['=k1:editor', /empty name/],
      ['al ice=k1:editor', /empty name or one with characters/],
      ['alice=:editor', /empty key/],
      ['alice=k1:editor,alice=k2:analyst', /repeats the name "alice"/],
      ['alice=k1:editor,k1:analyst', /repeats a key/],
      ['k1:admin', /is not \[name=\]key:editor/],
      ['k1', /is not/],
    ] as const) {
      expect(() => parseApiKeys(text), text).toThrow(ConfigError);
      expect(() => parseApiKeys(text), text).toThrow(problem);
    }
    try {
      parseApiKeys('alice=s3cret-key:admin');
    } catch (error) {
      expect(String(error)).not.toContain('s3cret');
      expect(String(error)).toContain('alice=');
    }
  });
});
