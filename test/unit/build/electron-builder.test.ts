import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// electron-builder's own loader and schema check: the same validation a real `electron-builder` run starts with.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { load } = require('js-yaml') as { load(text: string): unknown };

const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds AppImage + deb, dmg and nsis from the icon in assets/', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    for (const os of ['linux', 'mac', 'win']) expect(config[os].icon).toBe('assets/icon.png');
    expect(readFileSync('assets/icon.png').subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses a misspelt option (the validation is real)', async () => {
    await expect(validateConfiguration({ ...config, linuxx: {} }, new DebugLogger(false))).rejects.toThrow(/linuxx/);
  });

  it('keeps sharp’s native files outside the asar archive', () => {
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/node_modules/sharp/**', '**/node_modules/@img/**']));
  });
});
