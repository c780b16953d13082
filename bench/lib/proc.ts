import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';

/** Runs a command with a file on stdin, discards stdout, and returns the wall time in milliseconds. */
export async function timeCommand(cmd: string, args: string[], stdinFile: string, env: NodeJS.ProcessEnv = {}) {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let lines = 0;
    child.stdout.on('data', (b: Buffer) => {
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
    });
    createReadStream(stdinFile).pipe(child.stdin);
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code} after ${lines} lines`)),
    );
  });
  return performance.now() - started;
}

/** Ratio of costs: how many times the product's cost is the baseline's (for throughputs, baseline/product). */
export const costRatioOfRates = (rate: number, baselineRate: number) => baselineRate / rate;
