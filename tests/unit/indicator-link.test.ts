/** A target's core wording, which the candidates tool searches the documents by. */
import { describe, expect, it } from 'vitest';
import { coreWording } from '../../src/tracker/indicator-link.ts';

describe('coreWording', () => {
  it('drops rate and period words around the indicator', () => {
    expect(coreWording('地区生产总值年均增长率')).toBe('地区生产总值');
    expect(coreWording('全市居民人均可支配收入年均增长率')).toBe('居民人均可支配收入');
    expect(coreWording('“十三五”累计固定资产投资')).toBe('固定资产投资');
    expect(coreWording('森林覆盖率')).toBe('森林覆盖率');
  });
});
