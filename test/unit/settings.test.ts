import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/lib/settings.ts';

function project(siteYaml?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pkb-settings-'));
  mkdirSync(path.join(dir, 'content'));
  if (siteYaml !== undefined) writeFileSync(path.join(dir, 'content/site.yaml'), siteYaml);
  return dir;
}

describe('content/site.yaml', () => {
  it('is optional: without it a term is linked once per section', () => {
    expect(loadSettings(project())).toEqual({ termLinks: 'first-in-section' });
  });

  it('reads the project’s own file', () => {
    expect(loadSettings(project('# 注释\ntermLinks: every\n'))).toEqual({ termLinks: 'every' });
    expect(loadSettings('.').termLinks).toBe('first-in-section');
  });

  it('names the file, the line and the field of a bad value, and an unknown field', () => {
    expect(() => loadSettings(project('# 注释\n\ntermLinks: once\n'))).toThrow(/content\/site\.yaml:3: field termLinks: .*first-in-section/u);
    expect(() => loadSettings(project('termLink: every\n'))).toThrow(/content\/site\.yaml:1: field termLink: Unrecognized key/u);
  });
});
