// Validates a JSON report against schemas/report.schema.json, the schema the README documents.

export { reportSchemaErrors as schemaErrors } from '../../src/report/report-schema.js';
