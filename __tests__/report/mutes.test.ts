import type { MuteRule } from '../../src/config/schema.js';
import { finishReport } from '../../src/report/finish-report.js';
import type { Finding } from '../../src/report/model.js';
import { applyMutes, globMatches, staleMutes } from '../../src/report/mutes.js';
import { renderMarkdown } from '../../src/renderers/markdown.js';
import { renderText } from '../../src/renderers/text.js';
import { aFinding, anEcsService, aReport, NOW } from '../support/builders.js';

const where = { account: '123456789012', region: 'us-east-2' };
const standby = aFinding({
  id: 'rds_not_multi_az:rds:instance:orders-db',
  kind: 'rds_not_multi_az',
  severity: 'high',
  resource: { type: 'rds:instance', id: 'orders-db', ...where },
  title: 'no standby',
});
const down = aFinding({
  id: 'ecs_service_tasks_below_desired:ecs:service:pp-web-production/checkout',
  severity: 'critical',
  resource: { type: 'ecs:service', id: 'pp-web-production/checkout', ...where },
  title: '0 of 2 tasks running',
});
const aMute = (overrides: Partial<MuteRule> = {}): MuteRule => ({
  name: 'orders-standby',
  finding: 'rds_not_multi_az:*:orders-*',
  accounts: [],
  regions: [],
  tags: [],
  reason: 'single-AZ by design',
  until: '2026-12-31',
  ...overrides,
});
const reportWith = (findings: Finding[]) => aReport({ findings, status: 'failing', resources: [anEcsService({}, { account: where.account, tags: { team: 'payments' } })] });

describe('finding id globs', () => {
  it.each([
    ['rds_not_multi_az:*', 'rds_not_multi_az:rds:instance:orders-db', true],
    ['*:orders-db', 'rds_not_multi_az:rds:instance:orders-db', true],
    ['RDS_NOT_MULTI_AZ:rds:instance:orders-d?', 'rds_not_multi_az:rds:instance:orders-db', true],
    ['rds_not_multi_az:rds:instance:orders', 'rds_not_multi_az:rds:instance:orders-db', false],
    ['*a*a*a*a*a*b', 'a'.repeat(5_000), false],
  ])('%s matches %s: %s', (glob, id, expected) => {
    expect(globMatches(glob, id)).toBe(expected);
  });
});

describe('mutes', () => {
  it('move a matching finding out of the findings, with the mute name, reason and end', () => {
    const muted = applyMutes(reportWith([down, standby]), [aMute()]);
    expect(muted.findings.map((f) => f.id)).toEqual([down.id]);
    expect(muted.muted).toEqual([{ finding: standby, mute: { name: 'orders-standby', reason: 'single-AZ by design', until: '2026-12-31' } }]);
    expect(muted.mutes).toEqual([expect.objectContaining({ name: 'orders-standby', state: 'active', matched: 1 })]);
  });

  it('take muted findings out of the verdict and the counts', () => {
    const finished = finishReport(reportWith([standby]), { mutes: [aMute()] });
    expect(finished.status).toBe('healthy');
    const text = renderText(finished, { minSeverity: 'info' });
    expect(text).toContain('HEALTHY: no findings');
    expect(text).toMatch(
      /MUTED\n {2}- high rds:instance orders-db: no standby\n {4}muted by orders-standby until 2026-12-31: single-AZ by design\n {4}id: rds_not_multi_az:rds:instance:orders-db\n/,
    );
  });

  it('stop after their last day, and the report says the mute expired', () => {
    const finished = finishReport(reportWith([standby]), { mutes: [aMute({ until: '2026-11-24' })] });
    expect(finished.status).toBe('failing');
    expect(finished.muted).toEqual([]);
    expect(finished.mutes).toEqual([expect.objectContaining({ state: 'expired', matched: 1 })]);
    expect(renderText(finished, { minSeverity: 'info' })).toContain('- expired: mute orders-standby ended 2026-11-24; 1 finding it matched is reported again');
    // The last day itself is still muted (until is inclusive, UTC).
    expect(applyMutes(reportWith([standby]), [aMute({ until: NOW.toISOString().slice(0, 10) })]).muted).toHaveLength(1);
  });

  it('report a mute that matched nothing as stale', () => {
    const finished = finishReport(reportWith([down]), { mutes: [aMute()] });
    expect(staleMutes(finished).map((m) => m.name)).toEqual(['orders-standby']);
    expect(renderText(finished, { minSeverity: 'info' })).toContain('- stale: mute orders-standby matched no finding');
    expect(renderMarkdown(finished, { minSeverity: 'info' })).toContain('stale mutes (matched nothing): orders-standby');
  });

  it('narrow by account (id or configured name), region and resource tags, all of them', () => {
    const report = reportWith([down]);
    const named = { ...report, scopes: [{ ...report.scopes[0]!, accountName: 'prod' }] };
    const glob = down.id.replace('checkout', '*');
    expect(applyMutes(named, [aMute({ finding: glob, accounts: ['prod'] })]).muted).toHaveLength(1);
    expect(applyMutes(named, [aMute({ finding: glob, accounts: ['999*'] })]).muted).toHaveLength(0);
    expect(applyMutes(named, [aMute({ finding: glob, regions: ['eu-*'] })]).muted).toHaveLength(0);
    expect(applyMutes(named, [aMute({ finding: glob, tags: [{ key: 'team', value: 'payments' }] })]).muted).toHaveLength(1);
    expect(applyMutes(named, [aMute({ finding: glob, tags: [{ key: 'team', value: 'payments' }, { key: 'tier' }] })]).muted).toHaveLength(0);
  });

  it('mute a related finding on its own, leaving the finding it was merged under', () => {
    const merged = { ...down, related: [standby] };
    const muted = applyMutes(reportWith([merged]), [aMute()]);
    expect(muted.findings).toEqual([down]);
    expect(muted.muted?.map((m) => m.finding.id)).toEqual([standby.id]);
  });

  it('leave a report without mutes as it was', () => {
    const report = reportWith([down]);
    expect(applyMutes(report, [])).toBe(report);
  });
});
