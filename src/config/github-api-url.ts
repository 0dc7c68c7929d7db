// GitHub's REST API root when GITHUB_API_URL is not set (GitHub Enterprise Server sets it): used by
// the Action and the CLI for issues and by the Action for the previous run's report.

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
