/**
 * A minimal Prometheus registry: counters, gauges and histograms with labels, rendered in the
 * text exposition format (version 0.0.4). Small enough that a client library is not worth a dependency.
 */
type Labels = Record<string, string>;

const escape = (v: string): string => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');

function labelText(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([k, v]) => `${k}="${escape(v)}"`).join(',')}}`;
}

const keyOf = (labels: Labels): string => JSON.stringify(labels);

interface Metric {
  render(): string[];
}

/** One labelled series of a counter: hot paths look it up once and keep it. */
export interface CounterSeries {
  inc(by?: number): void;
}

class CounterValue implements CounterSeries {
  constructor(
    readonly labels: Labels,
    public value = 0,
  ) {}

  inc(by = 1): void {
    this.value += by;
  }
}

export class Counter implements Metric {
  private readonly values = new Map<string, CounterValue>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    this.series(labels).inc(by);
  }

  series(labels: Labels = {}): CounterSeries {
    const k = keyOf(labels);
    let cur = this.values.get(k);
    if (!cur) this.values.set(k, (cur = new CounterValue(labels)));
    return cur;
  }

  get(labels: Labels = {}): number {
    return this.values.get(keyOf(labels))?.value ?? 0;
  }

  render(): string[] {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`, ...[...this.values.values()].map((v) => `${this.name}${labelText(v.labels)} ${v.value}`)];
  }
}

export class Gauge implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    /** Gauges are read at scrape time, so they can never be stale. */
    private readonly collect: () => { labels?: Labels; value: number }[],
  ) {}

  render(): string[] {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, ...this.collect().map((v) => `${this.name}${labelText(v.labels ?? {})} ${v.value}`)];
  }
}

/** One labelled series of a histogram: hot paths look it up once and keep it. */
export interface HistogramSeries {
  observe(value: number): void;
}

class HistogramValue implements HistogramSeries {
  readonly counts: number[];
  sum = 0;
  count = 0;
  constructor(
    readonly labels: Labels,
    private readonly buckets: readonly number[],
  ) {
    this.counts = new Array<number>(buckets.length).fill(0);
  }

  observe(value: number): void {
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) this.counts[i]!++;
    this.sum += value;
    this.count++;
  }
}

export class Histogram implements Metric {
  private readonly values = new Map<string, HistogramValue>();
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly buckets: number[],
  ) {}

  observe(labels: Labels, value: number): void {
    this.series(labels).observe(value);
  }

  series(labels: Labels): HistogramSeries {
    const k = keyOf(labels);
    let s = this.values.get(k);
    if (!s) this.values.set(k, (s = new HistogramValue(labels, this.buckets)));
    return s;
  }

  render(): string[] {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.values.values()) {
      this.buckets.forEach((b, i) => lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: String(b) })} ${s.counts[i]}`));
      lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`);
      lines.push(`${this.name}_sum${labelText(s.labels)} ${s.sum}`);
      lines.push(`${this.name}_count${labelText(s.labels)} ${s.count}`);
    }
    return lines;
  }
}

export class Registry {
  private readonly metrics: Metric[] = [];

  add<M extends Metric>(metric: M): M {
    this.metrics.push(metric);
    return metric;
  }

  render(): string {
    return `${this.metrics.flatMap((m) => m.render()).join('\n')}\n`;
  }
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The server's metrics; gauges that read live state are added by the app once it knows the state. */
export function createMetrics() {
  const registry = new Registry();
  return {
    registry,
    requests: registry.add(new Counter('vigil_http_requests_total', 'HTTP requests by route and status.')),
    latency: registry.add(new Histogram('vigil_http_request_duration_seconds', 'HTTP request latency by route.', LATENCY_BUCKETS)),
    screens: registry.add(new Counter('vigil_screens_total', 'Queries screened, by endpoint.')),
    alerts: registry.add(new Counter('vigil_alerts_total', 'Screened queries that alerted, by endpoint.')),
    refreshes: registry.add(new Counter('vigil_list_refreshes_total', 'Scheduled or requested list refreshes, by outcome.')),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
