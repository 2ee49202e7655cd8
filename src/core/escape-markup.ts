/** Text or an attribute value written into HTML or XML: the four characters that could end it or start markup, as entities. */
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const escapeMarkup = (text: string): string => text.replace(/[&<>"]/g, (c) => ENTITY[c]!);
