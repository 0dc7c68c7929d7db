// Reading shapes the AWS SDK returns into ours: names out of ARNs, tag lists into records. Pure.

/** Last path part of an ARN: arn:aws:ecs:...:service/cluster/name -> name. */
export function nameFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

export function tagsToRecord(tags: ReadonlyArray<{ key?: string; value?: string; Key?: string; Value?: string }> | undefined): Record<string, string> {
  const record: Record<string, string> = {};
  for (const tag of tags ?? []) {
    const key = tag.key ?? tag.Key;
    if (key) record[key] = tag.value ?? tag.Value ?? '';
  }
  return record;
}
