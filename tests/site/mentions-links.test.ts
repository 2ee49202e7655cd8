/**
 * The index and the pages agree: every mention the site index marks as linked
 * (which glossary and entity pages list as occurrences) is a link on its
 * report page at the same paragraph and offset, and every term or entity link
 * on a report page is such a mention.
 */
import { readFileSync } from 'node:fs';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { sourceText } from '../../src/core/hast.ts';
import { isFurniture } from '../../src/zh/furniture.ts';
import { builtSiteData } from '../helpers/content.ts';

const site = builtSiteData();

/** "doc#paragraph@offset kind:id text" for every term and entity link inside a report paragraph. */
function linksOnPage(doc: string): string[] {
  const tree: Root = fromHtml(readFileSync(`dist/reports/${doc}/index.html`, 'utf8'));
  const found: string[] = [];
  const inParagraph = (p: Element, id: string) => {
    let offset = 0;
    const walk = (nodes: ElementContent[]) => {
      for (const node of nodes) {
        if (node.type === 'text') offset += node.value.length;
        if (node.type !== 'element' || isFurniture(node)) continue;
        const kind = node.properties.dataTerm ? 'term' : node.properties.dataEntity ? 'entity' : undefined;
        if (node.tagName === 'a' && kind) {
          found.push(
            `${doc}#${id}@${offset} ${kind}:${String(node.properties.dataTerm ?? node.properties.dataEntity)} ${sourceText(node)}`,
          );
          offset += sourceText(node).length;
        } else walk(node.children);
      }
    };
    walk(p.children);
  };
  const visit = (nodes: ElementContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'p' && typeof node.properties.id === 'string') inParagraph(node, node.properties.id);
      else visit(node.children);
    }
  };
  visit(tree.children as ElementContent[]);
  return found.sort();
}

describe('index and pages', () => {
  it.each(site.documents.map((d) => d.slug))('%s: the linked mentions of the index are exactly the links on the page', (doc) => {
    const linked = site.index.mentions
      .filter((m) => m.doc === doc && m.marked)
      .map((m) => `${doc}#${m.paragraphId}@${m.offset} ${m.kind}:${m.id} ${m.text}`)
      .sort();
    expect(linked.length).toBeGreaterThan(0);
    expect(linksOnPage(doc)).toEqual(linked);
  });
});
