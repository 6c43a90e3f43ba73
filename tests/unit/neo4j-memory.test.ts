import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('LIMELIGHT_NEO4J_HEAP and LIMELIGHT_NEO4J_PAGECACHE', () => {
  it('default to the sizes the embedded Neo4j always had', () => {
    expect(loadConfig({}).neo4jMemory).toEqual({ heap: '1536m', pageCache: '256m' });
  });

  it('take JVM sizes in mebibytes or gibibytes', () => {
    expect(loadConfig({ LIMELIGHT_NEO4J_HEAP: '4G', LIMELIGHT_NEO4J_PAGECACHE: '3072m' }).neo4jMemory).toEqual({
      heap: '4g',
      pageCache: '3072m',
    });
  });

  it('stop the service at start on anything else, naming the variable', () => {
    for (const [name, raw] of [
      ['LIMELIGHT_NEO4J_HEAP', '4'],
      ['LIMELIGHT_NEO4J_HEAP', '4gb'],
      ['LIMELIGHT_NEO4J_PAGECACHE', '0m'],
      ['LIMELIGHT_NEO4J_PAGECACHE', '-1g'],
    ]) {
      expect(() => loadConfig({ [name]: raw })).toThrow(ConfigError);
      expect(() => loadConfig({ [name]: raw })).toThrow(name);
    }
  });
});
