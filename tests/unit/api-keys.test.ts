import { describe, expect, it } from 'vitest';
import { Role } from '../../src/config';
import { roleFor } from '../../src/server/http';

const keys = new Map<string, Role>([
  ['editor-key-123', 'editor'],
  ['analyst-key-456', 'analyst'],
]);
const code = (authorization: string) => {
  try {
    roleFor(keys, authorization);
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
  return 'accepted';
};

describe('roleFor (keys compared as SHA-256 digests with timingSafeEqual, every key every time)', () => {
  it('each key gets its own role, also when it is not the first one configured', () => {
    expect(roleFor(keys, 'Bearer editor-key-123')).toBe('editor');
    expect(roleFor(keys, 'bearer analyst-key-456')).toBe('analyst');
  });

  it('no header is anonymous', () => expect(roleFor(keys, undefined)).toBeNull());

  it('a prefix, an extension, another length or a near miss is refused', () => {
    for (const bad of [
      'Bearer editor-key-12',
      'Bearer editor-key-1234',
      'Bearer editor-key-124',
      'Bearer x',
      'Basic editor-key-123',
      'editor-key-123',
    ]) {
      expect(code(bad), bad).toBe('UNAUTHENTICATED');
    }
  });
});
