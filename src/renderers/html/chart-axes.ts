// Axis arithmetic for the page's SVG charts: round tick values in the unit a reader thinks in
// (ms under a second, GiB for disks), and time ticks on round UTC minutes, hours or days.

/** How a unit is shown on an axis: values are divided by `factor` and followed by `suffix`. */
export interface DisplayUnit {
  factor: number;
  suffix: string;
}

const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** The display unit for values up to `largest` (absolute) of a CloudWatch-style unit name. */
export function displayUnit(unit: string, largest: number): DisplayUnit {
  const binary = (base: number, per = ''): DisplayUnit => {
    let k = base;
    let factor = 1;
    while (Math.abs(largest) / factor >= 1024 && k < BINARY.length - 1) {
      factor *= 1024;
      k += 1;
    }
    return { factor, suffix: ` ${BINARY[k]}${per}` };
  };
  switch (unit) {
    case 'percent':
      return { factor: 1, suffix: '%' };
    case 'seconds':
      return largest < 1 ? { factor: 0.001, suffix: ' ms' } : { factor: 1, suffix: ' s' };
    case 'milliseconds':
      return largest >= 1000 ? { factor: 1000, suffix: ' s' } : { factor: 1, suffix: ' ms' };
    case 'bytes':
      return binary(0);
    case 'megabytes':
      // Values stay in megabytes: 2048 on the axis reads "2 GiB".
      return binary(2);
    case 'bytes/second':
      return binary(0, '/s');
    default:
      return { factor: 1, suffix: '' };
  }
}

/** 1, 2, 2.5 or 5 times a power of ten (2.5 left out for `whole` steps), the smallest at least `rough`. */
export function niceStep(rough: number, whole = false): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of whole ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]) if (m * power >= rough * (1 - 1e-9)) return m * power;
  return 10 * power;
}

/** About `count` round ticks (in display units) covering [low, high]; the first and last bound the axis. */
export function valueTicks(low: number, high: number, count = 4, whole = false): number[] {
  const lo = Math.min(low, high);
  let hi = Math.max(low, high);
  if (hi === lo) hi = lo === 0 ? 1 : lo + Math.abs(lo) * 0.1;
  // Counts step by whole numbers: half a log line is not a value.
  const step = Math.max(whole ? 1 : 0, niceStep((hi - lo) / count, whole));
  const first = Math.floor(lo / step + 1e-9) * step;
  const ticks: number[] = [];
  // Bounded: at magnitudes where adding the step no longer changes a double, the loop would never end.
  for (let t = first; t < hi + step * (1 - 1e-9) && ticks.length <= count * 3; t += step) ticks.push(Number(t.toPrecision(12)));
  if (ticks.length < 2) ticks.push(Number((first + step).toPrecision(12)));
  return ticks;
}

/** A tick value (display units) with as many decimals as the step between ticks needs. */
export function tickLabel(value: number, step: number, unit: DisplayUnit): string {
  // Decimals of the step: 0.25 needs two, 2.5 one, 25 none.
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  const decimals = Math.max(0, Math.min(6, Math.ceil(-Math.log10(step) - 1e-9) + (Math.abs(mantissa - 2.5) < 1e-6 ? 1 : 0)));
  const text = value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
  return `${text}${unit.suffix}`;
}

const MINUTE = 60_000;
const TIME_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map((m) => m * MINUTE);

/** Round UTC times between `from` and `to` (ms), at most `most` of them, each with a short label. */
export function timeTicks(from: number, to: number, most = 6): Array<{ at: number; label: string }> {
  const span = Math.max(to - from, MINUTE);
  const step = TIME_STEPS.find((s) => span / s <= most) ?? Math.ceil(span / most / 86_400_000) * 86_400_000;
  const crossesDays = new Date(from).toISOString().slice(0, 10) !== new Date(to).toISOString().slice(0, 10);
  const ticks: Array<{ at: number; label: string }> = [];
  for (let at = Math.ceil(from / step) * step; at <= to; at += step) {
    const iso = new Date(at).toISOString();
    const midnight = iso.slice(11, 16) === '00:00';
    // The date where a reader needs it: on day ticks, on midnight, and on the first tick of a chart spanning days.
    const dated = step >= 86_400_000 || (crossesDays && (midnight || ticks.length === 0));
    ticks.push({ at, label: step >= 86_400_000 ? iso.slice(5, 10) : dated ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16) });
  }
  return ticks;
}
