// Just enough of a GitHub Actions runner to play the README's workflows: pick the jobs an event
// runs (their `if:`), evaluate `${{ }}` expressions in `with:` and `run:`, run our Action's step
// as the runner would (dist/, INPUT_* variables) and the shell steps with bash, honouring
// success()/always() after a failed step. Expressions: contexts (github, inputs, steps), string
// literals, ==, !=, !, &&, ||, parentheses, success(), failure(), always(). Anything else throws,
// which keeps the README's examples inside what is tested here.

import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import type { ActionRun } from './run-action.js';

type Value = string | boolean | null | undefined | Record<string, unknown>;

export interface Context {
  github: Record<string, unknown>;
  inputs: Record<string, string>;
  matrix: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: 'success' | 'failure' }>;
  /** Whether every step so far succeeded (for success() and failure()). */
  ok: boolean;
}

function tokenize(expression: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*('(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[A-Za-z_][\w.-]*(?:\(\))?)/y;
  let at = 0;
  while (at < expression.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(expression);
    if (!match) {
      if (expression.slice(at).trim() === '') break;
      throw new Error(`unsupported expression syntax at "${expression.slice(at)}" in "${expression}"`);
    }
    tokens.push(match[1]!);
    at = pattern.lastIndex;
  }
  return tokens;
}

function lookup(path: string, context: Context): Value {
  const [root, ...rest] = path.split('.');
  if (root !== 'github' && root !== 'inputs' && root !== 'steps' && root !== 'matrix') throw new Error(`unsupported context "${root}" in "${path}"`);
  let value: unknown = context[root];
  for (const key of rest) value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key];
  return value as Value;
}

function truthy(value: Value): boolean {
  return value !== '' && value !== false && value !== null && value !== undefined;
}

export function evaluate(expression: string, context: Context): Value {
  const tokens = tokenize(expression);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const primary = (): Value => {
    const token = next();
    if (token === undefined) throw new Error(`incomplete expression "${expression}"`);
    if (token === '(') {
      const value = or();
      if (next() !== ')') throw new Error(`missing ) in "${expression}"`);
      return value;
    }
    if (token === '!') return !truthy(primary());
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (token === 'success()') return context.ok;
    if (token === 'failure()') return !context.ok;
    if (token === 'always()') return true;
    if (token === 'true' || token === 'false') return token === 'true';
    if (token.endsWith('()')) throw new Error(`unsupported function ${token} in "${expression}"`);
    return lookup(token, context);
  };
  const comparison = (): Value => {
    let left = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const right = primary();
      // GitHub compares strings case-insensitively.
      const equal = String(left ?? '').toLowerCase() === String(right ?? '').toLowerCase();
      left = op === '==' ? equal : !equal;
    }
    return left;
  };
  const and = (): Value => {
    let left = comparison();
    while (peek() === '&&') {
      next();
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      next();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]}" in "${expression}"`);
  return value;
}

/** A string with `${{ }}` expressions replaced by their values. */
export function interpolate(text: string, context: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => {
    const value = evaluate(expression, context);
    return value === undefined || value === null ? '' : String(value);
  });
}

/** A step or job condition: an expression with or without `${{ }}`; steps default to success(). */
export function condition(text: string | undefined, context: Context): boolean {
  if (text === undefined) return context.ok;
  const bare = text.trim().replace(/^\$\{\{(.*)\}\}$/s, '$1');
  const usesStatus = /\b(success|failure|always|cancelled)\(\)/.test(bare);
  return truthy(evaluate(usesStatus ? bare : `success() && (${bare})`, context));
}

export interface WorkflowStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
}

export interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { if?: string; needs?: string | string[]; permissions?: Record<string, string>; strategy?: { matrix?: Record<string, unknown[]> }; steps: WorkflowStep[] }>;
}

/** Every ```yaml block of a markdown file that is a workflow (has `on:` and `jobs:`). */
export function workflowsIn(markdown: string): Workflow[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
    .map((m) => parse(m[1]!) as Workflow)
    .filter((doc) => doc && typeof doc === 'object' && 'jobs' in doc && 'on' in doc);
}

export interface StepResult {
  job: string;
  /** The matrix combination of the job that ran it. */
  matrix?: Record<string, string>;
  step: string;
  ran: boolean;
  /** Our Action's step: the bundled run. */
  action?: ActionRun;
  /** A run: step: its output. */
  shell?: { status: number | null; stdout: string };
}

export interface PlayOptions {
  github: Record<string, unknown>;
  inputs?: Record<string, string>;
  /** Whether a step uses our Action. */
  isOurs: (uses: string) => boolean;
  runOurs: (inputs: Record<string, string>, job: Workflow['jobs'][string]) => Promise<ActionRun>;
  /** Another action (actions/download-artifact...): what it does for this test; default nothing. */
  runOther?: (uses: string, inputs: Record<string, string>) => Promise<void>;
  /** Working directory and extra environment of run: steps. */
  shell?: { cwd: string; env: Record<string, string> };
}

/** Every combination of a job's matrix (one empty combination without one). */
function combinations(matrix: Record<string, unknown[]> | undefined): Array<Record<string, string>> {
  let out: Array<Record<string, string>> = [{}];
  for (const [key, values] of Object.entries(matrix ?? {})) {
    if (key === 'include' || key === 'exclude') throw new Error('matrix include/exclude: not supported by this test runner');
    out = out.flatMap((combo) => values.map((v) => ({ ...combo, [key]: String(v) })));
  }
  return out;
}

/** Runs the jobs the event selects, in order (so `needs` holds), every matrix combination, and returns what every step did. */
export async function playWorkflow(workflow: Workflow, options: PlayOptions): Promise<{ jobs: string[]; steps: StepResult[] }> {
  const ran: string[] = [];
  const failed = new Set<string>();
  const results: StepResult[] = [];
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const needs = job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
    // A job runs after the jobs it needs have run and succeeded (the default; always() is not modelled here).
    if (needs.some((need) => !ran.includes(need) || failed.has(need))) continue;
    let jobRan = false;
    for (const matrix of combinations(job.strategy?.matrix)) {
      const context: Context = { github: options.github, inputs: options.inputs ?? {}, matrix, steps: {}, ok: true };
      if (!condition(job.if, context)) continue;
      jobRan = true;
      for (const [index, step] of job.steps.entries()) {
        const label = step.id ?? step.name ?? `${index}`;
        const where = { job: name, step: label, ...(Object.keys(matrix).length ? { matrix } : {}) };
        if (!condition(step.if, context)) {
          results.push({ ...where, ran: false });
          continue;
        }
        const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), context)]));
        if (step.uses && options.isOurs(step.uses)) {
          const run = await options.runOurs(inputs, job);
          const outcome = run.status === 0 ? 'success' : 'failure';
          if (step.id) context.steps[step.id] = { outputs: run.outputs, outcome };
          if (outcome === 'failure') context.ok = false;
          results.push({ ...where, ran: true, action: run });
        } else if (step.run) {
          // The runner's default shell: bash -e -o pipefail.
          const shell = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', interpolate(step.run, context)], {
            encoding: 'utf8',
            ...(options.shell ? { cwd: options.shell.cwd, env: { ...process.env, ...options.shell.env } } : {}),
          });
          if (shell.status !== 0) context.ok = false;
          results.push({ ...where, ran: true, shell: { status: shell.status, stdout: shell.stdout + shell.stderr } });
        } else {
          await options.runOther?.(step.uses ?? '', inputs);
          results.push({ ...where, ran: true });
        }
      }
      if (!context.ok) failed.add(name);
    }
    if (jobRan) ran.push(name);
  }
  return { jobs: ran, steps: results };
}
