// The GitHub Action adapter: inputs -> config -> credentials -> runScan -> summary, outputs, exit.
// The only code that imports @actions/core.

import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { join, resolve } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { describeAwsError, isUnreachable } from '../aws/aws-errors.js';
import { CallCounter } from '../aws/call-counter.js';
import { ClientFactory } from '../aws/clients.js';
import { COLLECTORS } from '../services/registry.js';
import { resolveProfile } from '../config/aws-profile.js';
import { findCredentials } from '../config/credentials.js';
import { DEFAULT_GITHUB_API_URL } from '../config/github-api-url.js';
import { loadConfig } from '../config/load.js';
import type { ScanConfig } from '../config/schema.js';
import { detectorCatalog } from '../detectors/registry.js';
import { UserError } from '../errors.js';
import { parseBaselineReport } from '../report/baseline-report.js';
import { finishReport } from '../report/finish-report.js';
import { isAtLeast, type CoverageGap, type Report, type Severity } from '../report/model.js';
import { describeRegionSource } from '../report/scope-description.js';
import { renderReport } from '../renderers/registry.js';
import { clientsForConfig } from '../aws/clients-for-config.js';
import { scanAccounts } from '../scan-accounts.js';
import { VERSION } from '../version.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { gateExitCode, type GateReport } from '../gate/gate-report.js';
import { parseGateRequest } from '../gate/gate-request.js';
import { runGate, type GateRequest } from '../gate/run-gate.js';
import { renderGate } from '../renderers/gate.js';
import { assumeRoleWithOidc } from './oidc.js';
import { validateArtifactName } from './artifact-name.js';
import { notificationSecrets, notifyAfterReport } from '../notify/dispatch.js';
import { describeSync, syncGithubIssues } from '../github-issues/sync-issues.js';
import { readPreviousReport } from './previous-report.js';

export interface ActionDeps {
  env: Record<string, string | undefined>;
  now: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** The GitHub REST API client for `baseline: previous` (default: the global fetch). */
  fetch?: typeof fetch;
}

export async function run(deps: ActionDeps = { env: process.env, now: () => new Date() }): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    if (!Number.isInteger(inputs.roleDurationSeconds) || inputs.roleDurationSeconds < 900 || inputs.roleDurationSeconds > 43_200) {
      throw new UserError('input role-duration-seconds: must be a whole number from 900 to 43200');
    }
    // Checked before the scan spends any AWS calls.
    if (inputs.artifactName) validateArtifactName(inputs.artifactName);
    const gate = inputs.mode === 'gate' ? gateRequest(inputs, deps.now()) : undefined;
    const workspace = deps.env.GITHUB_WORKSPACE ?? process.cwd();
    const loaded = loadConfig({
      ...(inputs.configPath ? { configPath: inputs.configPath } : {}),
      cwd: workspace,
      env: deps.env,
      overrides: inputs.overrides,
      now: deps.now(),
      catalog: { services: COLLECTORS.map((c) => c.id), detectors: detectorCatalog() },
    });
    maskConfigSecrets(loaded, deps.env);
    // aws-region empty: config.ini, AWS_REGION (configure-aws-credentials sets it), the profile's region, then the default.
    const config = resolveProfile(loaded, deps.env);
    core.info(`Scanning ${config.region} (${describeRegionSource(config.regionSource)}).`);

    const counter = new CallCounter();
    const clientOptions = {
      region: config.region,
      ...(config.endpointUrl ? { endpointUrl: config.endpointUrl } : {}),
      maxAttempts: config.maxAttempts,
      requestTimeoutMs: config.requestTimeoutMs,
    };
    let credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
    if (inputs.roleToAssume) {
      const stsFactory = new ClientFactory(clientOptions, counter);
      try {
        const assumed = await assumeRoleWithOidc({
          roleArn: inputs.roleToAssume,
          sessionName: inputs.roleSessionName,
          durationSeconds: inputs.roleDurationSeconds,
          getIdToken: (audience) => core.getIDToken(audience),
          clients: stsFactory,
          ...(deps.sleep ? { sleep: deps.sleep } : {}),
        });
        for (const value of [assumed.accessKeyId, assumed.secretAccessKey, assumed.sessionToken]) if (value) core.setSecret(value);
        core.info(`Assumed ${inputs.roleToAssume} with the job's OIDC token.`);
        credentials = assumed;
      } finally {
        stsFactory.destroy();
      }
    } else {
      const found = await findCredentials(config, deps.env);
      if (!found) {
        throw new UserError('no AWS credentials: set the role-to-assume input (and give the job "permissions: id-token: write"), or configure credentials in an earlier step');
      }
      credentials = found.provider;
    }

    // The OIDC exchange's call counts toward the first scan, as it did when there was one.
    let oidcCounted = false;
    const configured = clientsForConfig(config, credentials);
    const clientsFor: typeof configured = (region, scopeCounter, assumed) => {
      if (!oidcCounted) {
        scopeCounter.absorb(counter);
        oidcCounted = true;
      }
      return configured(region, scopeCounter, assumed);
    };
    if (gate) {
      const clients = clientsFor(config.region, new CallCounter());
      let report: GateReport;
      try {
        report = await inGroup('aws-monitor gate: progress', (progress) => runGate({ clients, now: deps.now, version: VERSION, progress }, config, gate));
      } finally {
        clients.destroy();
      }
      await publishGate(report, deps.env, inputs.artifactName);
      return;
    }
    // The previous run's report is read before the scan: a bad baseline path fails in a second.
    const baseline = await readBaseline(inputs, workspace, deps);
    const scanned: Report = await inGroup('aws-monitor: progress', (progress) => scanAccounts({ clientsFor, now: deps.now, version: VERSION, progress }, config));
    const withGap = 'gap' in baseline ? { ...scanned, coverage: [...scanned.coverage, baseline.gap] } : scanned;
    const report = finishReport(withGap, {
      mutes: config.mutes,
      ...('report' in baseline ? { baseline } : {}),
      ...(config.output.failOnNew ? { failOnNew: config.output.failOnNew } : {}),
    });
    await notifyAndTrack(report, config, inputs, deps.env);
    await publish(report, config, deps.env, inputs.artifactName);
  } catch (error) {
    if (error instanceof UserError) core.setFailed(error.message);
    else if ((error as Error)?.name === 'CredentialsUnusableError') core.setFailed(`AWS rejected the credentials: ${(error as Error).message}`);
    else if (isUnreachable(error)) core.setFailed(`could not reach AWS: ${describeAwsError(error)}`);
    else core.setFailed(`unexpected error: ${(error as Error)?.message ?? String(error)}`);
  }
}

/**
 * The baseline input: none; `previous`, this workflow's last completed run's report artifact (a
 * missing one is a coverage gap); or a JSON report in the workspace (a bad one fails the step).
 */
async function readBaseline(inputs: ActionInputs, workspace: string, deps: ActionDeps): Promise<{ report: Report; source: string } | { gap: CoverageGap } | { none: true }> {
  if (inputs.baseline === '') return { none: true };
  if (inputs.baseline === 'previous') {
    if (!inputs.artifactName) throw new UserError("input baseline: previous needs artifact-name: the previous run's report is read from that artifact");
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const previous = await readPreviousReport({ env: deps.env, token: inputs.githubToken, artifactName: inputs.artifactName, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
    if ('report' in previous) core.info(`Comparing with the report of ${previous.source}.`);
    else core.info(`No baseline: ${previous.gap.reason}.`);
    return previous;
  }
  const path = resolve(workspace, inputs.baseline);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`input baseline: cannot read ${inputs.baseline}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return { report: parseBaselineReport(text, inputs.baseline), source: inputs.baseline };
}

/**
 * Prints text that quotes AWS and log lines with workflow commands off: the runner treats any line
 * starting with `::` as a command (`::add-mask::` hides text, `::stop-commands::` would silence our
 * own annotations, `::warning file=...::` forges one). GitHub's stop-commands with a token nobody
 * can guess turns them off until the token is echoed back.
 */
function echoInert(text: string): void {
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}${EOL}`);
  core.info(text);
  process.stdout.write(`::${token}::${EOL}`);
}

/** The run's progress in the log, folded into one collapsible group: visible while it runs, one line after. */
async function inGroup<T>(title: string, work: (progress: (message: string) => void) => Promise<T>): Promise<T> {
  core.startGroup(title);
  const started = Date.now();
  try {
    return await work((message) => core.info(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`));
  } finally {
    core.endGroup();
  }
}

/** mode: gate needs a cluster and a service; durations and the deploy time are checked before any AWS call. */
function gateRequest(inputs: ActionInputs, now: Date): GateRequest {
  if (!inputs.cluster || !inputs.service) throw new UserError('mode gate: set the cluster and service inputs');
  return parseGateRequest(inputs, (setting) => `input ${setting}`, now);
}

/** The gate's report in the log, the job summary and the artifact; outputs verdict and score; fails the step on a failed gate. */
async function publishGate(report: GateReport, env: Record<string, string | undefined>, artifactName: string): Promise<void> {
  const text = renderGate('text', report);
  echoInert(text);
  const { reportPath, jsonPath, htmlPath, directory } = writeReportFiles(env, 'gate', text, renderGate('json', report), renderGate('html', report));
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderGate('markdown', report)).addRaw(runLink(), true).write();
  core.setOutput('verdict', report.result.verdict);
  core.setOutput('score', report.result.score);
  core.setOutput('report-path', reportPath);
  core.setOutput('json-path', jsonPath);
  core.setOutput('html-path', htmlPath);
  core.setOutput('api-calls', report.apiCalls.total);
  await uploadArtifact(artifactName, [reportPath, jsonPath, htmlPath], directory);
  // Inconclusive fails the step too: a deploy is never passed on no evidence (the verdict output tells it apart).
  if (gateExitCode(report) !== 0) core.setFailed(`deploy gate ${report.result.verdict}: ${report.result.reasons[0] ?? `score ${report.result.score}`}`);
}

/** Notifications and GitHub issues, after the scan and before the report is published: their failures are coverage gaps it shows. */
async function notifyAndTrack(report: Report, config: ScanConfig, inputs: ActionInputs, env: Record<string, string | undefined>): Promise<void> {
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const notified = await notifyAfterReport(report, config.notify, { env, version: VERSION, ...(runUrl ? { runUrl } : {}) });
  for (const line of notified.info) core.info(line);
  for (const line of notified.warnings) core.warning(line);
  if (inputs.githubIssues) {
    core.setSecret(inputs.githubIssues.token);
    const repository = env.GITHUB_REPOSITORY ?? '';
    const synced = await syncGithubIssues(report, {
      ...inputs.githubIssues,
      repository,
      apiUrl: env.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
      version: VERSION,
      ...(runUrl ? { runUrl } : {}),
    });
    report.coverage.push(...synced.gaps);
    core.info(describeSync(synced, repository));
    for (const gap of synced.gaps) core.warning(`GitHub issues: ${gap.scope}: ${gap.reason}`);
  }
}

function maskConfigSecrets(config: ScanConfig, env: Record<string, string | undefined> = process.env): void {
  const c = config.credentials;
  // Webhook URLs, routing keys and signing secrets: masked in the log before anything is sent.
  for (const value of notificationSecrets(config.notify ?? [], env)) core.setSecret(value);
  for (const value of [c?.accessKeyId, c?.secretAccessKey, c?.sessionToken, ...config.accounts.map((a) => a.externalId), config.organization?.externalId]) {
    if (value) core.setSecret(value);
  }
}

async function publish(report: Report, config: ScanConfig, env: Record<string, string | undefined>, artifactName: string): Promise<void> {
  const text = renderReport('text', report, config.output);
  echoInert(config.output.format === 'text' ? text : renderReport(config.output.format, report, config.output));

  const { reportPath, jsonPath, htmlPath, directory } = writeReportFiles(
    env,
    'report',
    text,
    renderReport('json', report, config.output),
    renderReport('html', report, config.output),
  );

  annotate(report, config.output.minSeverity.annotations, report.failOn);
  if (env.GITHUB_STEP_SUMMARY)
    await core.summary
      .addRaw(renderReport('markdown', report, config.output))
      .addRaw(runLink(), true)
      .write();
  const count = (severity: 'critical' | 'high') => report.findings.filter((f) => f.severity === severity).length;
  core.setOutput('status', report.status);
  if (report.statusReason) core.setOutput('status-reason', report.statusReason);
  core.setOutput('findings', report.findings.length);
  if (report.baseline) {
    core.setOutput('new', report.findings.filter((f) => f.change === 'new').length);
    core.setOutput('resolved', report.resolved?.length ?? 0);
  }
  core.setOutput('critical', count('critical'));
  core.setOutput('high', count('high'));
  core.setOutput('report-path', reportPath);
  core.setOutput('json-path', jsonPath);
  core.setOutput('html-path', htmlPath);
  core.setOutput('api-calls', report.apiCalls.total);

  // Uploaded before the step can fail on fail-on: a failing gate is when the report is wanted most.
  await uploadArtifact(artifactName, [reportPath, jsonPath, htmlPath], directory);

  if (report.status === 'failing' && report.failOnNew) {
    const failOnNew = report.failOnNew;
    const n = report.findings.filter((f) => f.change !== 'ongoing' && isAtLeast(f.severity, failOnNew)).length;
    core.setFailed(`${n} new finding${n === 1 ? '' : 's'} at or above ${failOnNew}${report.baseline ? '' : ' (no baseline: every finding is new)'}; see the job summary`);
  } else if (report.status === 'failing' && report.failOn !== 'never') {
    const failOn = report.failOn;
    const n = report.findings.filter((f) => isAtLeast(f.severity, failOn)).length;
    core.setFailed(`${n} finding${n === 1 ? '' : 's'} at or above ${failOn}; see the job summary`);
  } else if (report.status === 'unchecked') {
    core.setFailed(`could not check: ${report.statusReason ?? 'see the coverage gaps in the job summary'}`);
  } else if (report.status === 'empty' && !config.allowEmpty) {
    core.setFailed(`nothing in scope: ${report.statusReason ?? 'no resources found'}. If that is expected, set the allow-empty input (or [scan] allow_empty = true).`);
  }
}

/** The text, JSON and HTML reports as `<stem>.txt`, `<stem>.json` and `<stem>.html` under $RUNNER_TEMP/aws-monitor. */
function writeReportFiles(
  env: Record<string, string | undefined>,
  stem: string,
  text: string,
  json: string,
  html: string,
): { reportPath: string; jsonPath: string; htmlPath: string; directory: string } {
  const directory = join(env.RUNNER_TEMP ?? process.cwd(), 'aws-monitor');
  mkdirSync(directory, { recursive: true });
  const reportPath = join(directory, `${stem}.txt`);
  const jsonPath = join(directory, `${stem}.json`);
  const htmlPath = join(directory, `${stem}.html`);
  writeFileSync(reportPath, text);
  writeFileSync(jsonPath, json);
  writeFileSync(htmlPath, html);
  return { reportPath, jsonPath, htmlPath, directory };
}

/** Uploads the report files when an artifact name is set; a failed upload is a warning, not a failed step. */
async function uploadArtifact(artifactName: string, files: string[], directory: string): Promise<void> {
  if (!artifactName) return;
  // Loaded here: @actions/artifact and its Azure and zip dependencies add ~90 ms to every start.
  const { uploadReportArtifact } = await import('./artifact.js');
  const artifact = await uploadReportArtifact(artifactName, files, directory);
  if (artifact.uploaded) {
    core.info(`Uploaded the text, JSON and HTML reports as artifact ${artifact.name} (${artifact.size} bytes zipped).`);
    core.setOutput('artifact-id', artifact.id);
  } else {
    core.warning(`report artifact not uploaded: ${artifact.reason}`);
  }
}

// GitHub shows 10 annotations of each kind per step; the findings are ordered worst first.
const ANNOTATIONS = 10;

/**
 * The top findings as annotations on the run. Only findings at or above fail-on are errors (they
 * fail the step); below it, critical to medium are warnings and low and info notices, so a step
 * that passes shows no red.
 */
function annotate(report: Report, minSeverity: Severity, failOn: Severity | 'never'): void {
  for (const f of report.findings.filter((x) => isAtLeast(x.severity, minSeverity)).slice(0, ANNOTATIONS)) {
    const properties = { title: `aws-monitor ${f.severity}: ${f.resource.type} ${f.resource.id}` };
    const related = f.related?.length ? ` (and ${f.related.length} related finding${f.related.length === 1 ? '' : 's'} with the same cause)` : '';
    // The id (what a mute or a baseline matches) and the console page on lines of their own.
    const message = `${f.title}${related}${f.nextStep ? ` (next: ${f.nextStep})` : ''}\nid: ${f.id}${f.consoleUrl ? `\nconsole: ${f.consoleUrl}` : ''}`;
    if (failOn !== 'never' && isAtLeast(f.severity, failOn)) core.error(message, properties);
    else if (isAtLeast(f.severity, 'medium')) core.warning(message, properties);
    else core.notice(message, properties);
  }
}

/** "Workflow run #12 at abc1234", linked, so a summary copied elsewhere still says where it came from. */
function runLink(): string {
  // context.repo throws without GITHUB_REPOSITORY (a local run of the Action).
  if (!context.runId || !process.env.GITHUB_REPOSITORY) return '';
  const url = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`;
  return `<sub>[${context.workflow} run #${context.runNumber}](${url}) at ${context.sha.slice(0, 7)}</sub>`;
}
