/** Errors in YAML data name the file, the entry, the field and the line, read from yaml's own node ranges. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataError, parseYaml, validate } from '../../src/data/load-yaml.ts';

const schema = z.array(
  z.strictObject({
    id: z.string(),
    level: z.enum(['市', '区', '县']),
    aliases: z.array(z.string()).default([]),
    note: z.string().optional(),
  }),
);

const text = `- id: city
  level: 市
- id: shigu
  level: 区
  aliases:
    - 石鼓
    - 42
- id: hengnan
  note: 没有级别
`;

function messageOf(yaml: string): string {
  const { data, lineOf } = parseYaml(yaml, 'content/places.yaml');
  try {
    validate(schema, data, 'content/places.yaml', lineOf);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).message;
  }
  throw new Error('no error');
}

describe('line-precise data errors', () => {
  it('names a value’s own line, inside a list too', () => {
    const message = messageOf(text.replace('level: 区', 'level: 省'));
    expect(message).toContain('content/places.yaml:4: entry 2 (id "shigu"), field "level"');
    expect(message).toContain('content/places.yaml:7: entry 2 (id "shigu"), field "aliases.1"');
  });

  it('names the entry’s line for a missing field', () => {
    expect(messageOf(text)).toContain('content/places.yaml:8: entry 3 (id "hengnan"), field "level": is missing');
  });

  it('gives every path a line', () => {
    const { lineOf } = parseYaml(text, 'content/places.yaml');
    expect([lineOf([]), lineOf([0]), lineOf([1, 'aliases']), lineOf([1, 'aliases', 0]), lineOf([2, 'level']), lineOf([9, 'x'])]).toEqual([
      1, 1, 6, 6, 8, 1,
    ]);
  });
});
