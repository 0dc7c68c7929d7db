// Reads the AWS log examples copied into __tests__/fixtures/aws-logs (provenance and licences in
// that folder's SOURCE.md). Multi-line files separate excerpts with a line holding exactly `%%`.

import { readFileSync } from 'node:fs';

export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../../fixtures/aws-logs/${name}`, import.meta.url), 'utf8');
}

/** One entry per non-empty line (ALB, WAF). */
export function fixtureLines(name: string): string[] {
  return fixtureText(name)
    .split('\n')
    .filter((line) => line !== '');
}

/** The excerpts of a `%%`-separated file, each as its lines (trailing empty line dropped). */
export function fixtureBlocks(name: string): string[][] {
  return fixtureText(name)
    .replace(/\n$/, '')
    .split('\n%%\n')
    .map((block) => block.split('\n'));
}
