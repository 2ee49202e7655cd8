/**
 * Writes edited data files only when the content would still build: the new
 * texts are laid over a scratch copy of content/'s data files and loaded
 * through the build's own loaders and checks (schemas, ids, alias rules,
 * places, every quote in exactly one paragraph, every figure written in its
 * quote); a refusal carries the build's own sentence. Then each file is
 * replaced atomically (a sibling temporary file renamed over it), so a build
 * or an editor never reads half a file.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { SourceError } from '../core/errors.ts';
import { type Content, loadContent } from '../data/content.ts';
import { checkQuotes } from '../index/check-quotes.ts';
import type { IndexedParagraph } from '../index/paragraphs.ts';
import { checkFigures } from '../tracker/check-figures.ts';
import { ReviewRefusal, type YamlEdit } from './item.ts';
import { loadReviewRejected } from './rejected.ts';
import { editYamlText } from './yaml-edit.ts';

/** content/'s data: everything the loaders read except the source texts, which a decision never changes. */
const DATA = ['documents.yaml', 'moved.yaml', 'glossary', 'entities', 'targets', 'anchors', 'review'];

/**
 * Loads content/ with some files replaced, as the build would; throws the build's error. Returns what it
 * loaded, which names its files as a load of content/ itself would (the scratch copy has the same folder name).
 */
export function checkContent(contentDir: string, paragraphs: IndexedParagraph[], replaced: Map<string, string>): Content {
  const scratch = mkdtempSync(join(tmpdir(), 'hy-review-'));
  try {
    const content = join(scratch, basename(contentDir));
    for (const entry of DATA)
      if (existsSync(join(contentDir, entry))) cpSync(join(contentDir, entry), join(content, entry), { recursive: true });
    for (const [file, text] of replaced) {
      mkdirSync(dirname(join(content, file)), { recursive: true });
      writeFileSync(join(content, file), text);
    }
    const loaded = loadContent(content, scratch);
    checkFigures(loaded.targets, loaded.entities.entities);
    checkQuotes({ paragraphs }, loaded.glossary, loaded.targets);
    loadReviewRejected(content, scratch, paragraphs);
    return loaded;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Applies the edits, checks the result builds, and writes each changed file atomically; returns the files
 * written and the content as loaded with them, so a caller need not load content/ again.
 */
export function writeChecked(contentDir: string, paragraphs: IndexedParagraph[], edits: YamlEdit[]): { files: string[]; content: Content } {
  const texts = new Map<string, string>();
  for (const edit of edits) {
    const before =
      texts.get(edit.file) ?? (existsSync(join(contentDir, edit.file)) ? readFileSync(join(contentDir, edit.file), 'utf8') : '');
    texts.set(edit.file, editYamlText(before, `content/${edit.file}`, edit.apply));
  }
  let content: Content;
  try {
    content = checkContent(contentDir, paragraphs, texts);
  } catch (error) {
    if (error instanceof SourceError) throw new ReviewRefusal(`The build would stop: ${error.message}`);
    throw error;
  }
  for (const [file, text] of texts) {
    const path = join(contentDir, file);
    mkdirSync(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  }
  return { files: [...texts.keys()], content };
}
