// The runtime policy as pure functions (scripts/runtime-report.mjs feeds them what the npm
// registry says; test/unit/build/runtime-policy.test.ts feeds them fixed data).
//
// Policy (README, "Keeping the runtime current"):
// - Electron: only the latest three majors receive security fixes, so the installed major must
//   be one of them; the check fails as soon as it falls out (installed < latest - 2).
// - Node for the toolchain and the CLI: an LTS line (even major) at or above 22.12, which is
//   what Electron ≥ 42 and electron-vite require to install.

export const SUPPORTED_ELECTRON_MAJORS = 3;
export const MIN_NODE = [22, 12];

export const major = (version) => Number(String(version).replace(/^v/, '').split('.')[0]);

function compare(a, b) {
  const pa = String(a).replace(/^v/, '').split('.').map(Number);
  const pb = String(b).replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

const stable = (v) => /^\d+\.\d+\.\d+$/.test(v);

/** Newest stable version of each major, from the registry's version list. */
export function newestPerMajor(versions) {
  const out = new Map();
  for (const v of versions.filter(stable)) {
    const m = major(v);
    if (!out.has(m) || compare(v, out.get(m)) > 0) out.set(m, v);
  }
  return out;
}

/**
 * Chromium bundled by an Electron major. Known from Electron's DEPS for 40–44; since Electron 40
 * each major takes every second Chromium milestone (40 → M144 … 44 → M152), so later majors are
 * inferred and marked as such. The binary, when present, gives the exact version instead.
 */
const KNOWN_CHROMIUM = { 40: 144, 41: 146, 42: 148, 43: 150, 44: 152 };
export function chromiumOf(electronMajor) {
  if (KNOWN_CHROMIUM[electronMajor]) return { milestone: KNOWN_CHROMIUM[electronMajor], inferred: false };
  if (electronMajor > 44) return { milestone: 152 + 2 * (electronMajor - 44), inferred: true };
  return null;
}

/**
 * Node LTS lines: even majors, promoted to LTS six months after their first release (October for
 * an April release). `time` is the registry's release-time map.
 */
export function nodeLtsLines(versions, time, now) {
  const firstRelease = new Map();
  for (const v of versions.filter(stable)) {
    const m = major(v);
    const t = time[v] ? Date.parse(time[v]) : NaN;
    if (m % 2 === 0 && Number.isFinite(t) && (!firstRelease.has(m) || t < firstRelease.get(m))) firstRelease.set(m, t);
  }
  const halfYear = 183 * 24 * 3600 * 1000;
  return [...firstRelease].filter(([, t]) => now - t >= halfYear).map(([m]) => m).sort((a, b) => b - a);
}

/**
 * The verdict on the installed runtime. `electron` holds installed version, registry versions
 * and times; `node` the running toolchain's version and the registry's Node versions and times.
 */
export function assess({ electron, node, now = Date.now() }) {
  const problems = [];
  const perMajor = newestPerMajor(electron.versions);
  const latestMajor = Math.max(...perMajor.keys());
  const installedMajor = major(electron.installed);
  const supported = [...perMajor.keys()].filter((m) => m > latestMajor - SUPPORTED_ELECTRON_MAJORS).sort((a, b) => b - a);
  const newestOfInstalled = perMajor.get(installedMajor) ?? electron.installed;
  if (installedMajor <= latestMajor - SUPPORTED_ELECTRON_MAJORS) {
    problems.push(
      `Electron ${electron.installed} no longer receives security fixes: supported majors are ${supported.join(', ')} ` +
        `(latest ${perMajor.get(latestMajor)}). Upgrade with: npm install -D electron@^${perMajor.get(latestMajor)}`,
    );
  }
  const patchesBehind = electron.versions.filter(
    (v) => stable(v) && major(v) === installedMajor && compare(v, electron.installed) > 0,
  ).length;
  const ltsLines = nodeLtsLines(node.versions, node.time, now);
  const nodeMajor = major(node.running);
  const [minMajor, minMinor] = MIN_NODE;
  const nodeParts = node.running.replace(/^v/, '').split('.').map(Number);
  if (nodeMajor < minMajor || (nodeMajor === minMajor && nodeParts[1] < minMinor)) {
    problems.push(`Node ${node.running} is too old for the toolchain: Node ${minMajor}.${minMinor} or newer is needed (24 LTS recommended; see .node-version).`);
  }
  const nodeNewest = newestPerMajor(node.versions);
  return {
    electron: {
      installed: electron.installed,
      latest: perMajor.get(latestMajor),
      supportedMajors: supported,
      majorsBehind: latestMajor - installedMajor,
      newestOfInstalledMajor: newestOfInstalled,
      patchesBehind,
      releasedAt: electron.time[electron.installed] ?? null,
    },
    chromium: { installed: chromiumOf(installedMajor), latestElectron: chromiumOf(latestMajor) },
    node: {
      running: node.running,
      ltsLines: ltsLines.slice(0, 3),
      newestLts: ltsLines.length ? nodeNewest.get(ltsLines[0]) : null,
      newestOfRunningMajor: nodeNewest.get(nodeMajor) ?? null,
      runningIsLts: ltsLines.includes(nodeMajor),
    },
    problems,
  };
}
