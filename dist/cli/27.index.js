export const id = 27;
export const ids = [27];
export const modules = {

/***/ 9027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ redact)
});

// UNUSED EXPORTS: MARKER_PATTERN, REDACTION_RULES, marker

;// CONCATENATED MODULE: ./src/report/redaction/engine.ts
// Applies the redaction catalogue (rules.ts) to a text: each rule's matches are replaced by a marker
// naming the rule, `[redacted:<id>]`, so a reader knows what was there without seeing it.
//
// Speed: log lines rarely hold a secret, so one pass of a literal-only regex (every rule's keywords)
// decides whether any rule can match; only the rules whose keywords occur then run. Safety: every
// pattern is written to run in linear time (see rules.ts), and markers are never matched again, so
// redacting twice changes nothing.
/** The text that replaces a secret found by the rule with this id. */
function marker(id) {
    return `[redacted:${id}]`;
}
/** Matches a marker, e.g. to measure what redaction added to a text. */
const MARKER_PATTERN = /\[redacted:[a-z0-9-]+\]/g;
function escapeLiteral(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
/** Rejects, at start-up and in tests, a rule the engine could not apply safely. */
function checkRule(rule) {
    const { flags } = rule.pattern;
    if (!flags.includes('g') || !flags.includes('d'))
        throw new Error(`redaction rule ${rule.id}: pattern needs the g and d flags (got "${flags}")`);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(rule.id))
        throw new Error(`redaction rule ${rule.id}: id must be kebab-case`);
    if (rule.keywords.length === 0 || rule.keywords.some((k) => k.length === 0))
        throw new Error(`redaction rule ${rule.id}: needs at least one non-empty keyword`);
}
function markerSpans(text) {
    if (!text.includes('[redacted:'))
        return [];
    return [...text.matchAll(MARKER_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
}
/** Replaces every accepted match of one rule; the `secret` group alone when the pattern has one. */
function applyRule(rule, text) {
    const pattern = rule.pattern;
    const replacement = marker(rule.id);
    const markers = markerSpans(text);
    pattern.lastIndex = 0;
    let out = '';
    let copied = 0;
    let replaced = false;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
            pattern.lastIndex += 1;
            continue;
        }
        // A match never starts inside a marker ([redacted:aws-secret-key] is not a key named secret-key).
        if (markers.some(([start, end]) => m.index >= start && m.index < end)) {
            pattern.lastIndex = m.index + 1;
            continue;
        }
        const span = m.indices?.groups?.secret ?? m.indices?.[0];
        const secret = m.groups?.secret ?? m[0];
        if (!span || span[0] === span[1] || (rule.accept && !rule.accept(secret, m)))
            continue;
        out += text.slice(copied, span[0]) + replacement;
        copied = span[1];
        replaced = true;
    }
    return replaced ? out + text.slice(copied) : text;
}
/** A redactor applying the rules in order (specific shapes before the generic key=value ones). */
function createRedactor(rules) {
    for (const rule of rules)
        checkRule(rule);
    const ids = new Set();
    for (const rule of rules) {
        if (ids.has(rule.id))
            throw new Error(`redaction rule ${rule.id}: duplicate id`);
        ids.add(rule.id);
    }
    // One pass of a literal alternation finds the keywords present; it restarts one character after
    // each match so that overlapping keywords are found too, and a keyword wakes, with its own rules,
    // the rules of every keyword it contains (the alternation prefers the longest at a position).
    const keywords = [...new Set(rules.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
    const anyKeyword = new RegExp(keywords.map(escapeLiteral).join('|'), 'g');
    const wakes = new Map(keywords.map((keyword) => [keyword, rules.flatMap((rule, index) => (rule.keywords.some((k) => keyword.includes(k)) ? [index] : []))]));
    return (text) => {
        let awake;
        anyKeyword.lastIndex = 0;
        for (let m = anyKeyword.exec(text); m; m = anyKeyword.exec(text)) {
            awake ??= new Array(rules.length).fill(false);
            for (const index of wakes.get(m[0]))
                awake[index] = true;
            anyKeyword.lastIndex = m.index + 1;
        }
        if (!awake)
            return text;
        let out = text;
        for (let index = 0; index < rules.length; index += 1)
            if (awake[index])
                out = applyRule(rules[index], out);
        return out;
    };
}

;// CONCATENATED MODULE: ./src/report/redaction/rules.ts
// The redaction catalogue: every secret shape aws-monitor removes, one rule per shape, as data.
// Rules run in this order: private-key blocks and tokens of a documented vendor shape first (their
// marker names the vendor), then HTTP credentials and URLs with a password, then key=value pairs
// whose key names a secret (the key stays visible), then e-mail addresses.
//
// Every pattern must run in linear time on a hostile 256 KB line. The discipline that ensures it:
// - A pattern starts at a literal (`ghp_`, `://`, a key word) or behind a boundary lookbehind
//   (`(?<![A-Za-z0-9_-])eyJ`), so it is tried once per token, not once per character of a long run.
// - Inside a pattern, consecutive parts never compete for the same characters (a run of base64url is
//   followed by `.`, which the run cannot hold), so a failed attempt gives up in one pass.
// - Repetitions of groups are bounded or delimited by a character the group cannot hold.
// __tests__/properties/redaction.test.ts times every rule against adversarial lines.
//
// Fake example values are written in two parts (fake(prefix, rest)) so that secret scanners such as
// GitHub push protection do not flag this file.
/**
 * Where a token may start: not right after one of these characters, unless they end a JSON escape
 * (\n, \t, \r) whose letter would otherwise look like part of a word.
 */
function notAfter(characters) {
    return String.raw `(?:(?<![${characters}])|(?<=\\[nrt]))`;
}
/** \b before a token that starts with a letter or digit, JSON escapes included. */
const WORD_START = notAfter('A-Za-z0-9_');
function fake(prefix, rest) {
    return prefix + rest;
}
/** Random-looking: upper and lower case letters and digits, as generated keys are, and not a UUID. */
function looksGenerated(value) {
    if (value.length < 16 || /[^A-Za-z0-9+/=_-]/.test(value))
        return false;
    if (/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value))
        return false;
    return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
}
/** A value that says no secret is there: null, empty, a mask. Redacting it would hide that. */
function isPlaceholder(value) {
    return /^(?:null|nil|none|undefined|true|false|n\/a|-|\*+|x{3,}|<[^>]*>?|\$\{[^}]*\}?|\$\(.*)$/i.test(value.trim());
}
/** Base64 of `user:password`, as HTTP Basic authentication sends it (RFC 7617). */
function isBasicCredentials(value) {
    if (value.length % 4 === 1)
        return false;
    const decoded = Buffer.from(value, 'base64').toString('latin1');
    return decoded.length >= 3 && decoded.includes(':') && /^[\x20-\x7e]+$/.test(decoded);
}
/** An opaque bearer token rather than a word of prose ("Bearer authentication failed"). */
function isBearerToken(value) {
    return value.length >= 8 && /[0-9._~+/=-]/.test(value);
}
// ---------------------------------------------------------------------------------------------
// key=value pairs. A key is any identifier ending in one of a rule's words, in snake, kebab, dotted,
// camel, Pascal or upper case (DB_PASSWORD, PGPASSWORD, dbPassword, client-secret, X-Api-Key,
// spring.datasource.password); the separator is = : := => or %3D, with optional quotes, or the
// "value" of a {"name": …, "value": …} pair (ECS environment, tags, CloudFormation parameters); the value
// is quoted (every word, JSON-escaped or not) or runs to the next space, quote, & or closing bracket.
const KEY_CHAR = String.raw `A-Za-z0-9_.\-`;
const WORD_JOIN = String.raw `[_.\-]?`;
function capitalise(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
/** `secret access key` -> secret[_.-]?access[_.-]?key | SECRET…KEY | [sS]ecret[_.-]?Access[_.-]?Key */
function spellings(words) {
    const parts = words.split(' ');
    const first = parts[0];
    return [
        parts.join(WORD_JOIN),
        parts.map((p) => p.toUpperCase()).join(WORD_JOIN),
        [`[${first.charAt(0)}${first.charAt(0).toUpperCase()}]${first.slice(1)}`, ...parts.slice(1).map(capitalise)].join(WORD_JOIN),
    ];
}
/** The final word in its three casings: any key the rule matches contains one of them. */
function keyKeywords(words) {
    return [...new Set(words.flatMap((w) => [w.split(' ').at(-1), w.split(' ').at(-1).toUpperCase(), capitalise(w.split(' ').at(-1))]))];
}
const QUOTED_VALUE = [
    // JSON inside a JSON string (\"password\":\"…\"), escaped once or more: ends at backslashes before a quote.
    String.raw `(?<=\\")(?:[^\\\n]|\\+(?![\\"]))+`,
    String.raw `(?<=(?<!\\)")(?:[^"\\\n]|\\.)+`,
    String.raw `(?<=')(?:[^'\\\n]|\\.)+`,
    String.raw `(?<=\x60)[^\x60\n]+`,
];
// Unquoted: up to a space, quote, &, or an escape (\n, \") of an enclosing JSON string; a comma,
// semicolon or closing bracket ends it only when a space or the end follows (`pwd=a,b` is one value).
const UNQUOTED_END = String.raw `\s"'\x60&,;)\]}>\\`;
const UNQUOTED_VALUE = String.raw `(?<![\\"'\x60])(?:[^${UNQUOTED_END}]|[,;)\]}>](?=[^${UNQUOTED_END}])|\\(?![nrt"'\\]))+`;
const VALUE = `(?:${[...QUOTED_VALUE, UNQUOTED_VALUE].join('|')})`;
function keyValueRule(spec) {
    const anywhere = spec.words.flatMap(spellings);
    // One word each: lower or upper case after a non-letter, capitalised after anything but a capital.
    const separated = (spec.separatedWords ?? []).flatMap((w) => [`${notAfter('A-Za-z0-9')}(?:${w}|${w.toUpperCase()})`, `(?<![A-Z])${capitalise(w)}`]);
    const word = `(?:${[...anywhere, ...separated].join('|')})`;
    const source = [
        // Not an ARN's resource type (arn:aws:secretsmanager:…:secret:name).
        String.raw `(?!(?<=:)${word}:)`,
        word,
        `(?![${KEY_CHAR}])`,
        String.raw `(?:\\*["'\x60]|\])?`,
        // key=value, key: value, …; or a {"name": key, "value": …} pair (ECS environment, tags, CloudFormation parameters).
        String.raw `(?:[ \t]{0,8}(?::=|=>|=|:|%3[Dd])|,[ \t]{0,4}\\*"(?:[Vv]alue|VALUE|ParameterValue)\\*"[ \t]{0,4}:${spec.spaceSeparates ? '|(?=[ \t])' : ''})[ \t]{0,8}`,
        String.raw `(?:\\*["'\x60])?`,
        // The value starts at its first character: no backtracking into the separator or the spaces.
        String.raw `(?![\s=>:]|\[redacted:)`,
        `(?<secret>${VALUE})`,
    ].join('');
    return {
        id: spec.id,
        matches: spec.matches,
        why: spec.why,
        source: spec.source,
        keywords: keyKeywords([...spec.words, ...(spec.separatedWords ?? [])]),
        pattern: new RegExp(source, 'gd'),
        accept: (value, match) => {
            if (isPlaceholder(value))
                return false;
            // After a bare space, only a credential-length word counts ("aws_session_token is missing" stays).
            if (spec.spaceSeparates && value.length < 16 && !/[=:]|%3[Dd]/.test(match[0].slice(0, match[0].length - value.length).replace(/^[A-Za-z_.-]+/, '')))
                return false;
            return spec.accept ? spec.accept(value) : true;
        },
        example: spec.example,
    };
}
const REDACTION_RULES = [
    {
        id: 'private-key',
        matches: 'a PEM private key block, header to footer (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP), also with escaped \\n; without a footer, the header and the base64 after it',
        why: 'the key itself; even the header alone says a key was logged and must not become a finding title',
        source: 'RFC 7468 (textual encodings: -----BEGIN PRIVATE KEY-----); OpenSSH PROTOCOL.key; RFC 4880 armor',
        keywords: ['PRIVATE KEY'],
        pattern: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s:,]|\\+[nr]|-(?!----))*(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)?/dg,
        example: {
            text: `loaded ${fake('-----BEGIN RSA PRIVATE', ' KEY-----')}\nMIIEowIBAAKCAQEAfakefakefake\n-----END RSA PRIVATE KEY----- ok`,
            redacted: 'loaded [redacted:private-key] ok',
        },
    },
    {
        id: 'jwt',
        matches: 'a JSON Web Token: base64url header starting eyJ, payload and signature separated by dots',
        why: 'a bearer credential until it expires, and its payload often names the user',
        source: 'RFC 7519 (JWT) and RFC 7515 section 7.1 (compact serialisation)',
        keywords: ['eyJ'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*`, 'dg'),
        example: { text: `id_token ${fake('eyJhbGciOiJIUzI1NiJ9', '.eyJzdWIiOiJmYWtlIn0.ZmFrZXNpZw')} ok`, redacted: 'id_token [redacted:jwt] ok' },
    },
    {
        id: 'aws-access-key-id',
        matches: 'an AWS access key id: AKIA (long-term), ASIA (temporary), ABIA (STS bearer), ACCA (context) and 16 upper-case letters or digits',
        why: 'half of an AWS credential pair; it names the IAM user it belongs to',
        source: 'AWS IAM User Guide, "IAM identifiers: unique identifier prefixes"',
        keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
        pattern: new RegExp(String.raw `${WORD_START}(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b`, 'dg'),
        example: { text: `key ${fake('AKIA', 'IOSFODNN7EXAMPLE')} used`, redacted: 'key [redacted:aws-access-key-id] used' },
    },
    {
        id: 'github-token',
        matches: 'a GitHub token: ghp_ (personal), gho_ (OAuth), ghu_ (app user), ghs_ (app installation, Actions), ghr_ (refresh), then 36+ letters and digits',
        why: 'access to repositories and, for ghs_, to the workflow that runs this Action',
        source: 'GitHub blog, "Behind GitHub\'s new authentication token formats" (2021); GitHub changelog 2021-03-31',
        keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        pattern: new RegExp(String.raw `${WORD_START}gh[pousr]_[A-Za-z0-9]{36,251}\b`, 'dg'),
        example: { text: `push with ${fake('ghp_', 'FAKEfake0123456789FAKEfake0123456789')}`, redacted: 'push with [redacted:github-token]' },
    },
    {
        id: 'github-pat',
        matches: 'a GitHub fine-grained personal access token: github_pat_ then 82 letters, digits and underscores',
        why: 'repository access on behalf of a user',
        source: 'GitHub Docs, "Managing your personal access tokens"; gitleaks rule github-fine-grained-pat',
        keywords: ['github_pat_'],
        pattern: new RegExp(String.raw `${WORD_START}github_pat_[A-Za-z0-9_]{50,251}\b`, 'dg'),
        example: { text: fake('github_pat_', '11FAKE0000fakefakefake_fakefakefakefakefakefakefakefakefakefakefakefakefakefake01'), redacted: '[redacted:github-pat]' },
    },
    {
        id: 'slack-token',
        matches: 'a Slack token: xoxb- (bot), xoxp- (user), xoxa-/xoxr- (workspace), xoxe- (refresh, configuration), xoxo-/xoxs- (legacy)',
        why: 'reads and posts in the workspace as the bot or the user',
        source: 'Slack API docs, "Token types"; gitleaks rules slack-bot-token, slack-user-token, slack-config-*',
        keywords: ['xox'],
        pattern: new RegExp(String.raw `${WORD_START}xox[abeoprs](?:\.xox[bp])?-[A-Za-z0-9-]{10,}`, 'dg'),
        example: { text: `SLACK=${fake('xoxb-', '000000000000-0000000000000-FAKEfakeFAKEfake')}`, redacted: 'SLACK=[redacted:slack-token]' },
    },
    {
        id: 'slack-app-token',
        matches: 'a Slack app-level token: xapp-, a digit, the app id, a number and a hex secret',
        why: 'opens a Socket Mode connection for the app',
        source: 'Slack API docs, "Token types: app-level tokens"; gitleaks rule slack-app-token',
        keywords: ['xapp-'],
        pattern: new RegExp(String.raw `${WORD_START}xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+`, 'dg'),
        example: { text: fake('xapp-', '1-A0FAKE00000-0000000000000-0fa4e0fa4e0fa4e0fa4e'), redacted: '[redacted:slack-app-token]' },
    },
    {
        id: 'slack-webhook',
        matches: 'the path of a Slack incoming webhook, workflow or trigger URL (hooks.slack.com/services/T…/B…/…), also with JSON-escaped slashes',
        why: 'anyone holding the URL can post into the channel',
        source: 'Slack API docs, "Sending messages using incoming webhooks"',
        keywords: ['hooks.slack.com'],
        pattern: new RegExp(String.raw `${WORD_START}hooks\.slack\.com\\*\/(?:services|workflows|triggers)\\*\/(?<secret>[A-Za-z0-9_\\/-]{8,})`, 'dg'),
        example: {
            text: `https://${fake('hooks.slack.com/services/', 'T00000000/B00000000/FAKEfakeFAKEfakeFAKEfake')}`,
            redacted: 'https://hooks.slack.com/services/[redacted:slack-webhook]',
        },
    },
    {
        id: 'stripe-secret-key',
        matches: 'a Stripe secret or restricted key: sk_live_, sk_test_, rk_live_, rk_test_ and letters and digits (publishable pk_ keys are public and stay)',
        why: 'charges, refunds and customer data of the Stripe account',
        source: 'Stripe docs, "API keys" (key types and prefixes)',
        keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
        pattern: new RegExp(String.raw `${WORD_START}[sr]k_(?:live|test)_[A-Za-z0-9]{10,247}\b`, 'dg'),
        example: { text: `stripe ${fake('sk_live_', 'FAKEfake0000FAKEfake0000')}`, redacted: 'stripe [redacted:stripe-secret-key]' },
    },
    {
        id: 'stripe-webhook-secret',
        matches: 'a Stripe webhook signing secret: whsec_ and base64',
        why: 'lets anyone forge webhook events the application trusts',
        source: 'Stripe docs, "Check the webhook signatures"',
        keywords: ['whsec_'],
        pattern: new RegExp(String.raw `${WORD_START}whsec_[A-Za-z0-9+/=]{24,}`, 'dg'),
        example: { text: fake('whsec_', 'FAKEfake0000FAKEfake0000FAKEfake'), redacted: '[redacted:stripe-webhook-secret]' },
    },
    {
        id: 'google-api-key',
        matches: 'a Google API key: AIza and 35 base64url characters',
        why: "billed calls to Google APIs (Maps, Firebase, Gemini) on the owner's project",
        source: 'Google Cloud docs, "Manage API keys"; gitleaks rule gcp-api-key',
        keywords: ['AIza'],
        pattern: new RegExp(String.raw `${WORD_START}AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])`, 'dg'),
        example: { text: `maps key=${fake('AIza', 'SyFAKE0fake0FAKE0fake0FAKE0fake0FAK')}`, redacted: 'maps key=[redacted:google-api-key]' },
    },
    {
        id: 'google-oauth-client-secret',
        matches: 'a Google OAuth client secret: GOCSPX- and 28 base64url characters',
        why: 'with the client id, signs users in as the application',
        source: 'Google Cloud docs, "Client secret format" (GOCSPX- prefix, 2021)',
        keywords: ['GOCSPX-'],
        pattern: new RegExp(String.raw `${WORD_START}GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])`, 'dg'),
        example: { text: fake('GOCSPX-', 'FAKEfake0000FAKEfake00000000'), redacted: '[redacted:google-oauth-client-secret]' },
    },
    {
        id: 'google-oauth-token',
        matches: 'a Google OAuth access token: ya29. and base64url',
        why: 'acts as the signed-in user or service account until it expires',
        source: 'Google Identity docs, "Using OAuth 2.0 to access Google APIs"; trufflehog detector gcp oauth',
        keywords: ['ya29.'],
        pattern: new RegExp(String.raw `${WORD_START}ya29\.[A-Za-z0-9_-]{20,}`, 'dg'),
        example: { text: fake('ya29.', 'a0FAKEfake0000FAKEfake0000FAKEfake'), redacted: '[redacted:google-oauth-token]' },
    },
    {
        id: 'npm-token',
        matches: 'an npm access token: npm_ and 36 letters and digits',
        why: 'publishes packages as the owner: a supply-chain attack',
        source: 'npm docs, "About access tokens"; GitHub blog "npm access tokens now have a prefix" (2021)',
        keywords: ['npm_'],
        pattern: new RegExp(String.raw `${WORD_START}npm_[A-Za-z0-9]{36}\b`, 'dg'),
        example: {
            text: `//registry.npmjs.org/:_authToken=${fake('npm_', 'FAKEfake0000FAKEfake0000FAKEfake0000')}`,
            redacted: '//registry.npmjs.org/:_authToken=[redacted:npm-token]',
        },
    },
    {
        id: 'pypi-token',
        matches: 'a PyPI or TestPyPI API token: pypi- and a macaroon whose base64 names pypi.org or test.pypi.org',
        why: 'uploads packages as the owner',
        source: 'PyPI docs, "API tokens" (pypi- prefix); gitleaks rule pypi-upload-token',
        keywords: ['pypi-AgE'],
        pattern: new RegExp(String.raw `${WORD_START}pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}`, 'dg'),
        example: { text: fake('pypi-', 'AgEIcHlwaS5vcmcCJDAwMDAwMDAwLWZha2UtZmFrZS1mYWtlLTAwMDAwMDAwMDAwMAACKlsz'), redacted: '[redacted:pypi-token]' },
    },
    {
        id: 'gitlab-token',
        matches: 'a GitLab token: glpat- (personal, also routable), gldt-, glrt-, glptt-, glcbt-, gloas-, glft-, glimt-, glagent-, glsoat-, glffct-',
        why: 'repository, registry or runner access',
        source: 'GitLab docs, "GitLab token overview: token prefixes"',
        keywords: ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glcbt-', 'gloas-', 'glft-', 'glimt-', 'glagent-', 'glsoat-', 'glffct-'],
        pattern: new RegExp(String.raw `${WORD_START}gl(?:pat|dt|rt|ptt|cbt|oas|ft|imt|agent|soat|ffct)-[A-Za-z0-9_-]{20,}(?:\.[A-Za-z0-9]{2,16})?`, 'dg'),
        example: { text: `PRIVATE-TOKEN: ${fake('glpat-', 'FAKEfake0000FAKEfake')}`, redacted: 'PRIVATE-TOKEN: [redacted:gitlab-token]' },
    },
    {
        id: 'gitlab-runner-token',
        matches: 'a GitLab runner registration token: GR1348941 and 20 characters',
        why: 'registers runners that receive CI jobs and their secrets',
        source: 'GitLab docs, "GitLab token overview: runner registration tokens"',
        keywords: ['GR1348941'],
        pattern: new RegExp(String.raw `${WORD_START}GR1348941[A-Za-z0-9_-]{20,}`, 'dg'),
        example: { text: fake('GR1348941', 'FAKEfake0000FAKEfake'), redacted: '[redacted:gitlab-runner-token]' },
    },
    {
        id: 'twilio-api-key',
        matches: 'a Twilio API key SID: SK and 32 hex digits',
        why: 'with its secret, sends messages and calls billed to the account',
        source: 'Twilio docs, "API keys"; gitleaks rule twilio-api-key',
        keywords: ['SK'],
        pattern: new RegExp(String.raw `${WORD_START}SK[0-9a-fA-F]{32}\b`, 'dg'),
        example: { text: fake('SK', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e00'), redacted: '[redacted:twilio-api-key]' },
    },
    {
        id: 'sendgrid-api-key',
        matches: 'a SendGrid API key: SG., 22 characters, a dot, 43 characters',
        why: "sends mail as the account's verified senders",
        source: 'Twilio SendGrid docs, "API keys"; gitleaks rule sendgrid-api-token',
        keywords: ['SG.'],
        pattern: new RegExp(String.raw `${WORD_START}SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{32,64}(?![A-Za-z0-9_-])`, 'dg'),
        example: { text: fake('SG.', 'FAKEfake0000FAKEfake00.FAKEfake0000FAKEfake0000FAKEfake0000FAKEfak'), redacted: '[redacted:sendgrid-api-key]' },
    },
    {
        id: 'anthropic-api-key',
        matches: 'an Anthropic key: sk-ant- , a kind and version (api03, admin01, oat01), and base64url',
        why: "billed model usage and, for admin keys, the organisation's settings",
        source: 'Anthropic API docs, "Authentication"; gitleaks rules anthropic-api-key, anthropic-admin-api-key',
        keywords: ['sk-ant-'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}sk-ant-[a-z]{2,8}\d{2}-[A-Za-z0-9_-]{32,}`, 'dg'),
        example: { text: fake('sk-ant-', 'api03-FAKEfake0000FAKEfake0000FAKEfake0000-fakeAA'), redacted: '[redacted:anthropic-api-key]' },
    },
    {
        id: 'openai-api-key',
        matches: 'an OpenAI key: sk-, sk-proj-, sk-svcacct- or sk-admin-, with the T3BlbkFJ marker',
        why: 'billed model usage on the organisation',
        source: 'OpenAI API docs, "Authentication"; gitleaks rule openai-api-key',
        keywords: ['T3BlbkFJ'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}`, 'dg'),
        example: { text: fake('sk-proj-', 'FAKEfake0000FAKEfake0000T3BlbkFJFAKEfake0000FAKEfake0000'), redacted: '[redacted:openai-api-key]' },
    },
    {
        id: 'sk-api-key',
        matches: 'another sk- secret key (OpenAI legacy, DeepSeek, OpenRouter and others): sk-, an optional short kind, 32+ random characters',
        why: 'the sk- prefix is the common shape of model-provider secret keys',
        source: 'OpenAI API docs (legacy sk- keys); DeepSeek and OpenRouter API docs',
        keywords: ['sk-'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}sk-(?:[a-z]{2,10}(?:-v\d)?-)?(?<random>[A-Za-z0-9_-]{32,})(?![A-Za-z0-9_-])`, 'dg'),
        accept: (_, match) => {
            const random = match.groups.random;
            return looksGenerated(random) || (/^[0-9a-f]{32,}$/.test(random) && /[a-f]/.test(random) && /[0-9]/.test(random));
        },
        example: { text: fake('sk-', 'or-v1-FAKEfake0000FAKEfake0000FAKEfake0000'), redacted: '[redacted:sk-api-key]' },
    },
    {
        id: 'azure-storage-key',
        matches: 'the AccountKey= or SharedAccessKey= of an Azure Storage, Service Bus or Event Hubs connection string',
        why: 'full access to the storage account or namespace',
        source: 'Azure docs, "Configure Azure Storage connection strings"',
        keywords: ['AccountKey=', 'SharedAccessKey='],
        pattern: new RegExp(String.raw `${WORD_START}(?:AccountKey|SharedAccessKey)=(?<secret>[A-Za-z0-9+/]{20,}={0,2})`, 'dg'),
        example: {
            text: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=FAKEfake0000FAKEfake0000FAKE==;EndpointSuffix=core.windows.net',
            redacted: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=[redacted:azure-storage-key];EndpointSuffix=core.windows.net',
        },
    },
    {
        id: 'azure-sas-signature',
        matches: 'the sig= parameter of an Azure shared access signature URL',
        why: 'the signature is the credential: the URL grants what the SAS allows until it expires',
        source: 'Azure docs, "Grant limited access with shared access signatures (SAS)"',
        keywords: ['sig='],
        pattern: /(?:[?&;]|\\u0026)sig=(?<secret>[A-Za-z0-9%+/=]{16,})/dg,
        example: {
            text: 'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=FAKEfake0000FAKEfake%3D',
            redacted: 'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=[redacted:azure-sas-signature]',
        },
    },
    {
        id: 'azure-ad-client-secret',
        matches: 'an Entra ID (Azure AD) client secret: three characters, a digit, Q~ and 31-34 more',
        why: 'signs in as the application registration',
        source: 'Microsoft Purview, "Azure AD client secret" sensitive information type; gitleaks rule azure-ad-client-secret',
        keywords: ['Q~'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_~.-')}[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`, 'dg'),
        example: { text: fake('abc8Q~', 'FAKEfake0000FAKEfake0000FAKEfake0'), redacted: '[redacted:azure-ad-client-secret]' },
    },
    {
        id: 'aws-sigv4-signature',
        matches: 'the 64-hex Signature= or X-Amz-Signature= of an AWS Signature Version 4 header or presigned URL',
        why: 'a presigned URL is usable by anyone who holds it until it expires',
        source: 'AWS docs, "Signature Version 4: authentication methods" and "Presigned URLs"',
        keywords: ['Signature=', 'signature='],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9-')}(?:X-Amz-Signature|x-amz-signature|Signature)=(?<secret>[0-9a-f]{64})(?![0-9a-f])`, 'dg'),
        example: { text: `?X-Amz-Signature=${'0f'.repeat(32)}`, redacted: '?X-Amz-Signature=[redacted:aws-sigv4-signature]' },
    },
    {
        id: 'hashicorp-vault-token',
        matches: 'a HashiCorp Vault token: hvs. (service), hvb. (batch), hvr. (recovery) and base64url',
        why: 'reads every secret its policy allows',
        source: 'HashiCorp Vault docs, "Tokens: token prefixes"',
        keywords: ['hvs.', 'hvb.', 'hvr.'],
        pattern: new RegExp(String.raw `${WORD_START}hv[sbr]\.[A-Za-z0-9_-]{24,}`, 'dg'),
        example: { text: `VAULT_TOKEN=${fake('hvs.', 'CAESIFAKEfake0000FAKEfake0000FAKEfake')}`, redacted: 'VAULT_TOKEN=[redacted:hashicorp-vault-token]' },
    },
    {
        id: 'docker-hub-token',
        matches: 'a Docker Hub personal access token: dckr_pat_ and base64url',
        why: 'pushes images as the user',
        source: 'Docker docs, "Personal access tokens"',
        keywords: ['dckr_pat_'],
        pattern: new RegExp(String.raw `${WORD_START}dckr_pat_[A-Za-z0-9_-]{20,}`, 'dg'),
        example: { text: fake('dckr_pat_', 'FAKEfake0000FAKEfake0000fa'), redacted: '[redacted:docker-hub-token]' },
    },
    {
        id: 'hugging-face-token',
        matches: 'a Hugging Face access token: hf_ and 34+ letters',
        why: 'reads private models and data sets, or writes to them',
        source: 'Hugging Face docs, "User access tokens"; gitleaks rule huggingface-access-token',
        keywords: ['hf_'],
        pattern: new RegExp(String.raw `${WORD_START}hf_[A-Za-z0-9]{34,}\b`, 'dg'),
        example: { text: fake('hf_', 'FAKEfakeFAKEfakeFAKEfakeFAKEfakeFA'), redacted: '[redacted:hugging-face-token]' },
    },
    {
        id: 'shopify-token',
        matches: 'a Shopify token: shpat_, shpca_, shppa_ or shpss_ and 32 hex digits',
        why: 'store admin API access',
        source: 'Shopify docs, "About authentication"; gitleaks rules shopify-*',
        keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
        pattern: new RegExp(String.raw `${WORD_START}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b`, 'dg'),
        example: { text: fake('shpat_', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e00'), redacted: '[redacted:shopify-token]' },
    },
    {
        id: 'digitalocean-token',
        matches: 'a DigitalOcean token: dop_v1_, doo_v1_ or dor_v1_ and 64 hex digits',
        why: 'controls the DigitalOcean account',
        source: 'DigitalOcean docs, "How to create a personal access token" (token prefixes)',
        keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
        pattern: new RegExp(String.raw `${WORD_START}do[opr]_v1_[a-f0-9]{64}\b`, 'dg'),
        example: { text: fake('dop_v1_', '0fa4'.repeat(16)), redacted: '[redacted:digitalocean-token]' },
    },
    {
        id: 'databricks-token',
        matches: 'a Databricks personal access token: dapi and 32 hex digits',
        why: 'runs jobs and reads data in the workspace',
        source: 'Databricks docs, "Authenticate with Databricks personal access tokens"',
        keywords: ['dapi'],
        pattern: new RegExp(String.raw `${WORD_START}dapi[a-f0-9]{32}(?:-\d)?\b`, 'dg'),
        example: { text: fake('dapi', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e00'), redacted: '[redacted:databricks-token]' },
    },
    {
        id: 'new-relic-key',
        matches: 'a New Relic user API key: NRAK- and 27 upper-case letters or digits',
        why: 'reads and changes the New Relic account',
        source: 'New Relic docs, "New Relic API keys"',
        keywords: ['NRAK-'],
        pattern: new RegExp(String.raw `${WORD_START}NRAK-[A-Z0-9]{27}\b`, 'dg'),
        example: { text: fake('NRAK-', 'FAKE0000FAKE0000FAKE0000FAK'), redacted: '[redacted:new-relic-key]' },
    },
    {
        id: 'grafana-token',
        matches: 'a Grafana service account token (glsa_) or Grafana Cloud token (glc_)',
        why: 'dashboard and data source access',
        source: 'Grafana docs, "Service accounts" and "Grafana Cloud access policies"',
        keywords: ['glsa_', 'glc_'],
        pattern: new RegExp(String.raw `${WORD_START}gl(?:sa|c)_[A-Za-z0-9_+/=-]{32,}`, 'dg'),
        example: { text: fake('glsa_', 'FAKEfake0000FAKEfake0000FAKEfake_0fa4e0fa'), redacted: '[redacted:grafana-token]' },
    },
    {
        id: 'postman-api-key',
        matches: 'a Postman API key: PMAK-, 24 hex, a dash, 34 hex',
        why: 'reads collections, environments and their secrets',
        source: 'Postman docs, "Generate and use Postman API keys"',
        keywords: ['PMAK-'],
        pattern: new RegExp(String.raw `${WORD_START}PMAK-[a-f0-9]{24}-[a-f0-9]{34}\b`, 'dg'),
        example: { text: fake('PMAK-', `${'0fa4e0'.repeat(4)}-${'0fa4e0'.repeat(5)}0fa4`), redacted: '[redacted:postman-api-key]' },
    },
    {
        id: 'linear-api-key',
        matches: 'a Linear API key: lin_api_ and 40 letters and digits',
        why: "reads and writes the workspace's issues",
        source: 'Linear developers docs, "API and webhooks: personal API keys"',
        keywords: ['lin_api_'],
        pattern: new RegExp(String.raw `${WORD_START}lin_api_[A-Za-z0-9]{40}\b`, 'dg'),
        example: { text: fake('lin_api_', 'FAKEfake0000FAKEfake0000FAKEfake0000FAKE'), redacted: '[redacted:linear-api-key]' },
    },
    {
        id: 'discord-webhook',
        matches: 'the id and token of a Discord webhook URL (discord.com/api/webhooks/…)',
        why: 'anyone holding the URL can post into the channel',
        source: 'Discord developer docs, "Webhook resource: execute webhook"',
        keywords: ['discord'],
        pattern: new RegExp(String.raw `${WORD_START}discord(?:app)?\.com\\*\/api\\*\/webhooks\\*\/(?<secret>[0-9]{5,30}\\*\/[A-Za-z0-9_-]{20,})`, 'dg'),
        example: { text: 'https://discord.com/api/webhooks/000000000000000000/FAKEfake0000FAKEfake0000', redacted: 'https://discord.com/api/webhooks/[redacted:discord-webhook]' },
    },
    {
        id: 'teams-webhook',
        matches: 'the path of a Microsoft Teams incoming webhook URL (….webhook.office.com/webhookb2/…)',
        why: 'anyone holding the URL can post into the channel',
        source: 'Microsoft Learn, "Create an Incoming Webhook" (Teams)',
        keywords: ['webhook.office.com'],
        pattern: /\.webhook\.office\.com\\*\/webhookb2\\*\/(?<secret>[A-Za-z0-9@\\/_-]{20,})/dg,
        example: {
            text: 'https://acme.webhook.office.com/webhookb2/00000000-fake-0000-fake-000000000000@00000000-fake/IncomingWebhook/0fa4e0/00',
            redacted: 'https://acme.webhook.office.com/webhookb2/[redacted:teams-webhook]',
        },
    },
    {
        id: 'age-secret-key',
        matches: 'an age encryption secret key: AGE-SECRET-KEY-1 and 58 bech32 characters',
        why: 'decrypts everything encrypted to it',
        source: 'age format specification (C2SP age.md: native X25519 identities)',
        keywords: ['AGE-SECRET-KEY-'],
        pattern: new RegExp(String.raw `${WORD_START}AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b`, 'dg'),
        example: { text: fake('AGE-SECRET-KEY-', `1${'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.repeat(2).slice(0, 58)}`), redacted: '[redacted:age-secret-key]' },
    },
    {
        id: 'telegram-bot-token',
        matches: 'a Telegram bot token: the bot id, a colon, AA and 33 base64url characters',
        why: 'controls the bot and reads what is sent to it',
        source: 'Telegram Bot API docs, "Authorizing your bot"',
        keywords: [':AA'],
        pattern: new RegExp(String.raw `${WORD_START}\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])`, 'dg'),
        example: { text: fake('123456789:AA', 'FAKEfake0000FAKEfake0000FAKEfake0'), redacted: '[redacted:telegram-bot-token]' },
    },
    {
        id: 'mailgun-key',
        matches: 'a Mailgun private API key: key- and 32 hex digits',
        why: "sends mail from the account's domains",
        source: 'Mailgun docs, "API keys"; gitleaks rule mailgun-private-api-token',
        keywords: ['key-'],
        pattern: new RegExp(String.raw `${WORD_START}key-[0-9a-f]{32}\b`, 'dg'),
        example: { text: fake('key-', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e00'), redacted: '[redacted:mailgun-key]' },
    },
    {
        id: 'square-token',
        matches: 'a Square access token or OAuth secret: sq0atp- or sq0csp- and base64url',
        why: 'takes payments on the seller account',
        source: 'Square developer docs, "Access tokens"; gitleaks rules square-access-token',
        keywords: ['sq0atp-', 'sq0csp-'],
        pattern: new RegExp(String.raw `${WORD_START}sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}`, 'dg'),
        example: { text: fake('sq0atp-', 'FAKEfake0000FAKEfake00'), redacted: '[redacted:square-token]' },
    },
    {
        id: 'atlassian-api-token',
        matches: 'an Atlassian API token: ATATT3 and base64url (180+ characters in practice)',
        why: 'acts as the user in Jira and Confluence',
        source: 'Atlassian support, "Manage API tokens for your Atlassian account"; gitleaks rule atlassian-api-token',
        keywords: ['ATATT3'],
        pattern: new RegExp(String.raw `${WORD_START}ATATT3[A-Za-z0-9_=-]{60,}`, 'dg'),
        example: { text: fake('ATATT3', `xFfGF0${'FAKEfake0000'.repeat(6)}`), redacted: '[redacted:atlassian-api-token]' },
    },
    {
        id: 'sentry-token',
        matches: 'a Sentry organisation or user auth token: sntrys_ or sntryu_ and base64',
        why: 'reads events (with their user data) and changes projects',
        source: 'Sentry docs, "Auth tokens"',
        keywords: ['sntrys_', 'sntryu_'],
        pattern: new RegExp(String.raw `${WORD_START}sntry[su]_[A-Za-z0-9+/=_-]{30,}`, 'dg'),
        example: { text: fake('sntryu_', '0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e0fa4e'), redacted: '[redacted:sentry-token]' },
    },
    {
        id: 'terraform-cloud-token',
        matches: 'a Terraform Cloud / HCP Terraform API token: 14 characters, .atlasv1. and 60+ more',
        why: "plans and applies infrastructure with the workspace's cloud credentials",
        source: 'HCP Terraform docs, "API tokens"; gitleaks rule hashicorp-tf-api-token',
        keywords: ['.atlasv1.'],
        pattern: new RegExp(String.raw `${WORD_START}[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}`, 'dg'),
        example: { text: fake('FAKEfake0000FA.atlasv1.', 'FAKEfake0000'.repeat(6)), redacted: '[redacted:terraform-cloud-token]' },
    },
    {
        id: 'http-header',
        matches: 'the value of a credential-bearing HTTP header logged as a {"name": …, "value": …} pair (Cookie, Set-Cookie, Authorization, X-Api-Key, X-Auth-Token, X-Amz-Security-Token, X-CSRF-Token)',
        why: 'AWS WAF full logs and API gateways record request headers this way, credentials included',
        source: 'AWS WAF Developer Guide, "Log fields for web ACL traffic" (httpRequest.headers)',
        keywords: ['name'],
        pattern: new RegExp(String.raw `\\*"name\\*"[ \t]{0,4}:[ \t]{0,4}\\*"(?:[Cc]ookie|[Ss]et-[Cc]ookie|[Aa]uthorization|[Pp]roxy-[Aa]uthorization|[Xx]-[Aa]pi-[Kk]ey|[Xx]-[Aa]uth-[Tt]oken|[Xx]-[Aa]mz-[Ss]ecurity-[Tt]oken|[Xx]-[Cc][Ss][Rr][Ff]-[Tt]oken)\\*"[ \t]{0,4},(?:\s|\\[nrt]){0,64}\\*"value\\*"[ \t]{0,4}:[ \t]{0,4}\\*"(?!\[redacted:)(?<secret>(?:[^"\\\n]|\\+(?![\\"]))+)`, 'dg'),
        example: { text: '{"name":"cookie","value":"session=0fa4e0fa4e; theme=dark"}', redacted: '{"name":"cookie","value":"[redacted:http-header]"}' },
    },
    {
        id: 'authorization',
        matches: 'the credentials of an Authorization or Proxy-Authorization header, after a known scheme (Bearer, Basic, Token, AWS4-HMAC-SHA256, …) or alone',
        why: 'whatever follows the scheme authenticates the request',
        source: 'RFC 9110 section 11.6.2 (Authorization); IANA HTTP Authentication Scheme Registry',
        keywords: ['uthorization', 'AUTHORIZATION'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9-')}(?:[Pp]roxy-)?(?:[Aa]uthorization|AUTHORIZATION)(?:\\?["'])?[ \t]{0,8}[:=][ \t]{0,8}(?:\\?["'])?(?:(?:[Bb]asic|[Bb]earer|BEARER|[Dd]igest|[Tt]oken|AWS4-HMAC-SHA256|HMAC-SHA256|[Nn]egotiate|NTLM|OAuth|DPoP|GNAP|HOBA|Mutual|PrivateToken|SCRAM-SHA-(?:1|256)|vapid|ApiKey|Api-Key|SSWS|Splunk|GenieKey|JWT|Key|Client-ID)[ \t]+)?(?!\[redacted:)(?<secret>[^\s"'\\,]+)(?=[\s"'\\,]|$)(?![ \t]+\[redacted:)`, 'dg'),
        example: { text: 'Authorization: Token 0fa4e0fa4e0fa4e0fa4e', redacted: 'Authorization: Token [redacted:authorization]' },
    },
    {
        id: 'bearer-token',
        matches: 'the token after Bearer (with digits or punctuation, so "Bearer authentication" stays)',
        why: 'a bearer token authenticates whoever presents it',
        source: 'RFC 6750 section 2.1 (Bearer authorization header)',
        keywords: ['Bearer', 'bearer', 'BEARER'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9')}(?:[Bb]earer|BEARER)[ \t]+(?!\[redacted:)(?<secret>[A-Za-z0-9._~+/-]+=*)(?![A-Za-z0-9._~+/=-])`, 'dg'),
        accept: isBearerToken,
        example: { text: 'curl -H "X-Upstream: Bearer tok_0fa4e0fa4e"', redacted: 'curl -H "X-Upstream: Bearer [redacted:bearer-token]"' },
    },
    {
        id: 'basic-auth',
        matches: 'the base64 user:password after Basic (it must decode to printable text with a colon)',
        why: 'base64 is an encoding, not a protection: it is the password',
        source: 'RFC 7617 (The "Basic" HTTP authentication scheme)',
        keywords: ['Basic', 'basic', 'BASIC'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9')}(?:[Bb]asic|BASIC)[ \t]+(?!\[redacted:)(?<secret>[A-Za-z0-9+/]{4,}={0,2})(?![A-Za-z0-9+/=])`, 'dg'),
        accept: isBasicCredentials,
        example: { text: 'sent Basic YWxhZGRpbjpvcGVuc2VzYW1l', redacted: 'sent Basic [redacted:basic-auth]' },
    },
    {
        id: 'url-password',
        matches: 'the password of a URL with credentials (postgres://app:…@db, redis://:…@host), all of it even with / or @ in it',
        why: 'connection strings carry the database or broker password',
        source: 'RFC 3986 section 3.2.1 (user information)',
        keywords: ['://', ':\\/', ':\\\\'],
        pattern: /:\\*\/\\*\/[^\s/\\@:"'<>]*:(?!\[redacted:)(?!\d{1,5}(?:[/\\?#\s"']|$))(?<secret>(?:[^\s@:"'<>]|:(?!\\*\/)|@(?=[^\s@"'<>]*@))+)@(?=[^\s@])/dg,
        example: { text: 'postgres://app:pa/ss@w0rd@db.internal:5432/orders', redacted: 'postgres://app:[redacted:url-password]@db.internal:5432/orders' },
    },
    {
        id: 'cookie',
        matches: 'the value of a Cookie or Set-Cookie header',
        why: 'session cookies authenticate whoever presents them',
        source: 'RFC 6265 sections 4.1 and 4.2',
        keywords: ['Cookie', 'cookie', 'COOKIE'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9-')}(?:[Ss]et-)?(?:[Cc]ookie|COOKIE)(?:\\?["'])?[ \t]{0,8}:[ \t]{0,8}(?:\\?["'])?(?![ \t]|\[redacted:)(?<secret>[^\r\n"\\]+)`, 'dg'),
        example: { text: 'Cookie: sessionid=0fa4e0fa4e; csrftoken=0fa4e', redacted: 'Cookie: [redacted:cookie]' },
    },
    {
        id: 'curl-user-password',
        matches: 'the password of curl -u / --user user:password',
        why: 'curl sends it as Basic credentials; CI and cron logs echo the command',
        source: 'curl manual, -u, --user <user:password>',
        keywords: ['-u', '--user'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}(?:-u|--user)[ \t]*(?:\\*["'])?[^\s:"'\\]{1,128}:(?!\[redacted:)(?<secret>[^\s"'\\]+)`, 'dg'),
        example: { text: 'curl -u admin:hunter2 https://ci.internal/api', redacted: 'curl -u admin:[redacted:curl-user-password] https://ci.internal/api' },
    },
    {
        id: 'mysql-password',
        matches: 'the password of a mysql, mysqldump or mysqladmin command line written -pPASSWORD',
        why: 'the MySQL clients take the password glued to -p, and container commands echo it',
        source: 'MySQL 8.0 Reference Manual, "Command options for connecting to the server" (--password, -p)',
        keywords: ['mysql'],
        pattern: new RegExp(String.raw `${WORD_START}mysql(?:dump|admin|import|show|check|pump|sh)?(?:[ \t]+[^\s]+){0,16}?[ \t]+-p(?![ \t]|\[redacted:)(?<secret>[^\s"'\\]+)`, 'dg'),
        example: { text: 'mysql -h db -u root -phunter2 orders', redacted: 'mysql -h db -u root -p[redacted:mysql-password] orders' },
    },
    {
        id: 'command-line-secret',
        matches: 'the value after a command-line flag naming a secret, separated by a space (--password x, --db-password x, --api-key x)',
        why: 'ECS commands and stopped-task reasons quote the container command line',
        source: 'POSIX/GNU long-option convention; MySQL, PostgreSQL and AWS CLI option names',
        keywords: ['--'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9_-')}--(?:[A-Za-z0-9]+-)*(?:password|passwd|pass|secret|token|api-key|apikey|access-key|secret-key|private-key)[ \t]+(?!-)(?:\\*["'])?(?![ \t]|\[redacted:)(?<secret>(?<=["'])(?:[^"'\\\n]|\\+(?![\\"']))+|(?<![\\"'])[^\s"'\\]+)`, 'dg'),
        example: { text: 'exec app --db-password hunter2 --port 5432', redacted: 'exec app --db-password [redacted:command-line-secret] --port 5432' },
    },
    keyValueRule({
        id: 'aws-secret-key',
        words: ['secret access key', 'aws secret key'],
        spaceSeparates: true,
        matches: 'the value of an AWS secret access key setting (aws_secret_access_key=, SecretAccessKey:, AWS_SECRET_KEY=)',
        why: 'the secret half of an AWS credential pair',
        source: 'AWS CLI docs, "Configuration and credential file settings"; STS Credentials data type',
        example: { text: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', redacted: 'aws_secret_access_key = [redacted:aws-secret-key]' },
    }),
    keyValueRule({
        id: 'aws-session-token',
        words: ['session token', 'security token'],
        spaceSeparates: true,
        matches: 'the value of an AWS session token setting (aws_session_token=, SessionToken:, X-Amz-Security-Token=)',
        why: 'completes a temporary AWS credential',
        source: 'AWS CLI docs, "Configuration and credential file settings"; AWS SigV4 docs (X-Amz-Security-Token)',
        example: { text: '{"SessionToken":"IQoJb3JpZ2luX2VjEFAKE"}', redacted: '{"SessionToken":"[redacted:aws-session-token]"}' },
    }),
    keyValueRule({
        id: 'password',
        words: ['password', 'passwd', 'passphrase'],
        separatedWords: ['pass', 'pwd'],
        matches: 'the value of a password setting: password, passwd, passphrase, pwd, pass, and keys ending so (DB_PASSWORD, PGPASSWORD, MYSQL_PWD, dbPassword)',
        why: 'a password',
        source: 'PostgreSQL docs, "Environment variables" (PGPASSWORD); MySQL docs (MYSQL_PWD); common configuration keys',
        example: { text: 'password: "correct horse battery staple"', redacted: 'password: "[redacted:password]"' },
    }),
    keyValueRule({
        id: 'secret',
        words: ['secret', 'secret key', 'private key', 'signing key', 'encryption key', 'master key'],
        matches: 'the value of a secret setting: secret, client_secret, *_SECRET, secret_key, private_key, signing and encryption keys',
        why: 'named a secret by whoever wrote it',
        source: 'RFC 6749 section 2.3.1 (client_secret); common configuration keys',
        example: { text: 'client_secret=0fa4e0fa4e0fa4e0', redacted: 'client_secret=[redacted:secret]' },
    }),
    keyValueRule({
        id: 'token',
        words: ['token'],
        separatedWords: ['jwt'],
        matches: 'the value of a token setting: token, access_token, refresh_token, id_token, *_TOKEN, csrftoken, authToken, jwt',
        why: 'tokens authenticate whoever presents them',
        source: 'RFC 6749 sections 4.2.2 and 5.1 (access_token, refresh_token); common configuration keys',
        example: { text: 'GET /cb?access_token=0fa4e0fa4e&state=1', redacted: 'GET /cb?access_token=[redacted:token]&state=1' },
    }),
    keyValueRule({
        id: 'api-key',
        words: ['api key', 'apikey', 'access key', 'license key', 'app key', 'auth key'],
        matches: 'the value of an API key setting: api_key, apikey, X-Api-Key, access_key, license_key, app_key',
        why: 'API keys authenticate whoever presents them',
        source: 'common configuration keys and HTTP headers (X-Api-Key)',
        example: { text: 'X-Api-Key: 0fa4e0fa4e0fa4e0', redacted: 'X-Api-Key: [redacted:api-key]' },
    }),
    keyValueRule({
        id: 'session-cookie',
        words: ['jsessionid', 'phpsessid'],
        matches: 'the value of a Java or PHP session cookie: JSESSIONID, PHPSESSID (also in a URL: ;jsessionid=)',
        why: 'a web session id authenticates whoever presents it, as a password would',
        source: 'Jakarta Servlet specification (JSESSIONID, URL rewriting); PHP manual, session.name (PHPSESSID)',
        example: { text: 'GET /cart;jsessionid=0FA4E0FA4E0FA4E0 200', redacted: 'GET /cart;jsessionid=[redacted:session-cookie] 200' },
    }),
    keyValueRule({
        id: 'session-id',
        words: ['session id'],
        separatedWords: ['session'],
        matches: 'the value of session, sessionid or session_id when it looks generated (16+ characters mixing upper and lower case and digits)',
        why: 'a web session id is a credential; a ZooKeeper, SSH or database session number (0x14ed93111f20027, 42) is an identifier worth keeping',
        source: 'OWASP Session Management Cheat Sheet (session ID entropy and names)',
        accept: looksGenerated,
        example: { text: 'session_id=Fa4eFAKE0fa4eFAKE0fa4e user=42', redacted: 'session_id=[redacted:session-id] user=42' },
    }),
    keyValueRule({
        id: 'key',
        words: [],
        separatedWords: ['key'],
        matches: 'the value of any other *_KEY / *Key / key setting when the value looks generated (16+ characters mixing upper and lower case and digits)',
        why: 'keys with generated values are usually credentials; cache, partition and S3 object keys are left alone',
        source: 'common configuration keys',
        accept: looksGenerated,
        example: { text: 'WEBHOOK_KEY=Fa4eFAKE0fa4eFAKE0fa4e cache_key=user:42', redacted: 'WEBHOOK_KEY=[redacted:key] cache_key=user:42' },
    }),
    {
        id: 'email',
        matches: 'an e-mail address',
        why: 'personal data, never needed to understand a problem',
        source: 'RFC 5322 section 3.4.1 (addr-spec), restricted to the common dot-atom form',
        keywords: ['@'],
        pattern: new RegExp(String.raw `${notAfter('A-Za-z0-9._%+-')}[A-Za-z0-9._%+-]+@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])`, 'dg'),
        example: { text: 'charge failed for jane.doe@example.com', redacted: 'charge failed for [redacted:email]' },
    },
];

;// CONCATENATED MODULE: ./src/report/redact.ts
// Removes credentials, secrets and e-mail addresses from any text that may reach a report, a log or
// an error message. The catalogue of what is removed, and why, is src/report/redaction/rules.ts.




/** The text with every secret the catalogue knows replaced by a marker such as `[redacted:github-token]`. */
const redact = createRedactor(REDACTION_RULES);


/***/ })

};
