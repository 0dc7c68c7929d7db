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
//      Two shape rules lower or raise that bar, both about how log text behaves whatever wrote it:
//      - a word slot whose values (two or more) also vary together in a slot of a different statement
//        holds names (`session opened for user cyrus` / `session closed for user cyrus`): a variable;
//      - the first word opens only after twice as many values (`sshd startup succeeded`, `crond
//        startup succeeded`...): a few first words are usually verbs, many are daemon or job names.
//   Neither rule changes grouping accuracy on any of the 8 Loghub development systems (they have
//   no such shapes), so leave-one-system-out neither confirms nor refutes them; rules that lowered
//   a system there were dropped (bench/loghub.ts; BENCHMARKS.md has the table).
//   Steps 2 and 3 scan a bucket while it is small; a bucket of thousands of templates (a flood of
//   distinct lines) is searched through hash indexes instead, with the same result.
//
// Memory: at most `maxTemplates` templates. Past the cap the template least worth keeping goes (a
// small random sample of templates, fewest lines first, then least recently seen), so a flood of
// one-off lines ages out instead of crowding out a new error; the lines already counted keep their
// ids, which stop resolving to a group.

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
  /** Most templates kept; past it the one least worth keeping is evicted (see the file header). */
  maxTemplates?: number;
  /** Most masked lines remembered for the exact-match fast path (cleared when full). */
  maxCachedLines?: number;
  maxExampleLength?: number;
  /** The first word may become a variable, after twice `minDistinctValues` values. */
  openFirstWord?: boolean;
  /** Two words varying together in slots of two different statements make both slots variables. */
  sharedNames?: boolean;
}

export const DEFAULT_GROUPER_OPTIONS: Required<LogTemplateGrouperOptions> = {
  minDistinctValues: 5,
  maxTemplates: 5_000,
  maxCachedLines: 50_000,
  maxExampleLength: 500,
  openFirstWord: true,
  sharedNames: true,
};

interface Template {
  id: number;
  tokens: string[];
  /** Typed rendering of each position as first seen. */
  display: string[];
  /** Positions turned into variables by merging. */
  open: boolean[];
  count: number;
  /** When the template last took a line (the caller's clock, else the line sequence). */
  lastSeen: number;
  example: string;
  alive: boolean;
  /** Index in `live` while alive (for O(1) removal and sampling). */
  slot: number;
  /** Key of the bucket the template is filed under. */
  bucketKey: string;
  /** Key under which the template is filed by everything but its first word (see `byTail`). */
  tailKey: string;
  /** Open positions as filed in the hash index, e.g. "3,5". */
  pattern: string;
}

interface Slot {
  values: Set<string>;
  template: number;
  at: number;
}

const OPENERS = '([{';
const CLOSERS = ')]}';

// Candidate variable positions remembered per template kept (cleared when full): bounds memory on adversarial input.
const SLOTS_PER_TEMPLATE = 4;
// Templates looked at to pick one to evict: cheap, and close enough to the global least-worth one.
const EVICTION_SAMPLE = 32;
// Slots a word is indexed under for the shared-names rule (common words stop there).
const SLOTS_PER_WORD = 16;
// Shared words that make two slots hold names.
const SHARED_NAMES = 2;
// Buckets up to this size are scanned (exact and cheap); bigger ones are looked up by hash.
const LINEAR_SCAN = 64;
// A bucket whose templates have more distinct sets of open positions than this is scanned.
const MAX_PATTERNS = 16;
// Positions the hash index covers; a longer line's later words only match by a scan.
const INDEXED_POSITIONS = 64;
// Hashes add up modulo 2^52, so a sum stays an exact integer in a double.
const HASH_MODULUS = 2 ** 52;

export class LogTemplateGrouper {
  private readonly options: Required<LogTemplateGrouperOptions>;
  /** Alive templates by id. */
  private readonly templates = new Map<number, Template>();
  /** Alive templates in no order, for sampling eviction candidates. */
  private readonly live: Template[] = [];
  /** Union-find parent of each id merged into another; roots and evicted ids are absent. */
  private readonly parent = new Map<number, number>();
  /** Templates by token count and first word (`<*>` once opened), as in Drain's tree: a miss scans only its own bucket. */
  private readonly buckets = new Map<string, Template[]>();
  private readonly cache = new Map<string, number>();
  private readonly slots = new Map<string, Slot>();
  private readonly slotsByValue = new Map<string, string[]>();
  /** Templates by token count and every word but the first: finds a line that differs only in its first word. */
  private readonly byTail = new Map<string, Template[]>();
  /**
   * For buckets too big to scan (a flood of distinct lines): templates by a hash of their constant
   * words (`fits`) and of their constant words less one (`nears`, one entry per position), and the
   * sets of open positions each bucket's templates have. A line then finds the templates it fits
   * or misses by one word with a few look-ups instead of a pass over thousands of templates.
   */
  private readonly fits = new Map<number, Template[]>();
  private readonly nears = new Map<number, Template[]>();
  private readonly patterns = new Map<string, Map<string, { holes: number[]; templates: number }>>();
  private nextId = 0;
  private evicted = 0;
  private sequence = 0;
  private random = 0x9e3779b9;

  constructor(options: LogTemplateGrouperOptions = {}) {
    this.options = { ...DEFAULT_GROUPER_OPTIONS, ...options };
    if (this.options.minDistinctValues < 2) throw new RangeError('minDistinctValues must be at least 2');
    if (this.options.maxTemplates < 1) throw new RangeError('maxTemplates must be at least 1');
  }

  /**
   * Adds one line and returns its group id; a later merge may fold that id into another (see
   * `resolve`). `time` (any increasing clock, such as the event's timestamp) orders templates for
   * eviction; without it, the order lines arrive in does.
   */
  add(line: string, time?: number): number {
    this.sequence += 1;
    const now = time ?? this.sequence;
    const tokens = shape(maskLineShape(line), false).tokens;
    const key = tokens.join(' ');
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      const t = this.templates.get(this.resolve(cached));
      if (t !== undefined) {
        t.count += 1;
        if (now > t.lastSeen) t.lastSeen = now;
        return t.id;
      }
      this.cache.delete(key);
    }
    const id = this.place(tokens, line, now);
    if (this.cache.size >= this.options.maxCachedLines) this.cache.clear();
    this.cache.set(key, id);
    return id;
  }

  /** The id a group is now known by, after merges (an evicted group keeps its own id). */
  resolve(id: number): number {
    let root = id;
    for (let next = this.parent.get(root); next !== undefined; next = this.parent.get(root)) root = next;
    // Path compression keeps later look-ups short.
    let node = id;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** Current groups, largest first. */
  groups(): LogTemplateGroup[] {
    const out: LogTemplateGroup[] = [];
    for (const t of this.live) {
      const words = t.tokens.map((token, i) => (t.open[i] ? WILDCARD : t.display[i]!));
      out.push({ id: t.id, template: words.join(' '), count: t.count, example: t.example });
    }
    return out.sort((a, b) => b.count - a.count || a.id - b.id);
  }

  /** Templates held now (at most `maxTemplates`). */
  get size(): number {
    return this.live.length;
  }

  /** Lines counted by templates since evicted: with `groups()`, every line added is counted once. */
  get evictedLines(): number {
    return this.evicted;
  }

  private place(tokens: string[], line: string, now: number): number {
    const bucketKey = `${tokens.length} ${tokens[0] ?? ''}`;
    // A bucket is stored only once it holds a template.
    const bucket = this.buckets.get(bucketKey) ?? [];
    const openBucket = this.options.openFirstWord ? this.buckets.get(`${tokens.length} ${WILDCARD}`) : undefined;
    let best: Template | undefined;
    const nearMisses: { template: Template; at: number }[] = [];
    const consider = (t: Template, at: number): void => {
      if (at === -1) {
        if (best === undefined || t.count > best.count || (t.count === best.count && t.id < best.id)) best = t;
      } else if (at >= 0) {
        nearMisses.push({ template: t, at });
      }
    };
    let hashes: number[] | undefined;
    for (const [key, list] of openBucket === undefined ? [[bucketKey, bucket] as const] : [[bucketKey, bucket] as const, [`${tokens.length} ${WILDCARD}`, openBucket] as const]) {
      if (list.length <= LINEAR_SCAN || (this.patterns.get(key)?.size ?? 0) > MAX_PATTERNS) {
        for (const t of list) consider(t, mismatchAt(t, tokens));
        continue;
      }
      hashes ??= tokens.slice(0, INDEXED_POSITIONS).map(positionHash);
      this.lookUp(key, tokens, hashes, consider);
    }
    if (best !== undefined) return this.take(best, now);
    nearMisses.sort((a, b) => b.template.count - a.template.count || a.template.id - b.template.id);
    const tailKey = tailKeyOf(tokens);
    if (this.options.openFirstWord && tokens.length > 0) {
      for (const t of this.byTail.get(tailKey) ?? []) if (t.tokens[0] !== tokens[0]) nearMisses.push({ template: t, at: 0 });
    }
    for (const { template, at } of nearMisses) {
      if (!template.alive || !mayOpen(template, at, this.options.openFirstWord)) continue;
      if (this.countsAsVariable(template, at, tokens[at]!)) {
        // Opening a twin slot may have folded this template into another: place the line afresh.
        if (!template.alive) return this.place(tokens, line, now);
        this.open(template, at);
        return this.take(template, now);
      }
    }
    while (this.live.length >= this.options.maxTemplates) this.evict();
    // Typed placeholders are worked out once per template, not once per line.
    const { display } = shape(maskLineTokens(line), true);
    return this.create(tokens, display, line, bucketKey, tailKey, now).id;
  }

  // The templates of a big bucket that the line fits, or misses in one word, by hash look-ups.
  private lookUp(bucketKey: string, tokens: readonly string[], hashes: readonly number[], consider: (t: Template, at: number) => void): void {
    const full = sumHashes(hashes, INDEXED_POSITIONS);
    const seen = new Set<Template>();
    for (const [pattern, { holes }] of this.patterns.get(bucketKey) ?? []) {
      let sum = full;
      for (const p of holes) if (p < INDEXED_POSITIONS) sum = subtract(sum, hashes[p]!);
      const salt = saltOf(bucketKey, pattern);
      for (const t of this.fits.get(mix(sum, salt, -1)) ?? []) {
        if (seen.has(t)) continue;
        seen.add(t);
        consider(t, mismatchAt(t, tokens));
      }
      const holed = new Set(holes);
      for (let q = 1; q < Math.min(tokens.length, INDEXED_POSITIONS); q += 1) {
        if (holed.has(q)) continue;
        for (const t of this.nears.get(mix(subtract(sum, hashes[q]!), salt, q)) ?? []) {
          if (seen.has(t)) continue;
          seen.add(t);
          consider(t, mismatchAt(t, tokens));
        }
      }
    }
  }

  private index(t: Template, add: boolean): void {
    const holes: number[] = [];
    for (let i = 0; i < t.open.length; i += 1) if (t.open[i]) holes.push(i);
    const pattern = add ? holes.join(',') : t.pattern;
    t.pattern = pattern;
    let byPattern = this.patterns.get(t.bucketKey);
    if (add) {
      if (byPattern === undefined) this.patterns.set(t.bucketKey, (byPattern = new Map()));
      const entry = byPattern.get(pattern);
      if (entry === undefined) byPattern.set(pattern, { holes, templates: 1 });
      else entry.templates += 1;
    } else if (byPattern !== undefined) {
      const entry = byPattern.get(pattern);
      if (entry !== undefined && --entry.templates === 0) byPattern.delete(pattern);
      if (byPattern.size === 0) this.patterns.delete(t.bucketKey);
    }
    const indexed = Math.min(t.tokens.length, INDEXED_POSITIONS);
    const hashes: number[] = [];
    for (let i = 0; i < indexed; i += 1) hashes.push(t.open[i] ? 0 : positionHash(t.tokens[i]!, i));
    const sum = sumHashes(hashes, INDEXED_POSITIONS);
    const salt = saltOf(t.bucketKey, pattern);
    const edit = (map: Map<number, Template[]>, key: number): void => {
      if (add) {
        let list = map.get(key);
        if (list === undefined) map.set(key, (list = []));
        list.push(t);
      } else {
        const list = map.get(key);
        if (list === undefined) return;
        const i = list.indexOf(t);
        if (i >= 0) list.splice(i, 1);
        if (list.length === 0) map.delete(key);
      }
    };
    edit(this.fits, mix(sum, salt, -1));
    for (let q = 1; q < Math.min(t.tokens.length, INDEXED_POSITIONS); q += 1) if (!t.open[q]) edit(this.nears, mix(subtract(sum, hashes[q]!), salt, q));
  }

  private take(t: Template, now: number): number {
    t.count += 1;
    if (now > t.lastSeen) t.lastSeen = now;
    return t.id;
  }

  // A position became a variable: refile the template and fold in the templates it now covers.
  private open(template: Template, at: number): void {
    this.index(template, false);
    template.open[at] = true;
    template.tokens[at] = WILDCARD;
    if (at === 0) {
      this.unfile(this.buckets, template.bucketKey, template);
      template.bucketKey = `${template.tokens.length} ${WILDCARD}`;
      this.file(this.buckets, template.bucketKey, template);
      // Its instances sit in other first-word buckets, all filed under the same tail.
      for (const other of [...(this.byTail.get(template.tailKey) ?? [])]) if (other !== template) this.absorb(template, other);
    } else {
      this.unfile(this.byTail, template.tailKey, template);
      template.tailKey = tailKeyOf(template.tokens);
      this.file(this.byTail, template.tailKey, template);
    }
    this.index(template, true);
    const bucket = this.buckets.get(template.bucketKey) ?? [];
    for (let i = bucket.length - 1; i >= 0; i -= 1) {
      const other = bucket[i];
      if (other !== undefined && other !== template && fitsInside(other, template)) this.absorb(template, other);
    }
  }

  private file(index: Map<string, Template[]>, key: string, t: Template): void {
    let list = index.get(key);
    if (list === undefined) index.set(key, (list = []));
    list.push(t);
  }

  private unfile(index: Map<string, Template[]>, key: string, t: Template): void {
    const list = index.get(key);
    if (list === undefined) return;
    const i = list.indexOf(t);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) index.delete(key);
  }

  // Takes `other`'s lines into `survivor`: ids handed out for `other` now resolve to the survivor.
  private absorb(survivor: Template, other: Template): void {
    survivor.count += other.count;
    if (other.lastSeen > survivor.lastSeen) survivor.lastSeen = other.lastSeen;
    this.parent.set(other.id, survivor.id);
    this.remove(other);
  }

  private remove(t: Template): void {
    t.alive = false;
    this.templates.delete(t.id);
    const last = this.live.pop()!;
    if (last !== t) {
      this.live[t.slot] = last;
      last.slot = t.slot;
    }
    this.unfile(this.buckets, t.bucketKey, t);
    this.unfile(this.byTail, t.tailKey, t);
    this.index(t, false);
  }

  // Drops the least-worth of a few templates picked at random: fewest lines, then seen longest ago.
  private evict(): void {
    let victim: Template | undefined;
    const n = this.live.length;
    for (let k = 0; k < Math.min(EVICTION_SAMPLE, n); k += 1) {
      // xorshift32: deterministic, so a run can be repeated.
      this.random ^= this.random << 13;
      this.random ^= this.random >>> 17;
      this.random ^= this.random << 5;
      const t = this.live[(this.random >>> 0) % n]!;
      if (victim === undefined || t.count < victim.count || (t.count === victim.count && t.lastSeen < victim.lastSeen)) victim = t;
    }
    if (victim === undefined) return;
    this.evicted += victim.count;
    this.remove(victim);
  }

  // Records the word seen at a position where the line and the template differ; true once enough differ.
  private countsAsVariable(template: Template, at: number, word: string): boolean {
    const parts = template.tokens.slice();
    parts[at] = '\u0000';
    const key = `${at}\u0001${parts.join(' ')}`;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      if (this.slots.size >= SLOTS_PER_TEMPLATE * this.options.maxTemplates) {
        this.slots.clear();
        this.slotsByValue.clear();
      }
      slot = { values: new Set([template.tokens[at]!]), template: template.id, at };
      this.slots.set(key, slot);
      this.indexValue(template.tokens[at]!, key);
    }
    const values = slot.values;
    const needed = at === 0 ? 2 * this.options.minDistinctValues : this.options.minDistinctValues;
    // Only the count up to the threshold matters, so no more words than that are kept.
    if (values.size < needed && !values.has(word)) {
      values.add(word);
      this.indexValue(word, key);
    }
    // A slot that has held both a masked value and a plain word is a variable already.
    let masked = false;
    for (const value of values) if (value.includes(WILDCARD)) masked = true;
    if (values.size >= (masked ? 2 : needed)) return true;
    return this.options.sharedNames && values.size >= SHARED_NAMES && this.sharesNames(key, values, template);
  }

  // The same few words varying in slots of two different statements are names (users, hosts), not
  // alternatives: both slots become variables.
  private sharesNames(key: string, values: Set<string>, template: Template): boolean {
    const hits = new Map<string, number>();
    for (const value of values) {
      for (const other of this.slotsByValue.get(value) ?? []) {
        if (other === key) continue;
        const n = (hits.get(other) ?? 0) + 1;
        hits.set(other, n);
        if (n < SHARED_NAMES) continue;
        const twin = this.slots.get(other);
        const t = twin === undefined ? undefined : this.templates.get(this.resolve(twin.template));
        // Two slots of one statement family (same length and first word) are fields of one record, such as states.
        if (twin === undefined || t === undefined || t === template || t.bucketKey === template.bucketKey) continue;
        if (!t.open[twin.at] && mayOpen(t, twin.at, this.options.openFirstWord)) this.open(t, twin.at);
        return true;
      }
    }
    return false;
  }

  private indexValue(value: string, slotKey: string): void {
    if (value.includes(WILDCARD)) return;
    let keys = this.slotsByValue.get(value);
    if (keys === undefined) this.slotsByValue.set(value, (keys = []));
    if (keys.length < SLOTS_PER_WORD) keys.push(slotKey);
  }

  private create(tokens: string[], display: string[], line: string, bucketKey: string, tailKey: string, now: number): Template {
    const t: Template = {
      id: this.nextId,
      tokens,
      display,
      open: tokens.map(() => false),
      count: 1,
      lastSeen: now,
      example: line.length > this.options.maxExampleLength ? line.slice(0, this.options.maxExampleLength) : line,
      alive: true,
      slot: this.live.length,
      bucketKey,
      tailKey,
      pattern: '',
    };
    this.nextId += 1;
    this.templates.set(t.id, t);
    this.live.push(t);
    this.file(this.buckets, bucketKey, t);
    this.file(this.byTail, tailKey, t);
    this.index(t, true);
    return t;
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
function mismatchAt(t: Template, tokens: readonly string[]): number {
  let at = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    if (t.open[i] === true || t.tokens[i] === tokens[i]) continue;
    if (at >= 0) return -2;
    at = i;
  }
  return at;
}

// A template keeps two constant words; the first word opens only under `openFirstWord`.
function mayOpen(t: Template, at: number, openFirst: boolean): boolean {
  if (at === 0 && !openFirst) return false;
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

function tailKeyOf(tokens: readonly string[]): string {
  return `${tokens.length}\u0001${tokens.slice(1).join(' ')}`;
}

// FNV-1a of the word, spread over 52 bits with its position, so that sums over positions can be
// taken apart again (subtract one word's hash to leave that position out).
function positionHash(token: string, position: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i += 1) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  const low = (h >>> 0) ^ Math.imul(position + 1, 0x9e3779b1);
  const high = Math.imul(h ^ (position * 0x85ebca6b), 0xc2b2ae35) >>> 12;
  return (((high * 2 ** 32 + (low >>> 0)) % HASH_MODULUS) + HASH_MODULUS) % HASH_MODULUS;
}

function sumHashes(hashes: readonly number[], limit: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(hashes.length, limit); i += 1) sum = (sum + hashes[i]!) % HASH_MODULUS;
  return sum;
}

function subtract(sum: number, hash: number): number {
  return (sum - hash + HASH_MODULUS) % HASH_MODULUS;
}

function saltOf(bucketKey: string, pattern: string): number {
  return positionHash(`${bucketKey}|${pattern}`, 0);
}

// One key from a sum, the bucket and pattern's salt, and the left-out position (-1: none).
function mix(sum: number, salt: number, position: number): number {
  return (sum + salt + positionHash('', position + 2)) % HASH_MODULUS;
}
