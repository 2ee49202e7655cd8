/** Prints, after the run, how long each project's test files took in all: where the suite's minutes go. */
import type { Reporter, TestModule } from 'vitest/node';

export default class TimeSplitReporter implements Reporter {
  private readonly byProject = new Map<string, { files: number; ms: number }>();

  onTestModuleEnd(module: TestModule): void {
    const name = module.project.name || 'default';
    const entry = this.byProject.get(name) ?? { files: 0, ms: 0 };
    entry.files += 1;
    entry.ms += module.diagnostic().duration;
    this.byProject.set(name, entry);
  }

  onTestRunEnd(): void {
    if (this.byProject.size === 0) return;
    const rows = [...this.byProject].sort((a, b) => b[1].ms - a[1].ms);
    console.log('\nTime per project (test files summed; files run two at a time):');
    for (const [name, { files, ms }] of rows) console.log(`  ${name.padEnd(8)} ${(ms / 1000).toFixed(1).padStart(7)} s in ${files} files`);
  }
}
