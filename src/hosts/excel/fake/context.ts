// The request context of the fake: a queue of commands that runs only on sync, counted in
// round trips and request/response bytes, like Office.js's batched proxy model.
import { jsonBytes } from '../payload';
import { FakeNotModelled, FakeOfficeError, propertyNotLoaded, apiNotFound, itemNotFound } from './errors';

/** Names probed by promises, JSON and test tooling, which must read as absent rather than throw. */
const PASS = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'inspect',
  'length',
  'loadedItems',
  'resolved',
]);
import type { FakeExcel } from './fake';

export interface Action {
  describe: string;
  bytes: number;
  write: boolean;
  run(): void;
}

// The fake measures with the host's own byte count, so a size the host plans is the size it sends.
export { jsonBytes };

/** What Office.js adds around every action and object path in a request (ids, names, types). */
export const ACTION_OVERHEAD = 80;
export const PATH_OVERHEAD = 70;
export const RESPONSE_OVERHEAD = 40;

export class FakeContext {
  private queue: Action[] = [];
  private publishes: Array<{ bytes: number; publish: () => void }> = [];
  private pathsInRequest = new Set<object>();
  closed = false;
  suspendCalc = false;
  readonly fake: FakeExcel;
  readonly delayForCellEdit: boolean;
  readonly mergeUndoGroup: boolean;

  constructor(fake: FakeExcel, options: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean }) {
    this.fake = fake;
    this.delayForCellEdit = options.delayForCellEdit === true;
    this.mergeUndoGroup = options.mergeUndoGroup === true;
  }

  get pendingWrites(): string[] {
    return this.queue.filter((a) => a.write).map((a) => a.describe);
  }

  /** A command Excel cannot put in an undo group fails inside one (run at sync time). */
  undoable(member: string, platforms: Array<'windows' | 'mac' | 'web'> = ['windows', 'mac', 'web']): void {
    if (this.mergeUndoGroup && platforms.includes(this.fake.options.platform))
      throw new FakeOfficeError('UndoNotSupported', `${member} cannot be part of an undo group.`, member);
  }

  requireApi(member: string, version: string): void {
    if (!this.fake.isSetSupported('ExcelApi', version)) throw apiNotFound(member, version);
  }

  private checkOpen(): void {
    if (this.closed)
      throw new FakeOfficeError(
        'InvalidObjectPath',
        'The object path is not working for what you are trying to do: the object was used after its Excel.run finished.',
      );
  }

  /** Queue a command; `path` is the proxy it acts on (its object path is sent once per request). */
  enqueue(path: object, action: Action): void {
    this.checkOpen();
    let bytes = ACTION_OVERHEAD + action.bytes;
    if (!this.pathsInRequest.has(path)) {
      this.pathsInRequest.add(path);
      bytes += PATH_OVERHEAD;
    }
    this.queue.push({ ...action, bytes });
  }

  /** Queue a query whose result becomes readable only after the sync succeeds. */
  enqueueLoad(path: object, describe: string, query: () => { bytes: number; publish: () => void }): void {
    this.enqueue(path, {
      describe,
      bytes: describe.length,
      write: false,
      run: () => {
        this.publishes.push(query());
      },
    });
  }

  async sync(): Promise<void> {
    this.checkOpen();
    const fake = this.fake;
    fake.syncCalls++;
    const actions = this.queue;
    this.queue = [];
    this.pathsInRequest = new Set();
    this.publishes = [];
    await Promise.resolve();
    if (actions.length === 0) return; // Office.js makes no round trip for an empty request.
    const requestBytes = actions.reduce((n, a) => n + a.bytes, 100);
    const record = {
      requestBytes,
      responseBytes: 0,
      actions: actions.length,
      writes: actions.filter((a) => a.write).length,
    };
    fake.syncs.push(record);
    const injected = fake.failNextSync;
    if (injected) {
      fake.failNextSync = null;
      throw new FakeOfficeError(injected.code, injected.message);
    }
    if (fake.options.cellEditMode && !this.delayForCellEdit)
      throw new FakeOfficeError(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    if (requestBytes > fake.options.payloadLimit)
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${requestBytes} bytes).`,
      );
    let wrote = false;
    for (const a of actions) {
      try {
        const member = fake.options.undoUnsupported.find((m) => a.describe.startsWith(m));
        if (member) this.undoable(member);
        a.run();
      } catch (e) {
        this.publishes = [];
        if (e instanceof FakeOfficeError) e.debugInfo.statement = a.describe;
        throw e;
      }
      if (a.write) wrote = true;
    }
    const responseBytes = this.publishes.reduce((n, p) => n + p.bytes + RESPONSE_OVERHEAD, 50);
    record.responseBytes = responseBytes;
    const publishes = this.publishes;
    this.publishes = [];
    if (responseBytes > fake.options.payloadLimit)
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${responseBytes} bytes).`,
      );
    for (const p of publishes) p.publish();
    if (wrote) fake.afterWrite(this.suspendCalc);
    this.suspendCalc = false;
  }

  /** Pending commands when the batch ends: Excel.run sends them in a last implicit sync. */
  takeQueue(): Action[] {
    const q = this.queue;
    this.queue = [];
    return q;
  }
  restoreQueue(q: Action[]): void {
    this.queue = q;
  }
}

/**
 * A method's answer (getCount, getCellProperties): `compute` runs at sync time and gives the value
 * and its response size; reading `value` before the sync throws PropertyNotLoaded, as in Office.js.
 */
export function clientResult<T>(
  ctx: FakeContext,
  path: object,
  describe: string,
  compute: () => { value: T; bytes: number },
): OfficeExtension.ClientResult<T> {
  let result: { value: T } | null = null;
  ctx.enqueueLoad(path, describe, () => {
    const r = compute();
    return { bytes: r.bytes, publish: () => void (result = { value: r.value }) };
  });
  return {
    get value() {
      if (!result) throw new FakeOfficeError('PropertyNotLoaded', 'ClientResult.value is not available before sync.');
      return result.value;
    },
  } as OfficeExtension.ClientResult<T>;
}

/**
 * One Office.js property of a fake type. Reading it gives what was loaded (or set) and throws
 * PropertyNotLoaded before; setting it checks the requirement set now and queues `run` for the sync.
 */
export interface PropertySpec<T> {
  /** The member and the ExcelApi version setting it needs (checked when set, as Office.js does). */
  api?: [string, string];
  /** What the write does at sync time; a property without it is read-only. */
  run?: (this: T, value: never) => void;
}

/** Base of every proxy: loaded values readable only after load + sync, writes queued. */
export abstract class FakeObject {
  protected abstract readonly typeName: string;
  protected readonly ctx: FakeContext;
  private loadedData = new Map<string, unknown>();
  protected nullness: boolean | undefined = undefined;

  constructor(ctx: FakeContext) {
    this.ctx = ctx;
    // A member the fake does not model fails loudly instead of as "undefined is not a function".
    return new Proxy(this, {
      get(target, prop, receiver) {
        // Lazily set internals start with "_" or are listed in PASS; anything else absent is an API member.
        if (typeof prop === 'string' && !(prop in target) && !prop.startsWith('_') && !PASS.has(prop))
          throw new FakeNotModelled(`${(target as unknown as { typeName: string }).typeName}.${prop}`);
        return Reflect.get(target, prop, receiver);
      },
    });
  }

  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }

  get isNullObject(): boolean {
    if (this.nullness === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullness;
  }

  /** Scalar properties this type can load, read from its resolved target at sync time. */
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  /** Navigation properties that a load path may go through ("format/fill/color"). */
  protected navigation(): Record<string, () => FakeObject> {
    return {};
  }
  /** Whether the object exists (OrNullObject proxies); throws for a missing required item. */
  protected exists(): boolean {
    return true;
  }

  protected get<T>(prop: string): T {
    if (this.nullness === true) return null as T;
    if (!this.loadedData.has(prop)) throw propertyNotLoaded(this.typeName, prop);
    return this.loadedData.get(prop) as T;
  }

  /** Queue a property write; the proxy reads back what was set, as Office.js does. */
  protected put(prop: string, value: unknown, run: () => void): void {
    this.ctx.enqueue(this, {
      describe: `${this.typeName}.${prop} = ...`,
      bytes: prop.length + jsonBytes(value),
      write: true,
      run,
    });
    this.loadedData.set(prop, value);
  }

  protected call(method: string, args: unknown[], run: () => void, write = true): void {
    this.ctx.enqueue(this, {
      describe: `${this.typeName}.${method}(...)`,
      bytes: method.length + jsonBytes(args),
      write,
      run,
    });
  }

  /** Register an OrNullObject probe: isNullObject becomes readable after the sync. */
  protected probe(): void {
    this.ctx.enqueueLoad(this, `${this.typeName}.isNullObject`, () => {
      const isNull = !this.exists();
      return {
        bytes: 20,
        publish: () => {
          this.nullness = isNull;
        },
      };
    });
  }

  load(arg?: unknown): this {
    const paths = loadPaths(arg);
    this.ctx.enqueueLoad(this, `${this.typeName}.load(${paths.join(',')})`, () => this.query(paths));
    return this;
  }

  /** Run a load at sync time: capture values now, publish them when the response arrives. */
  protected query(paths: string[]): { bytes: number; publish: () => void } {
    if (!this.exists()) {
      return {
        bytes: 20,
        publish: () => {
          this.nullness = true;
        },
      };
    }
    const scalars = this.scalars();
    const nav = this.navigation();
    const own: Array<[string, unknown]> = [];
    const children: Array<{ bytes: number; publish: () => void }> = [];
    const byNav = new Map<string, string[]>();
    const wanted = paths.length === 0 ? Object.keys(scalars) : paths;
    for (const p of wanted) {
      const [head, ...rest] = p.split('/');
      if (rest.length > 0 || (nav[head] && !scalars[head])) {
        if (!nav[head]) throw new FakeOfficeError('InvalidArgument', `Cannot load ${this.typeName}.${p}`);
        byNav.set(head, [...(byNav.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
        continue;
      }
      const g = scalars[head];
      if (!g) throw new FakeOfficeError('PropertyNotFound', `${this.typeName} has no property ${head}`);
      own.push([head, g()]);
    }
    for (const [head, rest] of byNav) children.push(nav[head]().query(rest));
    const bytes = own.reduce((n, [k, v]) => n + k.length + jsonBytes(v), 0) + children.reduce((n, c) => n + c.bytes, 0);
    return {
      bytes,
      publish: () => {
        for (const [k, v] of own) this.loadedData.set(k, v);
        if (this.nullness === undefined && this.canBeNull) this.nullness = false;
        for (const c of children) c.publish();
      },
    };
  }

  protected canBeNull = false;

  /** A collection's items, once a load of them is synced. */
  private _items?: FakeObject[];
  protected loadedItems<T>(): T[] {
    if (!this._items) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this._items as unknown as T[];
  }
  /** A collection's load: each of `items` loads the paths under "items/". */
  protected itemsQuery(items: FakeObject[], paths: string[]): { bytes: number; publish: () => void } {
    const itemPaths = paths.filter((p) => p.startsWith('items')).map((p) => p.replace(/^items\/?/, ''));
    const queries = items.map((i) => i.queryPaths(itemPaths.filter(Boolean)));
    return {
      bytes: queries.reduce((n, q) => n + q.bytes, 0),
      publish: () => {
        for (const q of queries) q.publish();
        this._items = items;
      },
    };
  }

  /**
   * Define a fake type's properties once (each a getter of the loaded value and, where it has
   * `run`, a setter that queues it): the class declares them with `declare name: Type`.
   */
  static properties<T extends FakeObject>(cls: { prototype: T }, props: Record<string, PropertySpec<T> | null>): void {
    for (const [name, spec] of Object.entries(props)) {
      const run = spec?.run;
      const api = spec?.api;
      Object.defineProperty(cls.prototype, name, {
        configurable: true,
        get(this: T) {
          return this.get(name);
        },
        set: run
          ? function (this: T, v: unknown) {
              if (api) this.ctx.requireApi(api[0], api[1]);
              this.put(name, v, () => run.call(this, v as never));
            }
          : undefined,
      });
    }
  }

  /** The query of a load, for a parent (collection or navigation) that loads through this object. */
  queryPaths(paths: string[]): { bytes: number; publish: () => void } {
    return this.query(paths);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedData);
  }
}

/**
 * An item found when a command runs (a named item, a table): `find` gives it or null. Missing, it is
 * an ItemNotFound error, or a null object where it was got by getItemOrNullObject (`orNull`).
 */
export abstract class FakeItem<T> extends FakeObject {
  protected abstract readonly itemName: string;
  private readonly find: () => T | null;
  constructor(ctx: FakeContext, find: () => T | null, orNull: boolean) {
    super(ctx);
    this.find = find;
    this.canBeNull = orNull;
    if (orNull) this.probe();
  }
  protected exists() {
    return this.find() !== null;
  }
  must(): T {
    const t = this.find();
    if (t === null) throw itemNotFound(this.itemName, this.typeName);
    return t;
  }
}

export function loadPaths(arg: unknown): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a));
  if (typeof arg === 'object') {
    const o = arg as Record<string, unknown>;
    if (typeof o.select === 'string' || typeof o.expand === 'string')
      return [...loadPaths(o.select), ...loadPaths(o.expand)];
    // Interfaces.XLoadOptions: { values: true, format: { fill: { color: true } } }
    const out: string[] = [];
    const walk = (obj: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(obj)) {
        if (k === '$all' || k === 'top' || k === 'skip') continue;
        if (v === true) out.push(prefix + k);
        else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}/`);
      }
    };
    walk(o, '');
    return out;
  }
  return [];
}
