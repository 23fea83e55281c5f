import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type ProfileNode = {
  id: number;
  callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string };
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Work no bundled code asked for: Node's own start, and reading and compiling the bundle. */
export const NODE_ITSELF = '(Node: start, module loading, compiling)';

/**
 * Where a cold start's CPU time goes, by the module the bundle maps it to: each sample of a
 * `--cpu-prof` profile is charged to the innermost frame in the bundle (Node's own code it calls,
 * such as undici behind `new Headers()`, counts for the module that called it), mapped back to
 * its source through the bundle's source map, and summed per package or per source file of ours.
 * @returns the `top` most expensive, in ms, with the profile's total.
 */
export function importCost(profileDir: string, top = 10): { totalMs: number; modules: ModuleCost[] } {
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`No CPU profile in ${profileDir}`);
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const maps = new Map<string, SourceMap | undefined>();
  const moduleOf = (node: ProfileNode): string | undefined => {
    const { url, lineNumber, columnNumber } = node.callFrame;
    if (!url.startsWith('file://')) return undefined;
    // The bench's own `-e` script, which imports the handler and calls it.
    if (url.includes('[eval')) return '(the measuring script)';
    if (!maps.has(url)) {
      const mapFile = `${fileURLToPath(url)}.map`;
      maps.set(
        url,
        existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined,
      );
    }
    const map = maps.get(url);
    // A package left out of the bundle (sharp in media) is loaded from node_modules, unmapped.
    if (!map) return moduleName(fileURLToPath(url));
    const source = map.findEntry(lineNumber, columnNumber);
    const original = source && 'originalSource' in source ? source.originalSource : undefined;
    // The chunk's own top-level frame: module bodies run in it, and a profile names no line in it.
    return original ? moduleName(original) : '(the bundle’s top-level code)';
  };
  const cost = new Map<string, number>();
  let totalMs = 0;
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    // Idle is waiting (for DynamoDB Local's answer, say), not work.
    if (ms === 0 || node.callFrame.functionName === '(idle)') continue;
    totalMs += ms;
    let charged: string | undefined;
    for (let at: ProfileNode | undefined = node; at && !charged; at = byId.get(parent.get(at.id) ?? -1))
      charged = moduleOf(at);
    const name =
      charged ??
      (node.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : NODE_ITSELF);
    cost.set(name, (cost.get(name) ?? 0) + ms);
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    totalMs: round(totalMs),
    modules: [...cost]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([module, ms]) => ({ module, ms: round(ms) })),
  };
}

export type ModuleCost = { module: string; ms: number };

/** A package by its name (`zod`, `@smithy/core`), our own code by its path from the repository. */
function moduleName(source: string): string {
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg?.[1]) return pkg[1];
  const own = source.match(/(?:^|\/)((?:shared|functions|cdk|local)\/.*)$/);
  return own?.[1] ?? source;
}
