// Groups log lines into templates ("signatures"): lines printed by the same statement share a group
// whatever their numbers, ids and addresses. Streaming and memory-bounded by the number of templates.
//
// Method: mask variables (variable-masker), merge runs of bare variables into one `<*>`, then
//   1. exact lookup of the masked line (the fast path for almost every line);
//   2. otherwise look among templates of the same token count and first word for one the line fits
//      (generalised positions match anything);
//   3. lines that differ from a template in exactly one word are kept apart until that position has
//      shown `minDistinctValues` different words: then it is a variable (user names, host names),
//      not a few constant alternatives (GET/POST, Started/Stopped), and the templates merge.

import { type MaskedLine, maskLineShape, maskLineTokens, WILDCARD } from './variable-masker.js';

export interface LogTemplateGroup {
  id: number;
  /** Constant words with typed placeholders (`<NUM>`, `<IP>`...) or `<*>` for the variable positions. */
  template: string;
  count: number;
  /** The first line seen in the group, cut to `maxExampleLength` characters. */
  example: string;
}

export interface LogTemplateGrouperOptions {
  /** Distinct words one position must show before it becomes a variable. */
  minDistinctValues?: number;
  /** Most templates kept; further new shapes join the closest template of the same length and first word, else one overflow group. */
  maxTemplates?: number;
  /** Most masked lines remembered for the exact-match fast path (cleared when full). */
  maxCachedLines?: number;
  maxExampleLength?: number;
}

export const DEFAULT_GROUPER_OPTIONS: Required<LogTemplateGrouperOptions> = {
  minDistinctValues: 5,
  maxTemplates: 5_000,
  maxCachedLines: 50_000,
  maxExampleLength: 500,
};

interface Template {
  id: number;
  tokens: string[];
  /** Typed rendering of each position as first seen. */
  display: string[];
  /** Positions turned into variables by merging. */
  open: boolean[];
  count: number;
  example: string;
  alive: boolean;
}

const OPENERS = '([{';
const CLOSERS = ')]}';

// Candidate variable positions remembered per template kept (cleared when full): bounds memory on adversarial input.
const SLOTS_PER_TEMPLATE = 4;

export class LogTemplateGrouper {
  private readonly options: Required<LogTemplateGrouperOptions>;
  private readonly templates: Template[] = [];
  /** Union-find parent of each template id: merged templates point at the survivor. */
  private readonly parent: number[] = [];
  /** Templates by token count and first word (never opened), as in Drain's tree: a miss scans only its own bucket. */
  private readonly buckets = new Map<string, Template[]>();
  private readonly cache = new Map<string, number>();
  private readonly slots = new Map<string, Set<string>>();
  private aliveCount = 0;
  private overflowId = -1;

  constructor(options: LogTemplateGrouperOptions = {}) {
    this.options = { ...DEFAULT_GROUPER_OPTIONS, ...options };
    if (this.options.minDistinctValues < 2) throw new RangeError('minDistinctValues must be at least 2');
    if (this.options.maxTemplates < 1) throw new RangeError('maxTemplates must be at least 1');
  }

  /** Adds one line and returns its group id; a later merge may fold that id into another (see `resolve`). */
  add(line: string): number {
    const tokens = shape(maskLineShape(line), false).tokens;
    const key = tokens.join(' ');
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      const id = this.resolve(cached);
      this.templates[id]!.count += 1;
      return id;
    }
    const id = this.place(tokens, line);
    if (this.cache.size >= this.options.maxCachedLines) this.cache.clear();
    this.cache.set(key, id);
    return id;
  }

  /** The id a group is now known by, after merges. */
  resolve(id: number): number {
    let root = id;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression keeps later look-ups short.
    let node = id;
    while (this.parent[node] !== root) {
      const next = this.parent[node]!;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Current groups, largest first. */
  groups(): LogTemplateGroup[] {
    const out: LogTemplateGroup[] = [];
    for (const t of this.templates) {
      if (!t.alive) continue;
      const words = t.tokens.map((token, i) => (t.open[i] ? WILDCARD : t.display[i]!));
      out.push({ id: t.id, template: t.id === this.overflowId ? WILDCARD : words.join(' '), count: t.count, example: t.example });
    }
    return out.sort((a, b) => b.count - a.count || a.id - b.id);
  }

  private place(tokens: string[], line: string): number {
    const bucketKey = `${tokens.length} ${tokens[0] ?? ''}`;
    // A bucket is stored only once it holds a template, so overflowing lines leave nothing behind.
    const bucket = this.buckets.get(bucketKey) ?? [];
    let best: Template | undefined;
    const nearMisses: { template: Template; at: number }[] = [];
    for (const t of bucket) {
      const at = mismatchAt(t, tokens);
      if (at === -1) {
        if (best === undefined || t.count > best.count) best = t;
      } else if (at >= 0) {
        nearMisses.push({ template: t, at });
      }
    }
    if (best !== undefined) {
      best.count += 1;
      return best.id;
    }
    for (const { template, at } of nearMisses.sort((a, b) => b.template.count - a.template.count)) {
      if (!template.alive || !mayOpen(template, at)) continue;
      if (this.countsAsVariable(template, at, tokens[at]!)) {
        template.open[at] = true;
        template.tokens[at] = WILDCARD;
        this.absorbInstances(template, bucket);
        template.count += 1;
        return template.id;
      }
    }
    if (this.aliveCount >= this.options.maxTemplates) return this.overflow(tokens, bucket, line);
    // Typed placeholders are worked out once per template, not once per line.
    const { display } = shape(maskLineTokens(line), true);
    if (bucket.length === 0) this.buckets.set(bucketKey, bucket);
    return this.create(tokens, display, line, bucket).id;
  }

  // Records the word seen at a position where the line and the template differ; true once enough differ.
  private countsAsVariable(template: Template, at: number, word: string): boolean {
    const parts = template.tokens.slice();
    parts[at] = '\u0000';
    const key = `${at}\u0001${parts.join(' ')}`;
    let values = this.slots.get(key);
    if (values === undefined) {
      if (this.slots.size >= SLOTS_PER_TEMPLATE * this.options.maxTemplates) this.slots.clear();
      values = new Set([template.tokens[at]!]);
      this.slots.set(key, values);
    }
    // Only the count up to the threshold matters, so no more words than that are kept.
    if (values.size < this.options.minDistinctValues) values.add(word);
    // A slot that has held both a masked value and a plain word is a variable already.
    let masked = false;
    for (const value of values) if (value.includes(WILDCARD)) masked = true;
    return values.size >= (masked ? 2 : this.options.minDistinctValues);
  }

  // After a position opens up, templates that now fit it are the same statement: fold them in.
  private absorbInstances(survivor: Template, bucket: Template[]): void {
    for (let i = bucket.length - 1; i >= 0; i -= 1) {
      const other = bucket[i]!;
      if (other === survivor || !fitsInside(other, survivor)) continue;
      survivor.count += other.count;
      other.alive = false;
      this.parent[other.id] = survivor.id;
      this.aliveCount -= 1;
      bucket.splice(i, 1);
    }
  }

  private create(tokens: string[], display: string[], line: string, bucket: Template[]): Template {
    const t: Template = {
      id: this.templates.length,
      tokens,
      display,
      open: tokens.map(() => false),
      count: 1,
      example: line.length > this.options.maxExampleLength ? line.slice(0, this.options.maxExampleLength) : line,
      alive: true,
    };
    this.templates.push(t);
    this.parent.push(t.id);
    this.aliveCount += 1;
    bucket.push(t);
    return t;
  }

  // At the cap: join the template of the bucket sharing most words, else the one catch-all group.
  private overflow(tokens: string[], bucket: Template[], line: string): number {
    let best: Template | undefined;
    let bestShared = 0;
    for (const t of bucket) {
      let shared = 0;
      for (let i = 0; i < tokens.length; i += 1) if (t.open[i] === true || t.tokens[i] === tokens[i]) shared += 1;
      if (shared > bestShared) {
        best = t;
        bestShared = shared;
      }
    }
    if (best !== undefined && bestShared * 2 >= tokens.length) {
      best.count += 1;
      return best.id;
    }
    if (this.overflowId < 0) {
      const t = this.create([], [], line, []);
      this.overflowId = t.id;
      return t.id;
    }
    this.templates[this.overflowId]!.count += 1;
    return this.overflowId;
  }
}

/** Groups a batch of lines; returns each line's final group id (after all merges). */
export function groupLines(lines: readonly string[], options: LogTemplateGrouperOptions = {}): number[] {
  const grouper = new LogTemplateGrouper(options);
  const ids = lines.map((line) => grouper.add(line));
  return ids.map((id) => grouper.resolve(id));
}

// Masked tokens with each run of bare variables folded into one: "<*> (<*>)" and "<*> <*>" become "<*>".
function shape(masked: MaskedLine, withDisplay: boolean): { tokens: string[]; display: string[] } {
  const tokens: string[] = [];
  const display: string[] = [];
  const n = masked.generic.length;
  for (let i = 0; i < n; i += 1) {
    if (!masked.bare[i]) {
      tokens.push(masked.generic[i]!);
      if (withDisplay) display.push(masked.typed[i]!);
      continue;
    }
    let j = i;
    while (j + 1 < n && masked.bare[j + 1]) j += 1;
    if (j === i) {
      tokens.push(masked.generic[i]!);
      if (withDisplay) display.push(masked.typed[i]!);
      continue;
    }
    const first = masked.generic[i]!;
    // Brackets opened inside the run close inside it too: "<*> (<*>)" folds to "<*>", not "<*>)".
    let opened = 0;
    for (let k = i + 1; k <= j; k += 1) {
      const token = masked.generic[k]!;
      for (let c = 0; c < token.length && token[c] !== '<'; c += 1) if (OPENERS.includes(token[c]!)) opened += 1;
    }
    let suffix = masked.generic[j]!;
    suffix = suffix.slice(suffix.lastIndexOf(WILDCARD) + WILDCARD.length);
    let cut = 0;
    while (opened > 0 && cut < suffix.length) {
      if (CLOSERS.includes(suffix[cut]!)) opened -= 1;
      cut += 1;
    }
    const folded = first.slice(0, first.indexOf(WILDCARD)) + WILDCARD + suffix.slice(cut);
    tokens.push(folded);
    if (withDisplay) display.push(folded);
    i = j;
  }
  return { tokens, display };
}

// -1: the line fits the template; k >= 0: it differs in the one position k; -2: it differs in more.
function mismatchAt(t: Template, tokens: string[]): number {
  let at = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    if (t.open[i] === true || t.tokens[i] === tokens[i]) continue;
    if (at >= 0) return -2;
    at = i;
  }
  return at;
}

// As in Drain, the first word names the statement and is never opened; and a template keeps two constant words.
function mayOpen(t: Template, at: number): boolean {
  if (at === 0) return false;
  let constants = 0;
  for (let i = 0; i < t.tokens.length; i += 1) if (i !== at && !t.open[i] && !t.tokens[i]!.includes(WILDCARD)) constants += 1;
  return constants >= 2;
}

function fitsInside(inner: Template, outer: Template): boolean {
  for (let i = 0; i < outer.tokens.length; i += 1) {
    if (outer.open[i] === true) continue;
    if (inner.open[i] === true || inner.tokens[i] !== outer.tokens[i]) return false;
  }
  return true;
}
