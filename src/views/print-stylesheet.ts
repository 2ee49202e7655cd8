/**
 * The print stylesheet of a report, /print/<slug>.css: the document's title at the top of every
 * page and its URL at the foot, in the page margins (@page margin boxes), so they never overlap
 * the text. Both are data, so each goes in as a CSS string written by `cssesc`: a title may hold
 * any character, and form feed, CR or LF end a CSS string just as a quote does.
 */
import cssesc from 'cssesc';

const cssString = (text: string) => cssesc(text, { quotes: 'double', wrap: true });

export function printStylesheet(title: string, url: string | undefined): string {
  return `@page {
  @top-center { content: ${cssString(title)}; }
${url ? `  @bottom-left { content: ${cssString(url)}; }\n` : ''}}
`;
}
