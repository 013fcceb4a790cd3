/**
 * Test helper: runs the darkweb-kg CLI in-process (no build of dist/ needed), capturing stdout and stderr,
 * and returns the exit code `main` gives.
 */
import { main } from '../../lib/cli';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true)),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true)),
  ];
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    for (const s of spies) s.mockRestore();
  }
}
