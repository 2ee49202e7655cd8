/**
 * Anchors that never break: a published link to a paragraph or heading leads
 * to the same text after a conversion change (a heading found where there was
 * none, a paragraph split, a heading lost), after a text revision, and after
 * a paragraph is removed (to the block now standing where it stood). Ids are
 * never reused, and the committed registries give every report the ids its
 * published pages have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { fingerprint, placeAnchors } from '../../src/annotation/anchors.ts';
import { mdxToHast } from '../../src/annotation/report-pipeline.ts';
import { rehypeBlockIds } from '../../src/annotation/rehype-block-ids.ts';
import { convertSource } from '../../src/conversion/convert-source.ts';
import { sourceText } from '../../src/core/hast.ts';
import { type AnchorRegistry, emptyRegistry } from '../../src/data/anchors-schema.ts';
import { formatAnchors } from '../../src/data/load-anchors.ts';
import { parseYaml, validate } from '../../src/data/load-yaml.ts';
import { anchorsSchema } from '../../src/data/anchors-schema.ts';
import { projectRoot, loadProjectContent } from '../helpers/content.ts';

/** What a reader reaches by following `#id`: the text of the element with that id, or of the block an alias span sits in. */
function reached(tree: Root): Map<string, string> {
  const texts = new Map<string, string>();
  visit(tree, 'element', (node: Element, _i, parent) => {
    const id = node.properties.id;
    if (typeof id !== 'string') return;
    const aliased = node.properties.className?.includes('anchor-alias');
    texts.set(id, sourceText(aliased && parent?.type === 'element' ? parent : node));
  });
  return texts;
}

function render(mdx: string, registry: AnchorRegistry = emptyRegistry()) {
  const { tree, file } = mdxToHast(mdx, [[rehypeBlockIds, { registry }]]);
  return { reached: reached(tree), placement: file.data.anchors!, tree };
}

/** The ids of every element of a page: one element each. */
function allIds(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.push(node.properties.id);
  });
  return ids;
}

const mdx = (...blocks: string[]) => `${blocks.join('\n\n')}\n`;

describe('placeAnchors', () => {
  const first = render(
    mdx(
      '## 一、回顾',
      '过去一年，经济运行稳中有进。',
      '城乡居民收入稳步增长。',
      '## 二、任务',
      '坚持稳中求进工作总基调。',
      '扎实推进乡村振兴。',
    ),
  );

  it('a report built for the first time gets the ids its positions give', () => {
    expect(first.placement.ids).toEqual(['s1', 's1-p1', 's1-p2', 's2', 's2-p1', 's2-p2']);
    expect(first.placement.added).toHaveLength(6);
  });

  it('a heading found where there was none moves no id off its text; the new blocks get ids never published', () => {
    const next = render(
      mdx(
        '## 一、回顾',
        '过去一年，经济运行稳中有进。',
        '## （一）民生',
        '城乡居民收入稳步增长。',
        '## 二、任务',
        '坚持稳中求进工作总基调。',
        '扎实推进乡村振兴。',
      ),
      first.placement.registry,
    );
    for (const [id, text] of first.reached) expect(next.reached.get(id), id).toBe(text);
    expect(next.placement.added).toEqual(['s2-n2']);
    expect(new Set(allIds(next.tree)).size).toBe(allIds(next.tree).length);
  });

  it('a revised paragraph that still begins or ends as it did keeps its id; one rewritten throughout becomes an alias of its successor', () => {
    const next = render(
      mdx(
        '## 一、回顾',
        '过去一年，经济运行稳中有进，好于预期。',
        '全体市民获得感显著增强。',
        '## 二、任务',
        '坚持稳中求进工作总基调。',
        '扎实推进乡村振兴。',
      ),
      first.placement.registry,
    );
    expect(next.reached.get('s1-p1')).toBe('过去一年，经济运行稳中有进，好于预期。');
    expect(next.placement.revised).toEqual(['s1-p1']);
    expect(next.placement.retired).toEqual(['s1-p2']);
    // s1-p2's text is gone: its link lands on the block now standing where it stood, the text that replaced it.
    expect(next.reached.get('s1-p2')).toBe('全体市民获得感显著增强。');
    expect(next.placement.added).toEqual(['s1-p2-n2']);
  });

  it('a deleted paragraph leads to the next block; an alias follows its target when that is retired in turn; no id is given twice', () => {
    const second = render(
      mdx('## 一、回顾', '过去一年，经济运行稳中有进。', '## 二、任务', '坚持稳中求进工作总基调。', '扎实推进乡村振兴。'),
      first.placement.registry,
    );
    expect(second.placement.registry.aliases).toEqual(new Map([['s1-p2', 's2']]));
    const third = render(
      mdx(
        '## 一、回顾',
        '过去一年，经济运行稳中有进。',
        '## 二、主要任务',
        '坚持稳中求进工作总基调。',
        '扎实推进乡村振兴。',
        '城乡居民收入稳步增长。',
      ),
      second.placement.registry,
    );
    expect(third.placement.registry.aliases).toEqual(
      new Map([
        ['s1-p2', 's2-n2'],
        ['s2', 's2-n2'],
      ]),
    );
    expect(third.placement.added).toEqual(['s2-n2', 's2-p3']);
    const published = [...second.placement.registry.anchors.keys(), ...second.placement.registry.aliases.keys()];
    for (const id of third.placement.added) expect(published).not.toContain(id);
  });

  it('repeated text keeps its order, and a Traditional copy or re-wrapped line keeps every id', () => {
    const registry = render(mdx('## 一、回顾', '加快發展。', '加快发展。')).placement.registry;
    expect([...registry.anchors.keys()]).toEqual(['s1', 's1-p1', 's1-p2']);
    const again = placeAnchors(
      [
        { positional: 's1', print: fingerprint('h', '一、回顧') },
        { positional: 's1-p1', print: fingerprint('p', '加快\n发展。') },
        { positional: 's1-p2', print: fingerprint('p', '加快發展。') },
      ],
      registry,
    );
    expect(again.ids).toEqual(['s1', 's1-p1', 's1-p2']);
    expect(again.added).toEqual([]);
  });

  it('a registry round-trips through its YAML file', () => {
    const registry = second().placement.registry;
    const text = formatAnchors('x', registry);
    const { data, lineOf } = parseYaml(text, 'x.yaml');
    const back = validate(anchorsSchema, data, 'x.yaml', lineOf);
    expect(new Map(Object.entries(back.anchors))).toEqual(registry.anchors);
    expect(new Map(Object.entries(back.aliases))).toEqual(registry.aliases);
  });

  function second() {
    return render(mdx('## 一、回顾', '过去一年，经济运行稳中有进。', '## 二、任务', '坚持稳中求进工作总基调。'), first.placement.registry);
  }
});

describe('every anchor of the five reports after a conversion change', () => {
  const content = loadProjectContent();
  const docs = content.documents.documents;

  it.each(docs.map((d) => [d.slug, d] as const))(
    '%s: a heading inserted mid-text and a box paragraph split move no published id off its text',
    (slug, meta) => {
      const { mdx: converted } = convertSource(readFileSync(join(projectRoot, 'content', 'sources', meta.source)), meta, meta.source);
      const registry = content.anchors.get(slug)!;
      const published = render(converted, registry);

      // A conversion change: one more heading halfway through, and the first 专栏 paragraph long enough to split cut in two.
      const lines = converted.split('\n');
      const headingAt = lines.findIndex((l, i) => i > lines.length / 2 && /^#{2,3} /.test(l));
      if (headingAt > 0) lines.splice(headingAt, 0, '## 新发现的标题', '');
      const changed = lines.join('\n').replace(/(<aside[^>]*>\n\n#+ [^\n]*\n\n)([^\n<]{40,}?[。；])([^\n<]{20,})\n/, '$1$2\n\n$3\n');
      expect(changed).not.toBe(converted);
      const next = render(changed, published.placement.registry);

      for (const [id, text] of published.reached) {
        const now = next.reached.get(id);
        expect(now, `#${id} leads nowhere`).toBeDefined();
        // A split paragraph's id stays on its first part.
        if (now !== text) expect(text.startsWith(now!), `#${id}: "${text.slice(0, 20)}" -> "${now!.slice(0, 20)}"`).toBe(true);
      }
      const ids = allIds(next.tree);
      expect(new Set(ids).size, 'an id given twice').toBe(ids.length);
    },
  );
});
