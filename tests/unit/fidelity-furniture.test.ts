/**
 * The fidelity check cuts a page's furniture sections (a report's end list of
 * parallels) out before parsing it: the page text it compares is the same as
 * without the cut, and a cut never reaches text outside its section.
 */
import { describe, expect, it } from 'vitest';
import { pageText, withoutFurnitureSections } from '../../src/verify/fidelity.ts';

const page = (body: string) => `<!doctype html><html><body><main data-fidelity-root>${body}</main><footer>页脚</footer></body></html>`;

describe('furniture sections before the fidelity parse', () => {
  it('cuts a furniture section whole, and only it', () => {
    const html = page(
      '<p id="p1">本段原文。</p><section class="parallels-block" aria-labelledby="h" data-chrome="" data-pagefind-ignore><h2 id="h">相近</h2><p>别的文件的段落。</p></section><p id="p2">后一段原文。</p>',
    );
    const cut = withoutFurnitureSections(html);
    expect(cut).not.toContain('别的文件的段落');
    expect(cut).toContain('<p id="p2">后一段原文。</p>');
    expect(pageText(html)).toBe('本段原文。后一段原文。');
  });

  it('leaves a section that is not furniture, or that holds another section, to the parser', () => {
    const plain = page('<section class="x"><p>原文在节里。</p></section>');
    expect(withoutFurnitureSections(plain)).toBe(plain);
    const nested = page('<section data-chrome><section><p>里面</p></section><p>外面</p></section><p>原文。</p>');
    expect(withoutFurnitureSections(nested)).toBe(nested);
    expect(pageText(nested)).toBe('原文。');
  });

  it('does not take an attribute that only begins with the furniture mark for it', () => {
    const html = page('<section data-chromeless><p>原文。</p></section>');
    expect(withoutFurnitureSections(html)).toBe(html);
    expect(pageText(html)).toBe('原文。');
  });
});
