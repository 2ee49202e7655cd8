/**
 * A record of content/documents.yaml for a document a test makes up, valid
 * as it stands: a test names only the fields it is about. A field given as
 * undefined is left out (a fixture that prints no title drops `title`).
 */
export function documentRecord(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const record: Record<string, unknown> = {
    slug: 'fixture',
    source: 'input.txt',
    title: '示例文件',
    display_title: '示例文件',
    kind: '政府工作报告',
    issuer: '示例市人民政府',
    level: '市',
    place: { outside: '示例市' },
    date: { exact: '2020-01-01' },
    reviews: { from: 2019, to: 2019 },
    plans: { from: 2020, to: 2020 },
    description: '测试用的示例文件。',
    ...fields,
  };
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}
