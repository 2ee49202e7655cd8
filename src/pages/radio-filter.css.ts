/**
 * The tracker's radio filters without JavaScript (RadioFilter.astro): a rule per
 * filter value that hides the `.tracker`'s items of another value while that
 * value's radio is checked. Pages link it in a <noscript>: the :has() it needs
 * makes Chromium re-match the whole tracker on each change inside it, and with
 * JavaScript src/client/radio-filter.ts does the same with a class. Written from
 * the lists the filters offer, so a new area or status is filtered too.
 */
import type { APIRoute } from 'astro';
import { targetSchema } from '../data/target-schema.ts';
import { PROJECT_STATES } from '../tracker/project-state.ts';
import { STATUSES } from '../tracker/status.ts';

const FILTERS = {
  area: targetSchema.shape.area.options.length,
  status: Math.max(STATUSES.length, PROJECT_STATES.length),
};

export const GET: APIRoute = () => {
  const hides = Object.entries(FILTERS).flatMap(([name, count]) =>
    Array.from(
      { length: count },
      (_, value) => `.tracker:has(input[name='${name}'][value='${value}']:checked) [data-${name}]:not([data-${name}='${value}'])`,
    ),
  );
  return new Response(`${hides.join(',\n')} {\n  display: none;\n}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
