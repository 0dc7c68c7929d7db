// The values the command line offers before any config is read: --format's choices and the region
// named in --region's help. Apart from the settings table (schema.ts, settings.ts), which load the
// validator library, so that parsing the command line and --help, --version stay light.

export const OUTPUT_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The region scanned when nothing names one (the [aws] region row's default). */
export const DEFAULT_REGION = 'us-east-2';
