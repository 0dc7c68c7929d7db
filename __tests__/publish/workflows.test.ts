// The GitHub workflows cannot run here, so they are checked the way GitHub and actionlint would:
// GitHub's own parser (@actions/workflow-parser: schema, expressions, job graph), then the rules
// this project holds its workflows to (pinned actions, least privilege, no expression pasted into
// a shell script, references that resolve, shell that parses), then what each workflow is for.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse } from 'yaml';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  'runs-on': string;
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  needs?: string | string[];
  if?: string;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));
const text = (file: string) => readFileSync(join(DIR, file), 'utf8');
const workflow = (file: string) => parse(text(file)) as Workflow;
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

/** Every step of every job, with where it is for messages. */
function steps(file: string): Array<{ where: string; job: Job; jobId: string; step: Step; index: number }> {
  return Object.entries(workflow(file).jobs).flatMap(([jobId, job]) =>
    job.steps.map((step, index) => ({ where: `${file} ${jobId} step ${index + 1}${step.name ? ` (${step.name})` : ''}`, job, jobId, step, index })),
  );
}

async function parserErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !result.value) return errors;
  const template = await convertWorkflowTemplate(result.context, result.value);
  return (template.errors ?? []).map((e) => e.Message);
}

describe('workflow checks', () => {
  it('finds the workflows', () => {
    expect(files.sort()).toEqual(['ci.yml', 'image.yml', 'publish.yml', 'release.yml']);
  });

  it("catch what GitHub's parser rejects (a test of the check itself)", async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    timeout-minutes: soon\n    steps:\n      - run: echo ${{ github.sha }\n';
    expect(await parserErrors('broken.yml', broken)).toEqual([expect.stringContaining("Unexpected value 'soon'"), expect.stringContaining('The expression is not closed')]);
    const dangling =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: "true"\n  b:\n    runs-on: ubuntu-24.04\n    needs: build\n    steps:\n      - run: "true"\n';
    expect(await parserErrors('dangling.yml', dangling)).toEqual([expect.stringMatching(/build/)]);
  });
});

describe.each(files)('%s', (file) => {
  it("passes GitHub's workflow parser: schema, expressions and job graph", async () => {
    expect(await parserErrors(file, text(file))).toEqual([]);
  });

  it('pins every action it uses to a full commit SHA, with the version in a comment', () => {
    const uses = [...text(file).matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)].filter(([, target]) => !target!.startsWith('./'));
    expect(uses.length).toBeGreaterThan(0);
    for (const [line, target, rest] of uses) {
      expect([line.trim(), /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(target!) && /^\s+# v\d+\.\d+\.\d+$/.test(rest!)]).toEqual([line.trim(), true]);
    }
  });

  it('asks for least privilege: read-only or no token by default, writes only in the jobs that need them', () => {
    const { permissions, jobs } = workflow(file);
    expect(permissions).toBeDefined();
    for (const value of Object.values(permissions ?? {})) expect(value).not.toBe('write');
    // A checkout keeps the token in .git/config unless told not to: only jobs that push may keep it.
    for (const { where, job, step } of steps(file).filter((s) => s.step.uses?.startsWith('actions/checkout@'))) {
      if (job.permissions?.contents !== 'write') expect([where, step.with?.['persist-credentials']]).toEqual([where, false]);
    }
    for (const [id, job] of Object.entries(jobs)) expect([id, typeof job['timeout-minutes']]).toEqual([id, 'number']);
  });

  it('passes expressions to scripts through env, never pasted into the script', () => {
    // ${{ }} in run: is expanded before bash parses it: a branch name or title becomes code.
    for (const { where, step } of steps(file).filter((s) => s.step.run)) expect([where, step.run!.includes('${{')]).toEqual([where, false]);
  });

  it('has shell scripts that bash can parse and npm scripts that exist', () => {
    for (const { where, step } of steps(file).filter((s) => s.step.run)) {
      const syntax = spawnSync('bash', ['-n'], { input: step.run!, encoding: 'utf8' });
      expect([where, syntax.status, syntax.stderr]).toEqual([where, 0, '']);
      for (const [, script] of step.run!.matchAll(/\bnpm run (?:--silent )?([\w:-]+)/g)) expect([where, scripts]).toEqual([where, expect.arrayContaining([script])]);
    }
  });

  it('refers only to steps that ran before it, and to inputs and outputs our action.yml declares', () => {
    for (const [jobId, job] of Object.entries(workflow(file).jobs)) {
      job.steps.forEach((step, index) => {
        const earlier = new Map(
          job.steps
            .slice(0, index)
            .filter((s) => s.id)
            .map((s) => [s.id!, s]),
        );
        for (const [, id, output] of JSON.stringify(step).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          expect([jobId, index + 1, id, earlier.has(id!)]).toEqual([jobId, index + 1, id, true]);
          if (earlier.get(id!)?.uses === './') expect(Object.keys(action.outputs)).toContain(output);
        }
        if (step.uses === './') for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
      });
    }
  });

  it('runs npm on Node 24, the runtime the Action declares', () => {
    for (const [jobId, job] of Object.entries(workflow(file).jobs)) {
      const firstNpm = job.steps.findIndex((s) => /(^|\n|&& )npm /.test(s.run ?? ''));
      if (firstNpm === -1) continue;
      const setup = job.steps
        .slice(0, firstNpm)
        .filter((s) => s.uses?.startsWith('actions/setup-node@'))
        .at(-1);
      expect([jobId, setup?.with?.['node-version']]).toEqual([jobId, 24]);
    }
  });
});

describe("the workflows' jobs", () => {
  const run = (file: string) =>
    steps(file)
      .map((s) => s.step.run ?? '')
      .join('\n');

  it('CI: lint, type check, the dist check and the tests on pushes to main and on pull requests', () => {
    expect(Object.keys(workflow('ci.yml').on).sort()).toEqual(['pull_request', 'push']);
    for (const command of ['npm run lint', 'npm run typecheck', 'npm run check-dist', 'npm test']) expect(run('ci.yml')).toContain(command);
    expect(run('image.yml')).toContain('npm run test:image');
  });

  it('CI: runs the Action with uses: ./ against the emulator and checks what it reported', () => {
    const job = workflow('ci.yml').jobs.action!;
    const ours = job.steps.find((s) => s.uses === './')!;
    expect(ours.env?.AWS_ENDPOINT_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(job.steps.map((s) => s.run ?? '').join('\n')).toMatch(/moto_server -H 127\.0\.0\.1/);
    expect(JSON.stringify(job.steps.at(-1))).toContain(`steps.${ours.id}.outputs.status`);
  });

  it('image: builds amd64 and arm64 on every change, pushes only a published release', () => {
    const { on, jobs } = workflow('image.yml');
    expect(on.release).toEqual({ types: ['published'] });
    const build = jobs.build!.steps.find((s) => s.uses?.startsWith('docker/build-push-action@'))!;
    expect(build.with).toMatchObject({ platforms: 'linux/amd64,linux/arm64', push: "${{ github.event_name == 'release' }}" });
    expect(String(build.with?.['build-args'])).toMatch(/VERSION=.*\nREVISION=\$\{\{ github\.sha \}\}\nSOURCE=/);
  });

  it('release: a version pull request from the changesets, then a tag and a draft release', () => {
    const { jobs } = workflow('release.yml');
    const version = jobs['version-pr']!.steps.find((s) => s.uses?.startsWith('changesets/action/version@'))!;
    expect(version.with?.script).toBe('npm run version-packages');
    expect(jobs.draft!.steps.map((s) => s.run ?? '').join('\n')).toMatch(/git tag -a "v\$VERSION"[\s\S]*gh release create "v\$VERSION" --draft/);
  });

  it('publish: moves the major tag and publishes to npm with provenance, on a published release', () => {
    const { on, jobs } = workflow('publish.yml');
    expect(on).toEqual({ release: { types: ['published'] } });
    expect(run('publish.yml')).toMatch(/major=\$\{TAG%%\.\*\}[\s\S]*git push --force origin "refs\/tags\/\$major"/);
    expect(run('publish.yml')).toContain('npm publish');
    expect(run('publish.yml')).toContain('--provenance');
    expect(jobs.npm!.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });
});

describe('action.yml', () => {
  it("passes GitHub's action parser", () => {
    const result = parseAction({ name: 'action.yml', content: readFileSync('action.yml', 'utf8') }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });
});

describe('dependabot.yml', () => {
  const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
    version: number;
    updates: Array<{ 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, { patterns?: string[] }> }>;
  };
  const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm')!;

  it('updates npm packages, the actions and the image base weekly', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['docker', 'github-actions', 'npm']);
    for (const update of config.updates) expect(update).toMatchObject({ directory: '/', schedule: { interval: 'weekly' } });
  });

  it('moves every AWS SDK package of package.json in one grouped pull request', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>;
    const sdk = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => /^@(aws-sdk|smithy)\//.test(name));
    expect(sdk.length).toBeGreaterThan(5);
    const patterns = npm.groups?.['aws-sdk']?.patterns ?? [];
    const inGroup = (name: string) => patterns.some((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name));
    expect(sdk.filter((name) => !inGroup(name))).toEqual([]);
  });
});
