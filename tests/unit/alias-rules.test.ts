/** The alias rules on their own; the bad-input corpus checks that the build stops on them with file and line. */
import { describe, expect, it } from 'vitest';
import { aliasProblem, checkAliases } from '../../src/data/alias-rules.ts';

const common = { file: 'content/entities/common-words.yaml', lines: new Map([['发展', 3]]) };

describe('alias rules', () => {
  it('refuse one character, strings without a letter or digit, and common words', () => {
    expect(aliasProblem('衡', common)).toMatch(/one character/);
    expect(aliasProblem('衡\u200b', common)).toMatch(/one character/);
    expect(aliasProblem('，', common)).toMatch(/no letter or digit/);
    expect(aliasProblem('\u200b', common)).toMatch(/no letter or digit.*|\\u\{200b\}/);
    expect(aliasProblem(' ', common)).toMatch(/no letter or digit/);
    expect(aliasProblem('发展', common)).toBe('"发展" is a common word (content/entities/common-words.yaml:3)');
  });

  it('accept names of two or more characters, Latin and digit forms among them', () => {
    for (const ok of ['南岳', 'GDP', 'G107', '1189', '“1113”', '1+2+3']) expect(aliasProblem(ok, common), ok).toBeUndefined();
  });

  it('let an alias through when its entry declares the exception with a reason', () => {
    const fail = (line: number, field: string, message: string): never => {
      throw new Error(`${line} ${field} ${message}`);
    };
    const strings = [{ text: '衡', field: 'aliases', line: 4 }];
    expect(() => checkAliases(strings, [], common, fail)).toThrow('4 aliases "衡" is one character');
    expect(() => checkAliases(strings, [{ alias: '衡', reason: '古称，只在引文里出现' }], common, fail)).not.toThrow();
  });
});
