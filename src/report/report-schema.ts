// The JSON report's schema (schemas/report.schema.json, the one the README documents), compiled
// once: `aws-monitor merge` checks every report it is given against it before trusting a field.

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from '../../schemas/report.schema.json' with { type: 'json' };

let validate: ReturnType<Ajv2020['compile']> | undefined;

/** The schema's complaints about a report, as "path: message"; empty when it is valid. */
export function reportSchemaErrors(report: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validate = ajv.compile(schema);
  }
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}
