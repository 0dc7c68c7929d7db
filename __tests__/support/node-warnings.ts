// The AWS SDK warns once per process that Node 20 leaves its support in 2027. The runtime we ship
// on and CI tests on (Node 24) gets no such warning; on a machine still on Node 20 that one warning
// is expected, and every other line on stderr is still a defect.

const NODE_20_SDK_WARNING = /^\(node:\d+\) Warning: NodeVersionSupportWarning:[\s\S]*?to show where the warning was created\)\n/m;

export function withoutOldNodeWarning(stderr: string, nodeVersion = process.versions.node): string {
  return Number(nodeVersion.split('.')[0]) < 22 ? stderr.replace(NODE_20_SDK_WARNING, '') : stderr;
}
