/**
 * The stage list says the real flow: each stage takes in memory only what an
 * earlier stage gives (and `runStage` stops one that reads anything else), and
 * content/ is loaded and validated before any source is converted, so bad YAML
 * stops the build before conversion starts.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/load-yaml.ts';
import { type BuildContext, type Stage, runStage, stages } from '../../src/pipeline/stages.ts';
import { projectRoot } from '../helpers/content.ts';

const scratch = mkdtempSync(join(tmpdir(), 'hy-stages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const context = (root: string): BuildContext => ({ root, site: join(root, '.build', 'staging'), base: '/', log: () => {} });

describe('the stages', () => {
  it('take only what an earlier stage gives', () => {
    const given = new Set<string>();
    for (const stage of stages) {
      for (const field of stage.takes) expect(given, `${stage.name} takes ${field}`).toContain(field);
      for (const field of stage.gives) given.add(field);
    }
  });

  it('are held to their declaration: reading a value a stage does not take stops it', async () => {
    const sneaky: Stage = { ...stages.find((s) => s.name === 'pagefind')!, name: 'sneaky', run: (ctx) => void ctx.results };
    await expect(runStage(sneaky, context(scratch))).rejects.toThrow('stage "sneaky" reads results, which its declaration does not take');
    const setter: Stage = { ...sneaky, name: 'setter', run: (ctx) => void (ctx.results = []) };
    await expect(runStage(setter, context(scratch))).rejects.toThrow('stage "setter" sets results, which its declaration does not give');
  });

  it('stop on bad YAML in the load stage, before a source is converted', async () => {
    const root = join(scratch, 'bad-yaml');
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'content', 'glossary', 'terms.yaml'), '- id: x\n  term: [unclosed\n');
    const ctx = context(root);
    let stopped = '';
    try {
      for (const stage of stages) {
        stopped = stage.name;
        await runStage(stage, ctx);
      }
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).message).toMatch(/^content\/glossary\/terms\.yaml:\d+: /);
    }
    expect(stopped).toBe('load');
    expect(existsSync(join(root, '.generated'))).toBe(false);
  });
});
