// Across runs, against the emulator: finding ids that stay put, console links, mutes and what changed.

import { runScan } from '../../src/scan.js';
import { renderText } from '../../src/renderers/text.js';
import { allFindings } from '../../src/report/merge-related.js';
import type { Finding } from '../../src/report/model.js';
import { seedDemoAccount } from '../../tools/emulator/demo-account.js';
import { aConfig } from '../support/builders.js';
import { emulatorFactory, REGION, useEmulator } from '../support/emulator.js';

const emulator = useEmulator();

beforeAll(async () => {
  await seedDemoAccount({ endpoint: emulator().endpoint, region: REGION });
}, 60_000);

async function scan(now: () => Date = () => new Date(), config = aConfig()) {
  const clients = emulatorFactory(emulator().endpoint);
  try {
    return await runScan({ clients, now, version: 'test' }, config);
  } finally {
    clients.destroy();
  }
}

describe('finding ids across runs', () => {
  it('are equal for two runs of the same scenario, and hold no time, count or value', async () => {
    const ids = (findings: Finding[]) => allFindings(findings).map((f) => f.id).sort();
    const first = await scan();
    const second = await scan();
    expect(ids(first.findings).length).toBeGreaterThan(3);
    expect(ids(second.findings)).toEqual(ids(first.findings));
    for (const id of ids(first.findings)) expect(id).not.toMatch(/\d{4}-\d{2}-\d{2}|\d+(\.\d+)?%|\d+ of \d+/);
  });

  it('stay the same while a problem goes on, though its title and evidence change', async () => {
    const first = await scan();
    // Two hours on, the stuck stack and the short service have been so for longer (and are reported at last).
    const later = await scan(() => new Date(Date.now() + 2 * 3_600_000));
    const byId = new Map(allFindings(later.findings).map((f) => [f.id, f]));
    for (const finding of allFindings(first.findings)) expect(byId.has(finding.id)).toBe(true);
  });

  it('show in the text report with a console link to each resource', async () => {
    const report = await scan();
    const text = renderText(report, { minSeverity: 'info' });
    for (const finding of report.findings) {
      expect(text).toContain(`id: ${finding.id}`);
      expect(finding.consoleUrl).toMatch(new RegExp(`^https://${REGION}\\.console\\.aws\\.amazon\\.com/`));
      expect(text).toContain(finding.consoleUrl!);
    }
  });
});
