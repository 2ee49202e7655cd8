/** The file formats content/sources/ takes: `.txt` for the text path, the rest through an importer (src/import/import-source.ts). */
export const IMPORTED_EXTENSIONS = ['.pdf', '.docx', '.html', '.htm'] as const;
export const SOURCE_EXTENSIONS = ['.txt', ...IMPORTED_EXTENSIONS];

const extension = (name: string) => /\.[^./]*$/.exec(name)?.[0].toLowerCase() ?? '';
export const isSourceFile = (name: string): boolean => SOURCE_EXTENSIONS.includes(extension(name));
export const isImported = (name: string): boolean => (IMPORTED_EXTENSIONS as readonly string[]).includes(extension(name));
/** `.htm` and `.html`, … as the format's name (`HTML`, `PDF`, `DOCX`). */
export const formatName = (name: string): string => extension(name).slice(1).replace(/^htm$/, 'html').toUpperCase();
