import { describe, expect, it } from 'vitest';
// @ts-expect-error — a plain .mjs script module without types (scripts/ is not TypeScript)
import { assess, chromiumOf, nodeLtsLines } from '../../../scripts/runtime/policy.mjs';

const electronVersions = ['41.7.1', '41.10.7', '42.0.0', '43.0.0', '44.0.0', '44.3.1', '45.0.0', '45.5.0', '46.0.0-alpha.1'];
const time = Object.fromEntries(electronVersions.map((v) => [v, '2026-10-21T00:00:00Z']));
const nodeVersions = ['20.19.0', '22.12.0', '24.0.0', '24.21.0', '25.1.0', '26.0.0', '26.10.0'];
const nodeTime = {
  '20.19.0': '2025-03-13T00:00:00Z', '22.12.0': '2024-12-03T00:00:00Z', '24.0.0': '2025-05-06T00:00:00Z',
  '24.21.0': '2026-11-01T00:00:00Z', '25.1.0': '2025-11-01T00:00:00Z', '26.0.0': '2026-04-22T00:00:00Z', '26.10.0': '2026-11-20T00:00:00Z',
};
const now = Date.parse('2026-12-01T00:00:00Z');
const node = (running: string) => ({ running, versions: nodeVersions, time: nodeTime });

describe('runtime policy', () => {
  it('accepts the latest three Electron majors and names what is newer', () => {
    const r = assess({ electron: { installed: '43.0.0', versions: electronVersions, time }, node: node('v24.21.0'), now });
    expect(r.problems).toEqual([]);
    expect(r.electron.supportedMajors).toEqual([45, 44, 43]);
    expect(r.electron.majorsBehind).toBe(2);
    expect(r.electron.latest).toBe('45.5.0'); // a pre-release is never "latest"
  });

  it('fails when the installed Electron is older than latest minus two, and says how to upgrade', () => {
    const r = assess({ electron: { installed: '41.7.1', versions: electronVersions, time }, node: node('v24.21.0'), now });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/41\.7\.1 no longer receives security fixes.*45, 44, 43.*electron@\^45\.5\.0/);
    expect(r.electron.patchesBehind).toBe(1); // 41.10.7
  });

  it('fails on a Node older than 22.12 and knows the LTS lines', () => {
    const r = assess({ electron: { installed: '45.5.0', versions: electronVersions, time }, node: node('v20.20.2'), now });
    expect(r.problems.join('\n')).toMatch(/Node v20\.20\.2 is too old.*22\.12/);
    expect(nodeLtsLines(nodeVersions, nodeTime, now)).toEqual([26, 24, 22, 20]);
    expect(r.node.runningIsLts).toBe(true);
    expect(r.node.newestLts).toBe('26.10.0');
  });

  it('gives the Chromium of an Electron major, marking inferred ones', () => {
    expect(chromiumOf(44)).toEqual({ milestone: 152, inferred: false });
    expect(chromiumOf(45)).toEqual({ milestone: 154, inferred: true });
  });
});
