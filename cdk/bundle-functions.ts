/**
 * `node --import tsx cdk/bundle-functions.ts <outDir>`: bundles every function as deployed and
 * prints `{ name: bytes }`. The stack runs it (synchronously, once per process) before synth,
 * because esbuild's plugins need its asynchronous API and CDK constructors are synchronous.
 */
import { bundleAll } from './bundling.ts';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node --import tsx cdk/bundle-functions.ts <outDir>');
  process.exit(2);
}
const reports = await bundleAll(outDir);
console.log(JSON.stringify(Object.fromEntries(reports.map((r) => [r.name, r.bytes]))));
