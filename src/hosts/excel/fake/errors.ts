// Errors the fake raises, shaped like OfficeExtension.Error (name "RichApi.Error", a code from
// Excel.ErrorCodes, debugInfo with the failing statement) so the host's error mapping sees what
// Excel would give it.

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** A misuse of the fake itself (an API it does not model): a test bug, never an Excel behaviour. */
export class FakeNotModelled extends Error {
  constructor(what: string) {
    super(`FakeExcel does not model ${what}`);
    this.name = 'FakeNotModelled';
  }
}

export const propertyNotLoaded = (type: string, prop: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );

export const itemNotFound = (what: string, where: string) =>
  new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}`, where);

export const invalidArgument = (why: string, where: string) =>
  new FakeOfficeError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format: ${why}`,
    where,
  );

export const apiNotFound = (member: string, set: string) =>
  new FakeOfficeError(
    'ApiNotFound',
    `The API you are trying to use could not be found (${member} needs ExcelApi ${set}).`,
    member,
  );
