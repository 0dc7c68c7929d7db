// iam-policy.json must grant exactly the AWS operations src/ can call, and only read-only ones.
// Adding an SDK command to src/ without its permission (or leaving a stale one) fails here.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { iamAction } from '../../src/aws/aws-errors.js';

// Operations that need no permission in the scanned account's role policy.
const NOT_IN_POLICY: Record<string, string> = {
  'sts:GetCallerIdentity': 'always allowed, cannot be denied by IAM',
  'sts:AssumeRoleWithWebIdentity': "governed by the role's trust policy, not its permissions",
};
const READ_ONLY = /^[a-z0-9-]+:(Describe|List|Get|BatchGet|Filter|StartQuery|StopQuery|GetQueryResults)[A-Za-z]*$/;

// The service name an SDK package's client class uses (client-ecs -> ECSClient -> ECS), read from
// the installed package, so a new service's package needs no entry here.
function sdkServiceOf(pkg: string): string {
  const types = join('node_modules', '@aws-sdk', pkg, 'dist-types');
  const client = readdirSync(types)
    .map((name) => /^([A-Za-z0-9]+)Client\.d\.ts$/.exec(name)?.[1])
    .find(Boolean);
  if (!client) throw new Error(`${types}: no <Service>Client.d.ts, cannot name ${pkg}'s IAM prefix`);
  return client;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function operationsCalledBySrc(): Set<string> {
  const actions = new Set<string>();
  const importPattern = /import\s*(?:type\s*)?\{([^}]+)\}\s*from\s*'@aws-sdk\/(client-[a-z0-9-]+)'/g;
  for (const file of sourceFiles('src')) {
    for (const [, names, pkg] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const service = sdkServiceOf(pkg!);
      for (const name of names!.split(',').map((n) => n.trim())) {
        const command = /^([A-Z][A-Za-z0-9]+)Command$/.exec(name);
        if (command) actions.add(iamAction(service, command[1]!));
      }
    }
  }
  return actions;
}

describe('least-privilege IAM policy', () => {
  const policy = JSON.parse(readFileSync('iam-policy.json', 'utf8')) as { Statement: Array<{ Effect: string; Action: string[]; Resource: string }> };
  const granted = policy.Statement.flatMap((s) => s.Action);

  it('grants every operation the code calls, and nothing else', () => {
    const needed = [...operationsCalledBySrc()].filter((a) => !(a in NOT_IN_POLICY)).sort();
    expect(needed.length).toBeGreaterThan(0);
    expect([...granted].sort()).toEqual(needed);
  });

  it("grants only read-only actions, with no wildcards, and AssumeRole only on the member accounts' monitoring role", () => {
    const [readOnly, ...others] = policy.Statement;
    for (const action of readOnly!.Action) {
      expect(action).toMatch(READ_ONLY);
      expect(action).not.toContain('*');
    }
    // [account:NAME] scans: the hub assumes one named role in each member account, nothing else.
    expect(others).toEqual([{ Sid: 'AssumeMemberAccountRoles', Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: 'arn:aws:iam::*:role/aws-monitor-readonly' }]);
    expect(policy.Statement.every((s) => s.Effect === 'Allow')).toBe(true);
  });
});
