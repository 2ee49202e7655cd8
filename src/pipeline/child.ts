/**
 * Runs a stage's program (Astro) as a child that cannot outlive the build:
 * it watches its parent (watch-parent.ts), and the build stops it on its way
 * out (stopChildren) when it is interrupted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { BuildError } from '../core/errors.ts';

const running = new Set<ChildProcess>();
const WATCH_PARENT = new URL('./watch-parent.ts', import.meta.url).href;

/** Runs `node <args>` with the parent watch preloaded; resolves when it exits with 0. */
export function runNode(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; label: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', WATCH_PARENT, ...args], { cwd: options.cwd, env: options.env, stdio: 'inherit' });
    running.add(child);
    child.on('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else
        reject(
          new BuildError(`${options.label} ${signal ? `was stopped by ${signal}` : `exited with code ${code}`} (its messages are above).`),
        );
    });
  });
}

/** Kills every child still running; they only write into the staging folder, which is removed next. */
export function stopChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}
