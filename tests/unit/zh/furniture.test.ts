/** Table tests: one test of page furniture for hast, MDX JSX and the browser's DOM. */
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { FURNITURE_SELECTOR, isFurniture } from '../../../src/zh/furniture.ts';

const element = (html: string) => fromHtml(html, { fragment: true }).children[0] as Element;
const jsx = (name: string, attributes: string[]) => ({
  type: 'mdxJsxFlowElement' as const,
  name,
  attributes: attributes.map((a) => ({ type: 'mdxJsxAttribute', name: a })),
});

describe('page furniture', () => {
  it.each([
    ['<a class="para-link" href="#p1" data-chrome=""></a>', true],
    ['<span class="figure-note" data-chrome>注</span>', true],
    ['<script>1</script>', true],
    ['<style>p{}</style>', true],
    ['<template><p>x</p></template>', true],
    ['<p id="s1-p1">全市实现地区生产总值</p>', false],
    ['<strong>新型工业化加速推进。</strong>', false],
  ])('hast %s: %s', (html, furniture) => expect(isFurniture(element(html))).toBe(furniture));

  it('reads MDX JSX attributes as written', () => {
    expect(isFurniture(jsx('span', ['class', 'data-chrome']))).toBe(true);
    expect(isFurniture(jsx('aside', ['id', 'class']))).toBe(false);
  });

  it('names the same elements as a selector for the browser', () => {
    expect(FURNITURE_SELECTOR).toBe('[data-chrome], script, style, template');
  });
});
