/**
 * The tracker as a reader meets it on the project's content: the honesty
 * defects a reader's walk-through found, each checked where the pages read it.
 */
import { describe, expect, it } from 'vitest';
import { targetById, targetViews } from '../../src/views/target-views.ts';
import { projectSiteData } from '../helpers/content.ts';

const site = projectSiteData();
const view = (id: string) => targetById(site, id)!;

describe('the tracker on the project content', () => {
  it('fills a year column only with figures in the target’s own unit: no growth rate in the 亿元 column of GDP', () => {
    for (const v of targetViews(site)) expect(v.columns.filter((o) => o.unit !== undefined && o.unit !== v.target.unit)).toEqual([]);
    const gdp = view('gdp-total-2020');
    expect(gdp.observations.some((o) => o.display === '8.5%')).toBe(true);
    expect(gdp.columns.some((o) => o.display === '8.5%')).toBe(false);
  });

  it('shows the 2018 poverty rate as 0.99%, and the poverty-exit deadline as missed, quoting the 2019 plan', () => {
    const poverty = view('poverty-exit');
    expect(poverty.observations.map((o) => o.display)).toContain('0.99%');
    expect(poverty.observations.map((o) => o.display)).not.toContain('0.99年');
    expect(poverty.assessment.status).toBe('未达成');
    expect(poverty.assessment.reason).toContain('力争3.96万贫困人口脱贫');
  });

  it('reads 97.77% of 县以上城镇污水处理率 one way for both sewage targets', () => {
    expect(view('sewage-treatment').assessment.status).toBe(view('urban-sewage-treatment').assessment.status);
    expect(view('sewage-treatment').assessment.status).not.toBe('已达成');
  });

  it('shows a figure its source only bounds with the bound: 突破1600亿元 as 超过1600亿元, never 为1600亿元, and not as a miss', () => {
    const output = view('agri-processing-output');
    expect(output.observations.map((o) => o.display)).toEqual(['超过1600亿元']);
    expect(output.assessment.reason).toContain('2020年超过1600亿元');
    expect(output.assessment.reason).not.toContain('为1600');
    expect(output.assessment.status).not.toBe('未达成');
    expect(view('park-industry-share').observations.map((o) => o.display)).toEqual(['70%以上', '71.6%']);
  });
});
