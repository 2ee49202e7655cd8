/**
 * Radio filters without JavaScript (RadioFilter.astro): a rule per filter
 * value that hides the items of a filter root (data-radio-filter) of another
 * value while that value's radio is checked. Pages link it in a <noscript>:
 * the :has() it needs makes Chromium re-match the whole root on each change
 * inside it, and with JavaScript src/client/radio-filter.ts does the same with
 * a class. Written from the lists the filters offer, so a new area, status or
 * glossary category is filtered too.
 */
import type { APIRoute } from 'astro';
import { GLOSSARY_CATEGORIES } from '../data/glossary-schema.ts';
import { targetSchema } from '../data/target-schema.ts';
import { PROJECT_STATES } from '../tracker/project-state.ts';
import { STATUSES } from '../tracker/status.ts';

const FILTERS = {
  area: targetSchema.shape.area.options.length,
  status: Math.max(STATUSES.length, PROJECT_STATES.length),
  category: GLOSSARY_CATEGORIES.length,
};

export const GET: APIRoute = () => {
  const hides = Object.entries(FILTERS).flatMap(([name, count]) =>
    Array.from(
      { length: count },
      (_, value) =>
        `[data-radio-filter]:has(input[name='${name}'][value='${value}']:checked) [data-${name}]:not([data-${name}='${value}'])`,
    ),
  );
  return new Response(`${hides.join(',\n')} {\n  display: none;\n}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
