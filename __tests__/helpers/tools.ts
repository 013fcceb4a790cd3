/**
 * Test helper: run a suite only when an outside tool (rapper, xmllint, python3+networkx, chromium,
 * virtuoso) is installed. With CI=true a missing tool is a failing test, never a skip.
 */
import { spawnSync } from 'node:child_process';

export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function hasPythonModule(mod: string): boolean {
  return spawnSync('python3', ['-c', `import ${mod}`], { stdio: 'ignore' }).status === 0;
}

/** `describe` that needs `available` to be true; fails under CI=true when it is not. */
export function describeWithTool(tool: string, available: boolean, name: string, fn: () => void): void {
  if (available) describe(name, fn);
  else if (process.env.CI === 'true') {
    describe(name, () => {
      test(`${tool} is installed`, () => {
        throw new Error(`${tool} is missing and CI=true: .ci/run must install it`);
      });
    });
  } else {
    // eslint-disable-next-line jest/no-disabled-tests
    describe.skip(`${name} (skipped locally: ${tool} not installed)`, fn);
  }
}
